import { send, type RequestContext } from './request';
import { requireArray, requireData, requireMeta } from './shape';
import type { CallOptions, DomainSearchData, DomainSearchMeta, DomainSearchParams, DomainSearchResponse } from './types';

/** GET /domain-search — the addresses found for a domain (or company). Costs a credit when it finds any. */
export async function domainSearch(
  ctx: RequestContext,
  p: DomainSearchParams,
  o: CallOptions = {},
): Promise<DomainSearchResponse> {
  // Named fields only: callers pass message payloads that may carry extra keys (e.g. `refresh`).
  const query = {
    domain: p.domain,
    company: p.company,
    limit: p.limit,
    offset: p.offset,
    type: p.type,
    seniority: p.seniority,
    department: p.department,
    required_field: p.required_field,
  };
  const { status, body } = await send(ctx, { method: 'GET', path: '/domain-search', query, family: 'search' }, o.signal);
  const data = requireData(status, body);
  const rows = requireArray(status, data, 'emails');
  const emails = rows.filter((row) => typeof row.value === 'string').map(withSources);
  const meta = requireMeta(status, body);
  return { data: { ...data, emails } as unknown as DomainSearchData, meta: meta as unknown as DomainSearchMeta, received: rows.length };
}

/** A row without an address is no answer; a row without its sources list gets an empty one, not a crash. */
function withSources(row: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(row.sources) ? row : { ...row, sources: [] };
}
