import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { HunterError } from '../hunter';
import type { Lead, LeadExistence, LeadInput } from '../hunter';
import { createOutbox, DEFAULT_MAX_ATTEMPTS, retryDelayMs, type OutboxClient } from './outbox';
import type { LeadDraft } from './types';

/** A leads API in memory that can drop answers and fail on demand, like the real one over a bad network. */
function fakeLeadsApi() {
  const leads: Array<{ id: number; email: string | null; listId: number | null; first_name: string }> = [];
  const calls: string[] = [];
  const failures: HunterError[] = [];
  let loseNextCreateAnswer = false;
  let nextId = 100;
  const failIfAsked = () => {
    const failure = failures.shift();
    if (failure) throw failure;
  };
  const lead = (id: number, input: Partial<LeadInput>): Lead =>
    ({ id, email: input.email ?? null, leads_list: { id: input.leads_list_id ?? 1, name: `List ${input.leads_list_id ?? 1}`, leads_count: 1, team_id: null } }) as Lead;
  let existMissing = false;
  const client: OutboxClient = {
    async exist(email) {
      calls.push(`exist ${email}`);
      // An API without this undocumented endpoint answers 404, as for any unknown path.
      if (existMissing) throw new HunterError('not_found', { status: 404 });
      failIfAsked();
      const found = leads.find((l) => l.email === email);
      return (found
        ? { id: found.id, leads_list_id: found.listId, leads_list_name: `List ${found.listId}` }
        : { id: null, leads_list_id: null, leads_list_name: null }) satisfies LeadExistence;
    },
    async list(filter = {}) {
      calls.push(`list ${filter.email}`);
      failIfAsked();
      const found = leads.filter((l) => l.email === filter.email);
      return { data: { leads: found.map((l) => lead(l.id, { email: l.email, leads_list_id: l.listId ?? undefined })) }, meta: { count: found.length, total: found.length, params: {} } } as unknown as Awaited<ReturnType<OutboxClient['list']>>;
    },
    async create(input) {
      calls.push(`create ${input.email}`);
      failIfAsked();
      const id = nextId++;
      leads.push({ id, email: input.email ?? null, listId: input.leads_list_id ?? null, first_name: input.first_name });
      if (loseNextCreateAnswer) {
        loseNextCreateAnswer = false;
        throw new HunterError('network');
      }
      return { data: lead(id, input) };
    },
    async update(id, input) {
      calls.push(`update ${id} ${JSON.stringify(input)}`);
      failIfAsked();
      const found = leads.find((l) => l.id === id);
      if (!found) throw new HunterError('not_found', { status: 404 });
      Object.assign(found, input);
    },
    async delete(id) {
      calls.push(`delete ${id}`);
      failIfAsked();
      const index = leads.findIndex((l) => l.id === id);
      if (index < 0) throw new HunterError('not_found', { status: 404 });
      leads.splice(index, 1);
    },
  };
  return {
    client,
    leads,
    calls,
    failNext: (...errors: HunterError[]) => failures.push(...errors),
    withoutExist: () => {
      existMissing = true;
    },
    loseNextCreateAnswer: () => {
      loseNextCreateAnswer = true;
    },
  };
}

let stores = 0;
function setup() {
  const api = fakeLeadsApi();
  const clock = { now: 1_000_000 };
  let ids = 0;
  const outbox = createOutbox({
    client: async () => api.client,
    store: createStore(`outbox-test-${++stores}`, 'items'),
    now: () => clock.now,
    random: () => 0.5,
    newId: () => `item-${++ids}`,
  });
  return { api, clock, outbox };
}

const draft = (email: string): LeadDraft => ({ first_name: 'Ada', last_name: 'Lovelace', email, company: 'Stripe' });

