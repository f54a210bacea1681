import { companyDomain, domainForPage, isPeopleSite, registrableDomain, type DomainFailure } from '../domains';
import { readSelectionName } from '../page-context/read-page-context';
import type { PagePerson } from '../page-context/types';
import type { PersonQuestion } from '../recent/types';

// What a right-click asks, decided before any call: a question that cannot be answered well costs no credit.

export const MENU_IDS = {
  selection: 'quarry-find-person',
  link: 'quarry-find-link',
  page: 'quarry-find-page',
} as const;

/** The part of the browser's OnClickData the menu reads. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  pageUrl?: string;
}

export type MenuQuestion =
  | { kind: 'person'; question: PersonQuestion }
  | { kind: 'ask'; selection: string; reason: 'one_word' | 'not_a_name' | 'empty' | 'no_company'; question: PersonQuestion }
  | { kind: 'site'; domain: string; display: string; pageUrl: string | null }
  | { kind: 'no_site'; reason: DomainFailure };

/**
 * The company a selected name works at: the site's own domain, except on a people site (LinkedIn…), where it
 * is the profile's current company — by its website when the page gives one, else by its name.
 */
export function companyForSelection(pageUrl: string | null, person: PagePerson | null): { domain: string | null; company: string | null } {
  const site = pageUrl ? registrableDomain(pageUrl) : null;
  if (site?.ok && !isPeopleSite(site.domain)) return { domain: site.domain, company: null };
  if (!person || !pageUrl) return { domain: null, company: null };
  const employer = domainForPage(pageUrl, person);
  if (employer.ok) return { domain: employer.domain, company: null };
  return { domain: null, company: person.company };
}

export function planQuestion(click: MenuClick, page: { url: string | null; person: PagePerson | null }): MenuQuestion {
  const pageUrl = page.url ?? click.pageUrl ?? null;
  if (click.menuItemId === MENU_IDS.link) {
    const site = companyDomain(click.linkUrl ?? '');
    return site.ok ? { kind: 'site', domain: site.domain, display: site.display, pageUrl } : { kind: 'no_site', reason: site.reason };
  }
  if (click.menuItemId === MENU_IDS.page) {
    const site = pageUrl ? domainForPage(pageUrl, page.person) : null;
    if (!site) return { kind: 'no_site', reason: 'not_web' };
    return site.ok ? { kind: 'site', domain: site.domain, display: site.display, pageUrl } : { kind: 'no_site', reason: site.reason };
  }
  const selection = (click.selectionText ?? '').trim();
  const name = readSelectionName(selection);
  const company = companyForSelection(pageUrl, page.person);
  if (!name.ok) {
    // A lone given name goes in the first-name box; a lone word after a title ("Dr. Lovelace") is a family name.
    const question = { first: name.first ?? '', last: name.first ? '' : name.partial ?? '', ...company, pageUrl };
    return { kind: 'ask', selection, reason: name.reason, question };
  }
  const question = { first: name.first, last: name.last, ...company, pageUrl };
  if (!question.domain && !question.company) return { kind: 'ask', selection, reason: 'no_company', question };
  return { kind: 'person', question };
}
