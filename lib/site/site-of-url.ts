import { domainForPage, type DomainResult } from '../domains';

/** The company a tab's page belongs to; a page Quarry may not read counts as "not a web page". */
export function siteOfUrl(url: string | null): DomainResult {
  return url ? domainForPage(url, null) : { ok: false, reason: 'not_web' };
}
