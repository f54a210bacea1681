import { send, type RequestContext } from './request';
import { requireData } from './shape';
import type { AccountData, AccountResponse, CallOptions } from './types';

/** GET /account — plan, usage and reset date. Free; also how the options page validates a key. */
export async function account(ctx: RequestContext, o: CallOptions = {}): Promise<AccountResponse> {
  const { status, body } = await send(ctx, { method: 'GET', path: '/account' }, o.signal);
  return { data: requireData(status, body) as unknown as AccountData };
}
