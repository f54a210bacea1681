import type { ResponseCache } from '../../cache/response-cache';
import { cacheKey } from '../../cache/response-cache';
import type { Cached } from '../../messaging/protocol';
import { cacheLifetimeHours } from '../../settings';
import { forgetPopupAnswers, forgetPopupDomain } from '../../site/popup-snapshot';
import { clientWithKey, clientWithoutKey } from '../hunter-access';
import type { Handlers } from '../router';

export type LookupHandlers = Pick<Handlers, 'account' | 'domainSearch' | 'emailFinder' | 'emailVerifier' | 'emailCount' | 'clearCache'>;

const HOUR_MS = 3_600_000;
// Account figures change with every search: worth a short memory only, to spare a call per popup open.
const ACCOUNT_LIFETIME_MS = 60_000;

/** Lookups through the cache: a question answered within the lifetime costs no credit and no call. */
export function lookupHandlers(cache: ResponseCache): LookupHandlers {
  async function throughCache<T>(
    endpoint: string,
    params: { refresh?: boolean },
    needsKey: boolean,
    call: (client: Awaited<ReturnType<typeof clientWithKey>>['client']) => Promise<T>,
    lifetimeMs?: number,
  ): Promise<Cached<T>> {
    const { client, baseUrl } = needsKey ? await clientWithKey() : await clientWithoutKey();
    const lifetime = lifetimeMs ?? (await cacheLifetimeHours.getValue()) * HOUR_MS;
    return cache.remember(cacheKey(baseUrl, endpoint, params as Record<string, unknown>), lifetime, params.refresh === true, () => call(client));
  }

  return {
    account: (p) => throughCache('account', p, true, (c) => c.account(), ACCOUNT_LIFETIME_MS),
    domainSearch: async ({ refresh, ...params }) => {
      // A refreshed answer makes the popup's copy of the old one stale.
      if (refresh && params.domain) await forgetPopupDomain(params.domain);
      return throughCache('domain-search', { ...params, refresh }, true, (c) => c.domainSearch(params));
    },
    emailFinder: ({ refresh, ...params }) =>
      throughCache('email-finder', { ...params, refresh }, true, (c) => c.emailFinder(params)),
    emailVerifier: ({ refresh, ...params }) =>
      throughCache('email-verifier', { ...params, refresh }, true, (c) => c.emailVerifier(params)),
    emailCount: async ({ refresh, ...params }) => {
      if (refresh) await forgetPopupDomain(params.domain);
      return throughCache('email-count', { ...params, refresh }, false, (c) => c.emailCount(params));
    },
    async clearCache() {
      await cache.clear();
      await forgetPopupAnswers();
      return null;
    },
  };
}
