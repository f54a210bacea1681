// Turns the `domain` / `company` parameters into the seeded company they name (domain wins, as documented).
import { domainToUnicode } from 'node:url';
import { wrongParams } from '../http';
import { textParam } from '../params';
import { findDomainByCompany, SEED_DOMAINS } from '../seed';
import { normalizeDomain } from '../text';
import type { SeedDomain } from '../types';

export interface ResolvedDomain {
  /** Form echoed in `data.domain` and used to build addresses (unicode stays unicode, punycode stays punycode). */
  display: string | null;
  ascii: string | null;
  seed: SeedDomain | undefined;
  params: { domain: string | null; company: string | null };
}

export function resolveDomain(query: URLSearchParams, { allowCompany = true } = {}): ResolvedDomain {
  const domain = textParam(query, 'domain');
  const company = allowCompany ? textParam(query, 'company') : null;
  const params = { domain, company };
  if (domain) {
    const normalized = normalizeDomain(domain);
    if (!normalized) throw wrongParams('The domain parameter must be a domain name, such as "stripe.com"');
    return { display: normalized.display, ascii: normalized.ascii, seed: SEED_DOMAINS.get(normalized.ascii), params };
  }
  if (company) {
    const seed = findDomainByCompany(company);
    const display = seed ? domainToUnicode(seed.domain) : null;
    return { display, ascii: seed?.domain ?? null, seed, params };
  }
  throw wrongParams(allowCompany ? 'You are missing the domain or company parameter' : 'You are missing the domain parameter');
}
