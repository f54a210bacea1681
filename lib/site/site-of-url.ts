import type { DomainResult } from '../domains';
import { send } from '../messaging/send';

/**
 * The company a tab's page belongs to, resolved by the background (the public-suffix list stays there).
 * A page Quarry may not read counts as "not a web page"; LinkedIn is never the company the user is after.
 */
export async function siteOfUrl(url: string | null): Promise<DomainResult> {
  if (!url) return { ok: false, reason: 'not_web' };
  const reply = await send('resolveDomain', { input: url });
  if (!reply.ok) return { ok: false, reason: 'invalid' };
  return reply.data.ok && reply.data.domain === 'linkedin.com' ? { ok: false, reason: 'not_company' } : reply.data;
}

/** What the user typed in the Domain box: a domain, a URL or an address, any case. */
export async function siteOfText(text: string): Promise<DomainResult> {
  const reply = await send('resolveDomain', { input: text });
  return reply.ok ? reply.data : { ok: false, reason: 'invalid' };
}
