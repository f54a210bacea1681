import { send, type RequestContext } from './request';
import { optionalMeta, requireArray, requireData } from './shape';
import type { CallOptions, EmailFinderData, EmailFinderParams, EmailFinderResponse } from './types';

/** GET /email-finder — the most likely address of a person at a domain (or company). Costs a credit. */
export async function emailFinder(
  ctx: RequestContext,
  p: EmailFinderParams,
  o: CallOptions = {},
): Promise<EmailFinderResponse> {
  const query = {
    domain: p.domain,
    company: p.company,
    first_name: p.first_name,
    last_name: p.last_name,
    full_name: p.full_name,
  };
  const { status, body } = await send(ctx, { method: 'GET', path: '/email-finder', query, family: 'search' }, o.signal);
  const data = requireData(status, body);
  requireArray(status, data, 'sources');
  const meta = optionalMeta(body);
  return { data: data as unknown as EmailFinderData, ...(meta ? { meta: meta as EmailFinderResponse['meta'] } : {}) };
}
