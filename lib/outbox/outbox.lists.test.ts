import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { HunterError, type Lead, type LeadsListSummary } from '../hunter';
import { createOutbox, type OutboxClient, type OutboxListsClient } from './outbox';

// Lists and the leads manager's writes (New lead, CSV import) through the outbox: exactly once, like saves.

type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

function fakeApi() {
  const lists: LeadsListSummary[] = [{ id: 1, name: 'Prospects', leads_count: 0, team_id: null }];
  const leads: Array<{ id: number; email: string; listId: number }> = [];
  const calls: string[] = [];
  let loseNextAnswer = false;
  let nextId = 10;
  const lose = () => {
    if (!loseNextAnswer) return;
    loseNextAnswer = false;
    // Served, but the answer never came back.
    throw new HunterError('network');
  };
  const asLead = (l: { id: number; email: string; listId: number }) =>
    ({ id: l.id, email: l.email, leads_list: { id: l.listId, name: lists.find((x) => x.id === l.listId)?.name ?? '', leads_count: 0, team_id: null } }) as Lead;
  const leadsApi: OutboxClient = {
    async exist(email) {
      calls.push(`exist ${email}`);
      const found = leads.find((l) => l.email === email);
      return { id: found?.id ?? null, leads_list_id: found?.listId ?? null, leads_list_name: null };
    },
    async list(filter = {}) {
      calls.push(`leads ${filter.email} in ${filter.lead_list_id ?? 'any'}`);
      const found = leads.filter((l) => l.email === filter.email && (filter.lead_list_id === undefined || l.listId === filter.lead_list_id));
      return { data: { leads: found.map(asLead) }, meta: { count: found.length, total: found.length } } as unknown as Answer<OutboxClient['list']>;
    },
    async create(input) {
      calls.push(`create ${input.email} in ${input.leads_list_id}`);
      const made = { id: nextId++, email: input.email!, listId: input.leads_list_id! };
      leads.push(made);
      lose();
      return { data: asLead(made) };
    },
    update: async () => undefined,
    delete: async () => undefined,
  };
  const listsApi: OutboxListsClient = {
    async list() {
      calls.push('lists');
      return { data: { leads_lists: [...lists] }, meta: { total: lists.length } } as Answer<OutboxListsClient['list']>;
    },
    async create({ name }) {
      calls.push(`create list ${name}`);
      const made = { id: nextId++, name, leads_count: 0, team_id: null };
      lists.push(made);
      lose();
      return { data: { list_id: made.id, name, leads_count: 0, team_id: null } } as unknown as Answer<OutboxListsClient['create']>;
    },
    async update(id, changes) {
      calls.push(`rename list ${id} ${changes.name}`);
      const list = lists.find((l) => l.id === id);
      if (!list) throw new HunterError('not_found', { status: 404 });
      list.name = changes.name!;
    },
    async delete(id) {
      calls.push(`delete list ${id}`);
      const index = lists.findIndex((l) => l.id === id);
      if (index < 0) throw new HunterError('not_found', { status: 404 });
      lists.splice(index, 1);
    },
  };
  return { lists, leads, calls, leadsApi, listsApi, loseNextAnswer: () => (loseNextAnswer = true) };
}

let stores = 0;
function setup() {
  const api = fakeApi();
  const outbox = createOutbox({
    client: async () => api.leadsApi,
    lists: async () => api.listsApi,
    store: createStore(`outbox-lists-${++stores}`, 'items'),
    random: () => 0.5,
  });
  return { api, outbox };
}

