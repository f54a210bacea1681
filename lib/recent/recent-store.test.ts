import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { EmailFinderData } from '../hunter';
import { createRecentStore, RECENT_LIMIT } from './recent-store';
import type { RecentDraft, RecentEntry } from './types';

let storeCount = 0;
function setup(start = 1_000) {
  let clock = start;
  let ids = 0;
  const recent = createRecentStore({
    store: createStore(`recent-test-${++storeCount}`, 'recent'),
    now: () => clock,
    newId: () => `id-${++ids}`,
  });
  return { recent, tick: (ms: number) => (clock += ms) };
}

const found = (email: string | null): EmailFinderData => ({ email, score: email ? 90 : null, domain: 'stripe.com', sources: [] });
const person = (first: string, email: string | null = `${first.toLowerCase()}@stripe.com`): RecentDraft => ({
  kind: 'person',
  question: { first, last: 'Lovelace', domain: 'stripe.com', company: null, pageUrl: 'https://www.stripe.com/jobs' },
  result: found(email),
  pageUrl: 'https://www.stripe.com/jobs',
});

describe('Recent answers', () => {
  it('keeps every answer with its time, newest first', async () => {
    const { recent, tick } = setup();
    await recent.add(person('Ada'));
    tick(5_000);
    await recent.add({ kind: 'site', domain: 'asana.com', display: 'asana.com', organization: 'Asana', total: 12, emails: [], pageUrl: null });
    const list = await recent.list();
    expect(list.map((e) => [e.id, e.kind, e.at])).toEqual([['id-2', 'site', 6_000], ['id-1', 'person', 1_000]]);
    expect(list[1]).toMatchObject({ question: { first: 'Ada' }, result: { email: 'ada@stripe.com' }, pageUrl: 'https://www.stripe.com/jobs' });
  });

  it('keeps "not found" answers too: they were asked and answered', async () => {
    const { recent } = setup();
    await recent.add(person('Nobody', null));
    expect((await recent.list())[0]).toMatchObject({ kind: 'person', result: { email: null } });
  });

  it(`keeps only the last ${RECENT_LIMIT}`, async () => {
    const { recent } = setup();
    for (let i = 0; i < RECENT_LIMIT + 7; i++) await recent.add(person(`P${i}`));
    const list = await recent.list();
    expect(list).toHaveLength(RECENT_LIMIT);
    const firstName = (entry: RecentEntry | undefined) => (entry?.kind === 'person' ? entry.question.first : null);
    expect(firstName(list[0])).toBe(`P${RECENT_LIMIT + 6}`);
    expect(firstName(list.at(-1))).toBe('P7');
  });

  it('does not lose answers added at the same moment', async () => {
    const { recent } = setup();
    await Promise.all(['A', 'B', 'C', 'D'].map((first) => recent.add(person(first))));
    expect(await recent.list()).toHaveLength(4);
  });

  it('clears', async () => {
    const { recent } = setup();
    await recent.add(person('Ada'));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });

  it('the popup opens on "Recent" once after a menu answer, and not for a stale mark', async () => {
    const { recent, tick } = setup();
    expect(await recent.takePopupView()).toEqual({ view: null });
    const answer = { state: 'no_site', reason: 'not_web' } as const;
    await recent.markPopupView({ view: 'recent', answer });
    expect(await recent.takePopupView()).toEqual({ view: 'recent', answer });
    expect(await recent.takePopupView()).toEqual({ view: null });
    await recent.markPopupView({ view: 'recent', answer });
    tick(61_000);
    expect(await recent.takePopupView()).toEqual({ view: null });
  });
});
