import type { DomainSearchResponse } from '../../hunter';
import { cacheKeyParams, cacheKeyPrefix, type ResponseCache } from '../../cache/response-cache';
import { registrableDomain } from '../../domains';
import { readApiBaseUrl } from '../../secret-store';
import { cacheLifetimeHours } from '../../settings';
import type { Handlers } from '../router';

export type PatternHandlers = Pick<Handlers, 'knownPattern'>;

const HOUR_MS = 3_600_000;

/**
 * A domain's email pattern, only as an earlier domain search already told it (any filter, any page): the
 * free guess must never cost the search it saves.
 */
export function patternHandlers(cache: ResponseCache): PatternHandlers {
  return {
    async knownPattern({ domain: input }) {
      const site = registrableDomain(input);
      if (!site.ok) return null;
      const [baseUrl, hours] = await Promise.all([readApiBaseUrl(), cacheLifetimeHours.getValue()]);
      const prefix = cacheKeyPrefix(baseUrl, 'domain-search');
      const hit = await cache.newest<DomainSearchResponse>((key) => cacheKeyParams(key, prefix)?.domain === site.domain, hours * HOUR_MS);
      const pattern = hit?.value.data.pattern;
      return hit && pattern ? { domain: site.domain, pattern, fetchedAt: hit.fetchedAt } : null;
    },
  };
}
