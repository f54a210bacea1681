import { parseFullName } from '../names/parse-full-name';
import { pathOf } from './linkedin';
import { makePerson } from './person';
import type { PagePerson } from './types';
import { hostOf, isLinkedInHost, textOf } from './text';

/** A Sales Navigator lead page (`/sales/lead/…`): fields marked `data-anonymize`. */
export function readSalesNavigatorLead(doc: Document, url: string): PagePerson | null {
  if (!isLinkedInHost(hostOf(url)) || !/^\/sales\/(lead|people)\//.test(pathOf(url))) return null;
  const field = (kind: string) => doc.querySelector(`[data-anonymize="${kind}"]`);
  const nameEl = doc.querySelector('h1 [data-anonymize="person-name"], h1[data-anonymize="person-name"]') ?? field('person-name');
  if (!nameEl) return null;
  const profileLink = doc.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href') ?? null;
  return makePerson(parseFullName(textOf(nameEl)), {
    position: textOf(field('job-title')),
    company: textOf(field('company-name')),
    linkedinUrl: profileLink,
    source: 'sales-navigator',
  });
}