describe('outbox', () => {
  it('reads the store once for any number of adds, and keeps them in the order they were made', async () => {
    let reads = 0;
    const real = createStore(`outbox-test-${++stores}`, 'items');
    const counted: typeof real = (mode, callback) => {
      if (mode === 'readonly') reads++;
      return real(mode, callback);
    };
    const outbox = createOutbox({ client: async () => fakeLeadsApi().client, store: counted, now: () => 5 });
    const emails = Array.from({ length: 40 }, (_, i) => `person${i}@stripe.com`);
    for (const email of emails) await outbox.enqueue({ kind: 'createLead', draft: draft(email), listId: 7 });
    expect(reads).toBe(1);
    const queued = await outbox.list();
    expect(queued.map((item) => (item.operation.kind === 'createLead' ? item.operation.draft.email : null))).toEqual(emails);
  });

  it('delivers a queued lead once, into the chosen list, and remembers where it went', async () => {
    const { api, outbox } = setup();
    const item = await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 7 });
    await outbox.deliver();
    await outbox.deliver();
    expect(api.leads).toEqual([{ id: 100, email: 'ada@stripe.com', listId: 7, first_name: 'Ada' }]);
    expect(api.calls).toEqual(['exist ada@stripe.com', 'create ada@stripe.com']);
    const [delivered] = await outbox.list();
    expect(delivered).toMatchObject({ id: item.id, state: 'delivered', saved: { leadId: 100, listId: 7, listName: 'List 7', existed: false } });
  });

  it('when the key changes, what waits is settled as not sent and never replayed into the new account', async () => {
    const { api, outbox } = setup();
    api.failNext(new HunterError('network'));
    await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 7 });
    await outbox.deliver();
    await outbox.failPending({ kind: 'key_changed', status: null, message: 'The API key changed' });
    await outbox.deliver();
    expect(api.leads).toEqual([]);
    expect((await outbox.list())[0]).toMatchObject({ state: 'failed', error: { kind: 'key_changed' } });
  });

  it('never creates twice when the answer to a create was lost: the retry finds it with leads/exist, as this save’s own', async () => {
    const { api, outbox } = setup();
    await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 7 });
    api.loseNextCreateAnswer();
    await outbox.deliver();
    expect((await outbox.list())[0]).toMatchObject({ state: 'pending', attempts: 1, error: { kind: 'network' } });
    await outbox.deliver({ force: true });
    expect(api.leads).toHaveLength(1);
    expect(api.calls).toEqual(['exist ada@stripe.com', 'create ada@stripe.com', 'exist ada@stripe.com']);
    // The lead found is the one this save's create made: "Saved to", not "Already in".
    expect((await outbox.list())[0]).toMatchObject({ state: 'delivered', posted: true, saved: { leadId: 100, existed: false } });
  });

  it('keeps transient failures pending with a growing pause, and delivers when due', async () => {
    const { api, clock, outbox } = setup();
    await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: null });
    api.failNext(new HunterError('server', { status: 503 }));
    await outbox.deliver();
    const [waiting] = await outbox.list();
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
    expect(waiting!.nextAttemptAt).toBe(clock.now + retryDelayMs(1, () => 0.5));

    expect(await outbox.deliverIfDue()).toBe(false);
    expect(api.calls).toHaveLength(1);
    clock.now = waiting!.nextAttemptAt;
    expect(await outbox.deliverIfDue()).toBe(true);
    expect(api.leads).toHaveLength(1);
    expect(retryDelayMs(2, () => 0.5)).toBeGreaterThan(retryDelayMs(1, () => 0.5));
    expect(retryDelayMs(50, () => 0.5)).toBe(15 * 60_000);
  });

  it('keeps permanent failures as failed with their reason, and goes on with the rest', async () => {
    const { api, outbox } = setup();
    await outbox.enqueue({ kind: 'createLead', draft: draft('dup@stripe.com'), listId: 1 });
    await outbox.enqueue({ kind: 'createLead', draft: draft('ok@stripe.com'), listId: 1 });
    api.failNext(new HunterError('unprocessable', { status: 422, details: 'The leads list 1 does not exist' }));
    await outbox.deliver();
    const [failed, delivered] = await outbox.list();
    expect(failed).toMatchObject({ state: 'failed', error: { kind: 'unprocessable', status: 422, details: 'The leads list 1 does not exist' } });
    expect(delivered).toMatchObject({ state: 'delivered' });
    // Failed items are not retried behind the user's back; they stay until dismissed.
    await outbox.deliver();
    expect((await outbox.list())[0]!.state).toBe('failed');
    await outbox.dismiss(failed!.id);
    expect((await outbox.list()).map((item) => item.id)).toEqual([delivered!.id]);
  });

  it('treats 400, 401, 404 and 429 as permanent too', async () => {
    for (const [kind, status] of [['bad_params', 400], ['unauthorized', 401], ['not_found', 404], ['quota_exceeded', 429]] as const) {
      const { api, outbox } = setup();
      await outbox.enqueue({ kind: 'updateLead', id: 1, changes: { position: 'CTO' } });
      api.failNext(new HunterError(kind, { status }));
      await outbox.deliver();
      expect((await outbox.list())[0], kind).toMatchObject({ state: 'failed', error: { status } });
    }
  });

  it('delivers one lead’s changes in the order they were made: a transient failure holds back its later ones', async () => {
    const { api, outbox } = setup();
    api.leads.push({ id: 5, email: 'x@stripe.com', listId: 1, first_name: 'X' });
    await outbox.enqueue({ kind: 'updateLead', id: 5, changes: { position: 'CTO' } });
    await outbox.enqueue({ kind: 'updateLead', id: 5, changes: { position: 'CEO' } });
    await outbox.enqueue({ kind: 'deleteLead', id: 5 });
    api.failNext(new HunterError('network'));
    await outbox.deliver();
    expect(api.calls).toEqual(['update 5 {"position":"CTO"}']);
    expect((await outbox.list()).map((item) => item.state)).toEqual(['pending', 'pending', 'pending']);
    await outbox.deliver({ force: true });
    expect(api.calls.slice(1)).toEqual(['update 5 {"position":"CTO"}', 'update 5 {"position":"CEO"}', 'delete 5']);
    expect(api.leads).toEqual([]);
  });

  it('orders only per lead: one lead’s failure never holds back another lead', async () => {
    const { api, outbox } = setup();
    api.leads.push({ id: 5, email: 'x@stripe.com', listId: 1, first_name: 'X' }, { id: 6, email: 'y@stripe.com', listId: 1, first_name: 'Y' });
    await outbox.enqueue({ kind: 'updateLead', id: 5, changes: { position: 'CTO' } });
    await outbox.enqueue({ kind: 'updateLead', id: 6, changes: { position: 'CEO' } });
    await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 1 });
    api.failNext(new HunterError('server', { status: 503 }));
    await outbox.deliver();
    const [first, second, third] = await outbox.list();
    expect(first).toMatchObject({ state: 'pending', attempts: 1 });
    expect(second).toMatchObject({ state: 'delivered' });
    expect(third).toMatchObject({ state: 'delivered' });
    expect(api.leads.map((l) => l.email)).toContain('ada@stripe.com');
  });

  it('a lead whose request hangs never blocks another: its item is delivered and answered meanwhile', async () => {
    const { api, outbox } = setup();
    let release = () => {};
    const hang = new Promise<void>((resolve) => (release = resolve));
    const exist = api.client.exist;
    api.client.exist = async (email, o) => {
      if (email === 'stuck@stripe.com') await hang;
      return exist(email, o);
    };
    const stuck = await outbox.enqueue({ kind: 'createLead', draft: draft('stuck@stripe.com'), listId: 1 });
    void outbox.deliverItem(stuck.id);
    const other = await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 1 });
    expect(await outbox.deliverItem(other.id)).toMatchObject({ state: 'delivered' });
    expect((await outbox.get(stuck.id))!.state).toBe('pending');
    release();
  });

  it('gives an item up after the attempt cap: it turns failed with the last reason, visible, and Retry sends it again', async () => {
    const { api, clock, outbox } = setup();
    const item = await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 1 });
    for (let attempt = 1; attempt <= DEFAULT_MAX_ATTEMPTS; attempt++) {
      api.failNext(new HunterError('server', { status: 503 }));
      await outbox.deliver();
      clock.now += 60 * 60_000;
    }
    expect(await outbox.get(item.id)).toMatchObject({ state: 'failed', attempts: DEFAULT_MAX_ATTEMPTS, error: { kind: 'server', status: 503 } });
    expect(await outbox.nextDueAt()).toBeNull();
    await outbox.deliver();
    expect(api.calls.filter((call) => call.startsWith('exist'))).toHaveLength(DEFAULT_MAX_ATTEMPTS);

    expect(await outbox.retry(item.id)).toMatchObject({ state: 'pending', attempts: 0, error: null });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'delivered' });
    expect(api.leads).toHaveLength(1);
  });

  it('keeps an undo window: never sent before its not-before time, and Undo takes it back', async () => {
    const { api, clock, outbox } = setup();
    api.leads.push({ id: 5, email: 'x@stripe.com', listId: 1, first_name: 'X' }, { id: 6, email: 'y@stripe.com', listId: 1, first_name: 'Y' });
    const kept = await outbox.enqueue({ kind: 'deleteLead', id: 5 }, { notBefore: clock.now + 5_000 });
    const undone = await outbox.enqueue({ kind: 'deleteLead', id: 6 }, { notBefore: clock.now + 5_000 });
    await outbox.deliver();
    expect(api.calls).toEqual([]);
    expect(await outbox.nextDueAt()).toBe(clock.now + 5_000);
    expect(await outbox.cancel(undone.id)).toBe(true);
    clock.now += 5_000;
    expect(await outbox.deliverIfDue()).toBe(true);
    expect(api.calls).toEqual(['delete 5']);
    expect(api.leads.map((l) => l.id)).toEqual([6]);
    expect(await outbox.cancel(kept.id)).toBe(false);
  });

  it('falls back to the documented GET /leads?email= when leads/exist answers 404, and still creates once', async () => {
    const { api, outbox } = setup();
    api.withoutExist();
    await outbox.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 7 });
    api.loseNextCreateAnswer();
    await outbox.deliver();
    await outbox.deliver({ force: true });
    expect(api.leads).toHaveLength(1);
    expect(api.calls).toEqual(['exist ada@stripe.com', 'list ada@stripe.com', 'create ada@stripe.com', 'list ada@stripe.com']);
    expect((await outbox.list())[0]).toMatchObject({ state: 'delivered', saved: { leadId: 100, listId: 7, existed: false } });
  });

  it('never sends a lead without a first or last name: it fails with a reason instead of earning a 400', async () => {
    const { api, outbox } = setup();
    const item = await outbox.enqueue({ kind: 'createLead', draft: { first_name: ' ', last_name: '', email: 'info@stripe.com' }, listId: 1 });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'failed', error: { kind: 'invalid_input' } });
    expect(api.calls).toEqual([]);
  });

  it('counts a delete that finds the lead already gone as done', async () => {
    const { outbox } = setup();
    await outbox.enqueue({ kind: 'deleteLead', id: 42 });
    await outbox.deliver();
    expect((await outbox.list())[0]).toMatchObject({ state: 'delivered' });
  });

  it('waits without a key instead of failing, and survives a restart (a new outbox on the same store)', async () => {
    const api = fakeLeadsApi();
    const store = createStore(`outbox-test-${++stores}`, 'items');
    let hasKey = false;
    const client = async () => {
      if (!hasKey) throw new (await import('../background/app-error')).AppError({ kind: 'no_key', status: null, message: 'No key' });
      return api.client;
    };
    const first = createOutbox({ client, store });
    await first.enqueue({ kind: 'createLead', draft: draft('ada@stripe.com'), listId: 2 });
    await first.deliver();
    expect((await first.list())[0]).toMatchObject({ state: 'pending', error: { kind: 'no_key' } });

    hasKey = true;
    const afterRestart = createOutbox({ client, store });
    await afterRestart.deliver({ force: true });
    expect(api.leads).toHaveLength(1);
    expect((await afterRestart.list())[0]!.state).toBe('delivered');
  });

  it('runs one pass at a time: concurrent triggers never deliver an item twice', async () => {
    const { api, outbox } = setup();
    await outbox.enqueue({ kind: 'createLead', draft: { first_name: 'No', last_name: 'Email' }, listId: 1 });
    await Promise.all([outbox.deliver(), outbox.deliver(), outbox.deliver()]);
    expect(api.calls.filter((call) => call.startsWith('create'))).toHaveLength(1);
  });

  it('finds a pending create by address', async () => {
    const { api, outbox } = setup();
    api.failNext(new HunterError('network'));
    const item = await outbox.enqueue({ kind: 'createLead', draft: draft('Ada@Stripe.com'), listId: 1 });
    await outbox.deliver();
    expect((await outbox.pendingCreateFor(' ada@stripe.com '))?.id).toBe(item.id);
    expect(await outbox.pendingCreateFor('bob@stripe.com')).toBeNull();
  });
});