describe('outbox: leads lists', () => {
  it('creates a list and remembers which one it made, even when another list already has that name', async () => {
    const { api, outbox } = setup();
    const item = await outbox.enqueue({ kind: 'createList', name: 'Prospects' });
    const done = await outbox.deliverItem(item.id);
    expect(done).toMatchObject({ state: 'delivered', createdList: { id: 10, name: 'Prospects' } });
    // Names are not unique: a first try never takes an older list for the new one.
    expect(api.calls).toEqual(['create list Prospects']);
    expect(api.lists.map((l) => l.name)).toEqual(['Prospects', 'Prospects']);
  });

  it('a try whose answer was lost is not made twice: the retry finds the list it made', async () => {
    const { api, outbox } = setup();
    api.loseNextAnswer();
    const item = await outbox.enqueue({ kind: 'createList', name: 'Events' });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'pending', attempts: 1 });
    await outbox.deliver({ force: true });
    expect(await outbox.get(item.id)).toMatchObject({ state: 'delivered', createdList: { id: 10, name: 'Events' } });
    expect(api.lists.filter((l) => l.name === 'Events')).toHaveLength(1);
    expect(api.calls).toEqual(['create list Events', 'lists']);
  });

  it("renames and deletes a list in the order asked; a list already gone counts as deleted", async () => {
    const { api, outbox } = setup();
    await outbox.enqueue({ kind: 'renameList', id: 1, name: 'Leads 2027', oldName: 'Prospects' });
    await outbox.enqueue({ kind: 'deleteList', id: 1, name: 'Leads 2027' });
    const gone = await outbox.enqueue({ kind: 'deleteList', id: 99, name: 'Old' });
    await outbox.deliver();
    expect(api.calls.filter((c) => c.includes(' 1'))).toEqual(['rename list 1 Leads 2027', 'delete list 1']);
    expect(await outbox.get(gone.id)).toMatchObject({ state: 'delivered' });
    expect(api.lists).toEqual([]);
  });

  it('a rename of a list deleted elsewhere fails with the reason, to be seen', async () => {
    const { outbox } = setup();
    const item = await outbox.enqueue({ kind: 'renameList', id: 42, name: 'X', oldName: 'Y' });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'failed', error: { kind: 'not_found' } });
  });

  it('an outbox without a lists client fails a list write instead of dropping it', async () => {
    const api = fakeApi();
    const outbox = createOutbox({ client: async () => api.leadsApi, store: createStore(`outbox-lists-${++stores}`, 'items') });
    const item = await outbox.enqueue({ kind: 'createList', name: 'Events' });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'failed', error: { kind: 'internal' } });
  });
});

describe('outbox: creates looked for in the chosen list only (New lead, CSV import)', () => {
  const draft = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@stripe.com' };

  it('an address saved in another list is created in the chosen one, asked with the documented lead_list_id filter', async () => {
    const { api, outbox } = setup();
    api.leads.push({ id: 5, email: 'ada@stripe.com', listId: 1 });
    const item = await outbox.enqueue({ kind: 'createLead', draft, listId: 2, lookIn: 'thisList' });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'delivered', saved: { existed: false, listId: 2 } });
    expect(api.calls).toEqual(['leads ada@stripe.com in 2', 'create ada@stripe.com in 2']);
  });

  it('an address already in the chosen list is not created again, even after a lost answer', async () => {
    const { api, outbox } = setup();
    api.loseNextAnswer();
    const item = await outbox.enqueue({ kind: 'createLead', draft, listId: 2, lookIn: 'thisList' });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'pending' });
    await outbox.deliver({ force: true });
    // Lead 10 is the one this save's lost create made: saved, not "already there".
    expect(await outbox.get(item.id)).toMatchObject({ state: 'delivered', saved: { existed: false, leadId: 10, listId: 2 } });
    expect(api.leads).toHaveLength(1);
  });

  it('"Save as lead" (any list) still finds the address wherever it is', async () => {
    const { api, outbox } = setup();
    api.leads.push({ id: 5, email: 'ada@stripe.com', listId: 1 });
    const item = await outbox.enqueue({ kind: 'createLead', draft, listId: 2 });
    expect(await outbox.deliverItem(item.id)).toMatchObject({ state: 'delivered', saved: { existed: true, leadId: 5 } });
    expect(api.calls).toEqual(['exist ada@stripe.com']);
  });
});
