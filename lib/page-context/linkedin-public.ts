import { parseFullName, parseNameParts } from '../names/parse-full-name';
import { jsonLdNodes, pagePersonNode, personFromNode } from './json-ld';
import { isLinkedInProfileUrl } from './linkedin';
import { makePerson, nameOf } from './person';
import type { PagePerson } from './types';
import { meta, positionFromHeadline, textOf } from './text';

/** og:title "Jane Doe - Staff Engineer - Stripe | LinkedIn" (or "Jane Doe - Stripe | LinkedIn"). */
function parseOgTitle(title: string): { name: string; position: string | null; company: string | null } {
  const parts = title.replace(/\s*\|\s*LinkedIn\s*$/i, '').split(/\s[-–—]\s/).map((p) => p.trim());
  const [name = '', ...rest] = parts;
  if (rest.length === 0) return { name, position: null, company: null };
  return { name, position: rest.length > 1 ? rest.slice(0, -1).join(' - ') : null, company: rest[rest.length - 1] ?? null };
}

/**
 * A LinkedIn profile as a visitor who is not signed in sees it: `profile:first_name`/`last_name` meta,
 * og:title, JSON-LD Person (`jobTitle`, `worksFor`), the public top card. Structured data first.
 */
export function readLinkedInPublicProfile(doc: Document, url: string): PagePerson | null {
  if (!isLinkedInProfileUrl(url)) return null;
  const node = pagePersonNode(jsonLdNodes(doc));
  const fromLd = node ? personFromNode(node, 'linkedin-public', url) : null;
  const first = meta(doc, 'profile:first_name');
  const last = meta(doc, 'profile:last_name');
  const og = parseOgTitle(meta(doc, 'og:title'));
  const topCard = doc.querySelector('.top-card-layout');
  if (!fromLd && !first && !last && !og.company && !topCard) return null;

  const metaName = first || last ? parseNameParts(first, last) : null;
  // The page's own split, as given: meta first, then JSON-LD (givenName/familyName when it has them).
  const name = metaName?.ok ? metaName : fromLd ? nameOf(fromLd) : parseFullName(og.name || textOf(topCard?.querySelector('h1')));
  const cardCompany = textOf(doc.querySelector('[data-tracking-control-name="public_profile_topcard-current-company"]'));
  const company = fromLd?.company ?? (og.company || cardCompany || null);
  const headline = positionFromHeadline(textOf(topCard?.querySelector('.top-card-layout__headline, h2')), company);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return makePerson(name, {
    position: fromLd?.position ?? og.position ?? headline.position,
    company: company ?? headline.company,
    companyWebsite: fromLd?.companyWebsite ?? null,
    linkedinUrl: fromLd?.linkedinUrl ?? (/\/in\//.test(canonical) ? canonical : url),
    source: 'linkedin-public',
  });
}
