import type { ResponseCache } from '../../cache/response-cache';
import { cacheKey } from '../../cache/response-cache';
import type { HunterClient } from '../../hunter';
import type { RatePriority } from '../../hunter/rate-limiter';
import type { Cached } from '../../messaging/protocol';
import { cacheLifetimeHours } from '../../settings';
import { forgetPopupAnswers, forgetPopupDomain } from '../../site/popup-snapshot';
import { clientWithKey, clientWithoutKey } from '../hunter-access';
import { askMarked, forgetAsked, pendingVerifications } from '../lost-answers';
import type { Handlers } from '../router';

export type LookupHandlers = Pick<Handlers, 'account' | 'domainSearch' | 'emailFinder' | 'emailVerifier' | 'emailCount' | 'clearCache'>;

const HOUR_MS = 3_600_000;
// Account figures change with every search: worth a short memory only, to spare a call per popup open.
const ACCOUNT_LIFETIME_MS = 60_000;

/** Request parameters, with `refresh: true` to skip the cache. */
type Params = object;

/** Questions that cost a credit: while one is out, a stopped worker must not lose track of it (lost-answers.ts). */
const PAID = new Set(['domain-search', 'email-finder', 'email-verifier']);

/**
 * Calls through the cache: a question answered within the lifetime costs no credit and no call. The popup's
 * handlers and the bulk runner (at 'low' priority on the shared limiter) ask through the same keys.
 */
export function cachedCalls(cache: ResponseCache, priority: RatePriority = 'normal') {
  async function through<T>(
    endpoint: string,
    params: Params,
    needsKey: boolean,
    call: (client: HunterClient, onPending: () => void) => Promise<T>,
    lifetimeMs?: number,
    transport: { fetch?: typeof fetch } = {},
  ): Promise<Cached<T>> {
    // Two independent storage reads, side by side: a miss waits on every read before its call.
    const [{ client, baseUrl }, lifetime] = await Promise.all([
      needsKey ? clientWithKey({ priority, ...transport }) : clientWithoutKey(),
      lifetimeMs ?? cacheLifetimeHours.getValue().then((hours) => hours * HOUR_MS),
    ]);
    const key = cacheKey(baseUrl, endpoint, params as Record<string, unknown>);
    const refresh = (params as { refresh?: boolean }).refresh === true;
    // Bulk jobs keep their own in-flight marks (job-store.ts); the popup's and the menu's paid questions are marked here.
    if (priority === 'low' || !PAID.has(endpoint)) return cache.remember(key, lifetime, refresh, () => call(client, () => undefined));
    const { refresh: _refresh, ...asked } = params as Record<string, unknown>;
    const answer = cache.remember(key, lifetime, refresh, () => askMarked(key, { endpoint, params: asked }, (onPending) => call(client, onPending)));
    // Cleared once the answer is in the cache (or the question failed with an answer), not before; the reply
    // does not wait for it (a worker stopped first finds the mark and the answer in the cache, and answers).
    const forget = () => forgetAsked(key).catch(() => undefined);
    answer.then(forget, forget);
    return answer;
  }

  /** The cached answer to a question, without asking the API (for the bulk cost estimate). */
  async function peek(endpoint: string, params: Params): Promise<boolean> {
    const { baseUrl } = await clientWithoutKey();
    const lifetime = (await cacheLifetimeHours.getValue()) * HOUR_MS;
    return (await cache.lookup(cacheKey(baseUrl, endpoint, params as Record<string, unknown>), lifetime)) !== null;
  }

  return { through, peek };
}

export function lookupHandlers(cache: ResponseCache): LookupHandlers {
  const { through } = cachedCalls(cache);
  return {
    account: (p) => through('account', p, true, (c) => c.account(), ACCOUNT_LIFETIME_MS),
    domainSearch: async ({ refresh, ...params }) => {
      // A refreshed answer makes the popup's copy of the old one stale.
      if (refresh && params.domain) await forgetPopupDomain(params.domain);
      return through('domain-search', { ...params, refresh }, true, (c) => c.domainSearch(params));
    },
    emailFinder: ({ refresh, ...params }) =>
      through('email-finder', { ...params, refresh }, true, (c) => c.emailFinder(params)),
    emailVerifier: ({ refresh, ...params }) =>
      through('email-verifier', { ...params, refresh }, true, (c, onPending) => c.emailVerifier(params, { onPending })),
    emailCount: async ({ refresh, ...params }) => {
      if (refresh) await forgetPopupDomain(params.domain);
      return through('email-count', { ...params, refresh }, false, (c) => c.emailCount(params));
    },
    async clearCache() {
      await cache.clear();
      await forgetPopupAnswers();
      return null;
    },
  };
}

/** At worker start: the verifications a stopped worker was polling are polled on to their verdict (counted once). */
export async function resumeVerifications(verify: Handlers['emailVerifier']): Promise<void> {
  for (const question of await pendingVerifications()) {
    void Promise.resolve(verify(question.params as { email: string })).catch(() => undefined);
  }
}
