import { parseFullName, parseNameParts } from '../names/parse-full-name';
import { makePerson } from './person';
import type { PagePerson } from './types';
import { positionFromHeadline, textOf } from './text';

const isPersonScope = (el: Element): boolean =>
  (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => /^https?:\/\/schema\.org\/Person$/i.test(t));

/** The elements carrying `itemprop=name` that belong to `scope` itself, not to a nested item. */
function props(scope: Element, name: string): Element[] {
  return [...scope.querySelectorAll('[itemprop]')].filter(
    (el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(name) && el.parentElement?.closest('[itemscope]') === scope,
  );
}

function value(el: Element | undefined): string {
  if (!el) return '';
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'a' || tag === 'link') return el.getAttribute('href') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? textOf(el);
  return textOf(el);
}

/**
 * schema.org Person in microdata, when the page is about one person. A team page lists several: the user
 * picks one by selecting the name instead (readSelectionName).
 */
export function readMicrodataPerson(doc: Document, url: string): PagePerson | null {
  const scopes = [...doc.querySelectorAll('[itemscope][itemtype]')].filter(isPersonScope);
  const authors = scopes.filter((s) => /\b(author|mainEntity)\b/.test(s.getAttribute('itemprop') ?? ''));
  const scope = scopes.length === 1 ? scopes[0] : authors.length === 1 ? authors[0] : undefined;
  if (!scope) return null;

  const one = (name: string) => value(props(scope, name)[0]);
  const given = one('givenName');
  const family = one('familyName');
  const name = given && family ? parseNameParts(given, family) : parseFullName(one('name') || `${given} ${family}`);
  const worksFor = props(scope, 'worksFor')[0] ?? props(scope, 'affiliation')[0];
  const nested = worksFor?.hasAttribute('itemscope') ? worksFor : null;
  const company = nested ? value(props(nested, 'name')[0]) : value(worksFor);
  const headline = positionFromHeadline(one('jobTitle'), company || null);
  const links = [...props(scope, 'sameAs'), ...props(scope, 'url')].map(value);
  return makePerson(name, {
    position: headline.position,
    company: headline.company,
    companyWebsite: nested ? value(props(nested, 'url')[0]) : null,
    linkedinUrl: links.find((l) => /linkedin\.com\/in\//i.test(l)) ?? url,
    source: 'microdata',
  });
}
