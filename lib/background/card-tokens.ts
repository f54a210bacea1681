import type { CardView } from '../recent/types';

// The in-page card is an extension page framed into the site. It shows only what the background stored under
// a random token for it, and only once: a page that frames card.html itself has no token, or a spent one.

const TOKEN_LIFETIME_MS = 5 * 60_000;

export interface CardTokensOptions {
  now?: () => number;
  newToken?: () => string;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Kept in memory: the card asks for its answer within milliseconds of being injected, while the lookup that
 * feeds it keeps the service worker awake. A lost token only means "use the menu again".
 */
export function createCardTokens({ now = Date.now, newToken = randomToken }: CardTokensOptions = {}) {
  const entries = new Map<string, { at: number; view: Promise<CardView> }>();

  function dropExpired() {
    for (const [token, entry] of entries) if (now() - entry.at > TOKEN_LIFETIME_MS) entries.delete(token);
  }

  return {
    /** A new token for a view that may still be on its way. */
    issue(view: CardView | Promise<CardView>): string {
      dropExpired();
      const token = newToken();
      entries.set(token, { at: now(), view: Promise.resolve(view) });
      return token;
    },
    /** The view, once it is ready; null for an unknown, spent or expired token. */
    async take(token: string): Promise<CardView | null> {
      dropExpired();
      const entry = entries.get(token);
      if (!entry) return null;
      entries.delete(token);
      return entry.view;
    },
  };
}

export type CardTokens = ReturnType<typeof createCardTokens>;
