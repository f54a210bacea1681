import type { DomainResult } from '@/lib/domains';
import { parseFullName } from '@/lib/names/parse-full-name';

// The finder's form, checked before any call: a bad name or domain would spend a credit for nothing.

export interface FinderFields {
  firstName: string;
  lastName: string;
  fullName: string;
  domain: string;
  /** Used only when the domain is not known (a LinkedIn profile names the company, not its website). */
  company: string;
}

export interface FinderQuery {
  first: string;
  last: string;
  /** ASCII, as the API expects; null when asking by company name. */
  domain: string | null;
  company: string | null;
  /** Unicode domain, or the company name, for showing. */
  display: string;
}

/** A locale key, with the `$1` it needs. */
export interface FinderProblem {
  field: 'name' | 'domain';
  key: string;
  substitution?: string;
}

function readName(fields: FinderFields): { first: string; last: string } | FinderProblem {
  const first = fields.firstName.trim();
  const last = fields.lastName.trim();
  if (first || last) {
    if (!first) return { field: 'name', key: 'finder_needFirstName' };
    if (!last) return { field: 'name', key: 'finder_needLastName', substitution: first };
    return { first, last };
  }
  const parsed = parseFullName(fields.fullName);
  if (parsed.ok) return { first: parsed.first, last: parsed.last };
  if (parsed.reason === 'one_word') {
    return { field: 'name', key: 'finder_oneWord', substitution: parsed.partial ?? parsed.first ?? fields.fullName.trim() };
  }
  if (parsed.reason === 'not_a_name') return { field: 'name', key: 'finder_notAName' };
  return { field: 'name', key: 'finder_needName' };
}

/** The first and last name the form holds, or null while it holds none that makes sense (for the free guess). */
export function readFieldsName(fields: FinderFields): { first: string; last: string } | null {
  const name = readName(fields);
  return 'key' in name ? null : name;
}

/**
 * `domain` is what the background's `resolveDomain` made of the Domain box (the suffix list lives there).
 * With no domain, the company name is asked instead: the API accepts either, and prefers the domain.
 */
export function readFinderFields(
  fields: FinderFields,
  domain: DomainResult,
): { ok: true; query: FinderQuery } | { ok: false; problems: FinderProblem[] } {
  const problems: FinderProblem[] = [];
  const name = readName(fields);
  if ('key' in name) problems.push(name);
  const company = fields.company.trim();
  const byCompany = fields.domain.trim() === '' && company !== '';
  if (!byCompany && !domain.ok) problems.push({ field: 'domain', key: `finder_domain_${domain.reason}`, substitution: fields.domain.trim() });
  if ('key' in name || problems.length > 0) return { ok: false, problems };
  if (byCompany) return { ok: true, query: { first: name.first, last: name.last, domain: null, company, display: company } };
  if (!domain.ok) return { ok: false, problems };
  return { ok: true, query: { first: name.first, last: name.last, domain: domain.domain, company: null, display: domain.display } };
}
