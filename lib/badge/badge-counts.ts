// The badge's address counts. The badge sees every site the user visits, so its counts stay out of the
// persistent response cache (which would turn into a history of the browsing): a count the popup already
// paid a call for is read from the cache, anything else is asked (email-count is free) and kept a few minutes
// in a small memory that dies with the worker.

export interface BadgeCountSources {
  /** The count already in the response cache (read only), or null. */
  cached: (domain: string) => Promise<number | null>;
  /** Asks the API, writing nothing anywhere. */
  ask: (domain: string) => Promise<number>;
  now?: () => number;
  lifetimeMs?: number;
  /** How many domains the memory holds; the oldest goes first. */
  max?: number;
}

export const BADGE_COUNT_LIFETIME_MS = 10 * 60_000;
export const BADGE_COUNT_MAX = 20;

export function createBadgeCounts({ cached, ask, now = Date.now, lifetimeMs = BADGE_COUNT_LIFETIME_MS, max = BADGE_COUNT_MAX }: BadgeCountSources) {
  const memory = new Map<string, { count: number; at: number }>();
  const inFlight = new Map<string, Promise<number>>();

  function remembered(domain: string): number | null {
    const entry = memory.get(domain);
    if (!entry) return null;
    if (now() - entry.at > lifetimeMs) {
      memory.delete(domain);
      return null;
    }
    return entry.count;
  }

  function keep(domain: string, count: number) {
    memory.delete(domain);
    memory.set(domain, { count, at: now() });
    while (memory.size > max) memory.delete(memory.keys().next().value!);
  }

  return {
    async countFor(domain: string): Promise<number> {
      const known = remembered(domain) ?? (await cached(domain));
      if (known !== null) return known;
      let pending = inFlight.get(domain);
      if (!pending) {
        pending = ask(domain)
          .then((count) => {
            keep(domain, count);
            return count;
          })
          .finally(() => inFlight.delete(domain));
        inFlight.set(domain, pending);
      }
      return pending;
    },
    /** What the memory holds now (tests). */
    domains: () => [...memory.keys()],
  };
}
