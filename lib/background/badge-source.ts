import { createBadgeCounts } from '../badge/badge-counts';
import { cacheKey, type ResponseCache } from '../cache/response-cache';
import type { EmailCountResponse } from '../hunter';
import { cacheLifetimeHours } from '../settings';
import { clientWithoutKey } from './hunter-access';

const HOUR_MS = 3_600_000;

/** The badge's counts: from the popup's cached answer when there is one, else a free call kept out of the cache. */
export function badgeCountSource(cache: ResponseCache) {
  return createBadgeCounts({
    async cached(domain) {
      const { baseUrl } = await clientWithoutKey();
      const lifetime = (await cacheLifetimeHours.getValue()) * HOUR_MS;
      // The same key the popup's email-count writes (lookup-handlers): a count it paid a call for is reused.
      const hit = await cache.lookup<EmailCountResponse>(cacheKey(baseUrl, 'email-count', { domain }), lifetime);
      return hit ? hit.value.data.total : null;
    },
    ask: async (domain) => (await (await clientWithoutKey()).client.emailCount({ domain })).data.total,
  });
}
