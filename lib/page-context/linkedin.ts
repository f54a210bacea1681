import { parseFullName } from '../names/parse-full-name';
import { embeddedProfileName } from './linkedin-embedded';
import { jsonLdNodes, pagePersonNode, personFromNode } from './json-ld';
import { makePerson, nameOf } from './person';
import type { PagePerson } from './types';
import { hostOf, isLinkedInHost, positionFromHeadline, textOf } from './text';

export function isLinkedInProfileUrl(url: string): boolean {
  return isLinkedInHost(hostOf(url)) && /^\/in\/[^/]+/.test(pathOf(url));
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** "Current company: Stripe. Click to skip to experience card" → "Stripe". */
function companyFromLabel(label: string): string {
  return label
    .replace(/^Current company:\s*/i, '')
    .replace(/\.?\s*Click to skip.*$/i, '')
    .trim();
}

/**
 * A LinkedIn profile as a signed-in member sees it: the `h1` name, the top card's "Current company"
 * button and the headline. The headline may name another company; the current company wins.
 */
export function readLinkedInProfile(doc: Document, url: string): PagePerson | null {
  if (!isLinkedInProfileUrl(url)) return null;
  const main = doc.querySelector('main') ?? doc.body;
  const current = main?.querySelector('[aria-label^="Current company:"]');
  const headlineEl = main?.querySelector('.text-body-medium');
  // Without the signed-in top card, this is some other markup (the public page has its own reader).
  if (!main || (!current && !headlineEl)) return null;

  // The page's own split first (embedded profile data, JSON-LD), the visible heading last.
  const ldNode = pagePersonNode(jsonLdNodes(doc));
  const fromLd = ldNode ? personFromNode(ldNode, 'linkedin', url) : null;
  const name =
    embeddedProfileName(doc, url) ??
    (fromLd ? nameOf(fromLd) : null) ??
    parseFullName(textOf(main.querySelector('h1.text-heading-xlarge') ?? main.querySelector('h1')));
  const company = current ? companyFromLabel(current.getAttribute('aria-label') ?? '') || textOf(current) : '';
  const headline = positionFromHeadline(textOf(headlineEl), company || null);
  return makePerson(name, { position: headline.position, company: headline.company, linkedinUrl: url, source: 'linkedin' });
}
