import type { DomainResult } from '../domains';
import { send } from '../messaging/send';

/** What the user typed in the Domain box: a domain, a URL or an address, any case (resolved by the background). */
export async function siteOfText(text: string): Promise<DomainResult> {
  const reply = await send('resolveDomain', { input: text });
  return reply.ok ? reply.data : { ok: false, reason: 'invalid' };
}
