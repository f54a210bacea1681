import { t } from '../i18n';
import { registrableDomain } from '../domains';
import type { RecentStore } from '../recent/recent-store';
import type { CardView, PersonQuestion, RecentEntry } from '../recent/types';
import { invalidInput, toReplyError } from './app-error';
import type { MenuQuestion } from './menu-question';
import type { Handlers } from './router';

/** How many addresses of a site the card and "Recent" show: the first page the popup would show too. */
export const SITE_TOP = 5;
// The same question as the popup's first page, so one answer (and one credit) serves both.
const SITE_PAGE = { limit: 10, offset: 0 } as const;

export interface AnswerDeps {
  /** The router's own lookups: cached, coalesced and rate-limited like every other caller's. */
  handlers: Pick<Handlers, 'emailFinder' | 'domainSearch'>;
  recent: RecentStore;
}

/** Finds a person's address and keeps the answer in "Recent". */
export async function answerPerson(question: PersonQuestion, { handlers, recent }: AnswerDeps): Promise<RecentEntry> {
  const where = question.domain ? { domain: question.domain } : { company: question.company ?? '' };
  const reply = await handlers.emailFinder({ ...where, first_name: question.first, last_name: question.last });
  return recent.add({ kind: 'person', question, result: reply.value.data, pageUrl: question.pageUrl });
}

/** The first addresses of a site, kept in "Recent". */
export async function answerSite(
  site: { domain: string; display: string; pageUrl: string | null },
  { handlers, recent }: AnswerDeps,
): Promise<RecentEntry> {
  const reply = await handlers.domainSearch({ domain: site.domain, ...SITE_PAGE });
  const { data, meta } = reply.value;
  return recent.add({
    kind: 'site',
    domain: site.domain,
    display: site.display,
    organization: data.organization,
    total: meta?.results ?? data.emails.length,
    emails: data.emails.slice(0, SITE_TOP),
    pageUrl: site.pageUrl,
  });
}

/** What the card (or the popup) shows for a menu question; never throws. */
export async function answerQuestion(question: MenuQuestion, deps: AnswerDeps): Promise<CardView> {
  try {
    switch (question.kind) {
      case 'person':
        return { state: 'answer', entry: await answerPerson(question.question, deps) };
      case 'site':
        return { state: 'answer', entry: await answerSite(question, deps) };
      case 'ask':
        return { state: 'ask', selection: question.selection, reason: question.reason, question: question.question };
      case 'no_site':
        return { state: 'no_site', reason: question.reason };
    }
  } catch (error) {
    return { state: 'error', error: toReplyError(error) };
  }
}

/**
 * The names and company the user typed into the card's small form, checked before any call: an empty part
 * or a company box that is not a domain costs nothing.
 */
export function readTypedQuestion(typed: PersonQuestion): PersonQuestion {
  const first = typed.first.trim();
  const last = typed.last.trim();
  if (!first || !last) throw invalidInput('Both names are needed', t('recent_needBothNames'));
  const text = (typed.domain ?? '').trim();
  if (!text) {
    const company = typed.company?.trim();
    if (!company) throw invalidInput('A company is needed', t('recent_needCompany'));
    return { first, last, domain: null, company, pageUrl: typed.pageUrl };
  }
  const site = registrableDomain(text);
  if (!site.ok) throw invalidInput('Not a domain', t(`finder_domain_${site.reason}`, text));
  return { first, last, domain: site.domain, company: null, pageUrl: typed.pageUrl };
}
