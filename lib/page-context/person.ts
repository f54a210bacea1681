import type { ParsedName } from '../names/parse-full-name';
import type { PagePerson, PersonSource } from './types';
import { clean, isJunkName, linkedInProfileUrl, MAX, websiteUrl } from './text';

export interface PersonFields {
  position?: string | null;
  company?: string | null;
  companyWebsite?: string | null;
  linkedinUrl?: string | null;
  source: PersonSource;
}

/** A person's name as read, to reuse its split (a page's structured first/last) where a name is expected. */
export function nameOf(person: PagePerson): ParsedName {
  return { ok: true, first: person.first, last: person.last, full: person.fullName };
}

/** A PagePerson from a parsed name and raw fields, or null when the name is not a person's name. */
export function makePerson(name: ParsedName, fields: PersonFields): PagePerson | null {
  if (!name.ok || isJunkName(name.full)) return null;
  const fullName = clean(name.full, MAX.name);
  const first = clean(name.first, MAX.name);
  const last = clean(name.last, MAX.name);
  if (!fullName || !first || !last) return null;
  return {
    fullName,
    first,
    last,
    position: clean(fields.position, MAX.position),
    // "Stripe · Full-time" (LinkedIn experience lines): the employment type is not the company.
    company: clean(fields.company?.replace(/\s[·•]\s.*$/, ''), MAX.company),
    companyWebsite: websiteUrl(fields.companyWebsite),
    linkedinUrl: linkedInProfileUrl(fields.linkedinUrl),
    source: fields.source,
  };
}
