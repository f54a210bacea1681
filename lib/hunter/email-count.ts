import { send, type RequestContext } from './request';
import { optionalMeta, requireData, requireNumber } from './shape';
import type { CallOptions, EmailCountData, EmailCountParams, EmailCountResponse } from './types';

/** GET /email-count — how many addresses Hunter has for a domain. Free, and sent without the key. */
export async function emailCount(
  ctx: RequestContext,
  p: EmailCountParams,
  o: CallOptions = {},
): Promise<EmailCountResponse> {
  const { status, body } = await send(
    ctx,
    { method: 'GET', path: '/email-count', query: { domain: p.domain, type: p.type }, auth: false },
    o.signal,
  );
  const data = requireData(status, body);
  requireNumber(status, data, 'total');
  const meta = optionalMeta(body);
  return { data: data as unknown as EmailCountData, ...(meta ? { meta: meta as EmailCountResponse['meta'] } : {}) };
}
