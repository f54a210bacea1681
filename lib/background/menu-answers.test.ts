import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HunterError } from '../hunter';
import { createRecentStore } from '../recent/recent-store';
import { AppError } from './app-error';
import { answerQuestion, readTypedQuestion, SITE_TOP, type AnswerDeps } from './menu-answers';

let n = 0;
function deps() {
  const recent = createRecentStore({ store: createStore(`answers-${++n}`, 'recent') });
  const emailFinder = vi.fn(async (p: { domain?: string; company?: string; first_name?: string; last_name?: string }) => ({
    value: { data: { email: `${p.first_name!.toLowerCase()}@${p.domain ?? 'stripe.com'}`, score: 91, domain: p.domain ?? 'stripe.com', sources: [] } },
    fetchedAt: 1,
    fromCache: false,
  }));
  const emails = Array.from({ length: 10 }, (_, i) => ({ value: `p${i}@asana.com` }));
  const domainSearch = vi.fn(async () => ({
    value: { data: { domain: 'asana.com', organization: 'Asana', emails }, meta: { results: 12 } },
    fetchedAt: 1,
    fromCache: false,
  }));
  const handlers = { emailFinder, domainSearch } as unknown as AnswerDeps['handlers'];
  return { recent, emailFinder, domainSearch, handlers };
}

const q = { first: 'Ada', last: 'Lovelace', domain: 'stripe.com', company: null, pageUrl: 'https://www.stripe.com/jobs' };

describe('answering a menu question', () => {
  it('a person: one finder call through the router’s handler, kept in Recent', async () => {
    const d = deps();
    const view = await answerQuestion({ kind: 'person', question: q }, d);
    expect(d.emailFinder).toHaveBeenCalledWith({ domain: 'stripe.com', first_name: 'Ada', last_name: 'Lovelace' });
    expect(view).toMatchObject({ state: 'answer', entry: { kind: 'person', result: { email: 'ada@stripe.com' } } });
    expect(await d.recent.list()).toHaveLength(1);
  });

  it('a person by company name when no domain is known', async () => {
    const d = deps();
    await answerQuestion({ kind: 'person', question: { ...q, domain: null, company: 'Stripe' } }, d);
    expect(d.emailFinder).toHaveBeenCalledWith({ company: 'Stripe', first_name: 'Ada', last_name: 'Lovelace' });
  });

  it('a site: the popup’s first page (same cache key), the top addresses kept', async () => {
    const d = deps();
    const view = await answerQuestion({ kind: 'site', domain: 'asana.com', display: 'asana.com', pageUrl: null }, d);
    expect(d.domainSearch).toHaveBeenCalledWith({ domain: 'asana.com', limit: 10, offset: 0 });
    expect(view).toMatchObject({ state: 'answer', entry: { kind: 'site', organization: 'Asana', total: 12 } });
    expect(view.state === 'answer' && view.entry.kind === 'site' && view.entry.emails).toHaveLength(SITE_TOP);
  });

  it('an ask or a page with no site: no call, nothing kept', async () => {
    const d = deps();
    await answerQuestion({ kind: 'ask', selection: 'Lovelace', reason: 'one_word', question: { ...q, first: 'Lovelace', last: '' } }, d);
    await answerQuestion({ kind: 'no_site', reason: 'not_company' }, d);
    expect(d.emailFinder).not.toHaveBeenCalled();
    expect(d.domainSearch).not.toHaveBeenCalled();
    expect(await d.recent.list()).toEqual([]);
  });

  it('an API failure becomes a plain error for the card', async () => {
    const d = deps();
    d.emailFinder.mockRejectedValueOnce(new HunterError('quota_exceeded', { status: 429, message: 'Usage limit' }));
    const view = await answerQuestion({ kind: 'person', question: q }, d);
    expect(view).toMatchObject({ state: 'error', error: { kind: 'quota_exceeded', status: 429 } });
  });
});

describe('the card’s small form', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The sentence shown under the form; the message files are not loaded in unit tests.
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
  });

  const typed = (first: string, last: string, domain: string | null, company: string | null = null) =>
    readTypedQuestion({ first, last, domain, company, pageUrl: null });

  it('takes a domain, a pasted URL or a company name', () => {
    expect(typed(' Ada ', 'Lovelace', 'stripe.com')).toMatchObject({ first: 'Ada', last: 'Lovelace', domain: 'stripe.com', company: null });
    expect(typed('Ada', 'Lovelace', 'https://www.Stripe.com/about')).toMatchObject({ domain: 'stripe.com' });
    expect(typed('Ada', 'Lovelace', null, 'Stripe')).toMatchObject({ domain: null, company: 'Stripe' });
  });

  it('refuses a missing part or a bad domain before any call', () => {
    expect(() => typed('Ada', ' ', 'stripe.com')).toThrow(AppError);
    expect(() => typed('Ada', 'Lovelace', null, '  ')).toThrow(AppError);
    expect(() => typed('Ada', 'Lovelace', 'gmail.com')).toThrow(AppError);
  });
});
