import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HunterError, type HunterClient, type Lead } from '../../hunter';
import { createOutbox } from '../../outbox/outbox';
import type { OutboxDelivery } from '../../outbox/delivery';
import { AppError } from '../app-error';

const leads = {
  exist: vi.fn<HunterClient['leads']['exist']>(),
  create: vi.fn<HunterClient['leads']['create']>(),
  update: vi.fn<HunterClient['leads']['update']>(),
  delete: vi.fn<HunterClient['leads']['delete']>(),
  list: vi.fn<HunterClient['leads']['list']>(),
};
const leadsLists = {
  list: vi.fn<HunterClient['leadsLists']['list']>(),
  create: vi.fn<HunterClient['leadsLists']['create']>(),
  update: vi.fn<HunterClient['leadsLists']['update']>(),
  delete: vi.fn<HunterClient['leadsLists']['delete']>(),
};
vi.mock('../hunter-access', () => ({ clientWithKey: async () => ({ client: { leads }, baseUrl: 'http://x' }) }));
const { saveLeadHandlers } = await import('./save-lead-handlers');

let stores = 0;
function setup() {
  const outbox = createOutbox({ client: async () => leads, lists: async () => leadsLists, store: createStore(`save-lead-test-${++stores}`, 'items') });
  const delivery: OutboxDelivery = {
    nudge: vi.fn(),
    deliverNow: vi.fn((force?: boolean) => outbox.deliver({ force })),
    deliverItem: vi.fn((id: string) => outbox.deliverItem(id)),
    plan: vi.fn(async () => {}),
  };
  return { outbox, delivery, handlers: saveLeadHandlers(outbox, delivery) };
}
const draft = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@stripe.com' };
const none = { id: null, leads_list_id: null, leads_list_name: null };

beforeEach(() => {
  for (const fn of [...Object.values(leads), ...Object.values(leadsLists)]) fn.mockReset();
});

describe('saveLead', () => {
  it('asks leads/exist, then creates in the chosen list', async () => {
    const { handlers } = setup();
    leads.exist.mockResolvedValue(none);
    leads.create.mockResolvedValue({ data: { id: 9, leads_list: { id: 2, name: 'Prospects' } } as Lead });
    const outcome = await handlers.saveLead({ draft, listId: 2 });
    expect(outcome).toEqual({ state: 'saved', id: 9, listId: 2, listName: 'Prospects' });
    expect(leads.exist).toHaveBeenCalledWith('ada@stripe.com');
    expect(leads.create).toHaveBeenCalledWith({ ...draft, leads_list_id: 2 });
  });

  it('is written to the outbox before the API is asked anything (write first, then deliver)', async () => {
    const { handlers, outbox } = setup();
    let queuedWhenAsked: unknown[] = [];
    leads.exist.mockImplementation(async () => {
      queuedWhenAsked = (await outbox.list()).map((item) => [item.state, item.operation.kind]);
      return none;
    });
    leads.create.mockResolvedValue({ data: { id: 9, leads_list: { id: 2, name: 'Prospects' } } as Lead });
    await handlers.saveLead({ draft, listId: 2 });
    expect(queuedWhenAsked).toEqual([['pending', 'createLead']]);
  });

  it('refuses a lead without a first or last name before anything is written or sent', async () => {
    const { handlers, outbox } = setup();
    const failure = await handlers.saveLead({ draft: { first_name: '', last_name: ' ', email: 'info@stripe.com' }, listId: 2 }).catch((e: unknown) => e);
    expect((failure as AppError).info).toMatchObject({ kind: 'invalid_input' });
    expect(leads.exist).not.toHaveBeenCalled();
    expect(await outbox.list()).toEqual([]);
  });

  it('says where the lead already is instead of creating it again', async () => {
    const { handlers } = setup();
    leads.exist.mockResolvedValue({ id: 3, leads_list_id: 2, leads_list_name: 'Prospects' });
    expect(await handlers.saveLead({ draft, listId: 1 })).toEqual({ state: 'exists', id: 3, listId: 2, listName: 'Prospects' });
    expect(leads.create).not.toHaveBeenCalled();
  });

  it('queues on a transient failure, once per address, and plans the retry', async () => {
    const { handlers, outbox, delivery } = setup();
    leads.exist.mockRejectedValue(new HunterError('server', { status: 503 }));
    const first = await handlers.saveLead({ draft, listId: 2 });
    const second = await handlers.saveLead({ draft: { ...draft, email: 'ADA@stripe.com' }, listId: 2 });
    expect(first.state).toBe('queued');
    expect(second).toEqual(first);
    expect(await outbox.list()).toHaveLength(1);
    expect(delivery.deliverItem).toHaveBeenCalled();
  });

  it('fails at once on a permanent failure, with the API’s reason, and keeps it in the outbox to Retry or Dismiss', async () => {
    const { handlers, outbox } = setup();
    leads.exist.mockResolvedValue(none);
    leads.create.mockRejectedValue(new HunterError('unprocessable', { status: 422, details: 'The leads list 7 does not exist' }));
    const failure = await handlers.saveLead({ draft, listId: 7 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).info).toMatchObject({ kind: 'unprocessable', status: 422, details: 'The leads list 7 does not exist' });
    const [failed] = await outbox.list();
    expect(failed).toMatchObject({ state: 'failed', error: { status: 422 } });

    leads.create.mockResolvedValue({ data: { id: 9, leads_list: { id: 7, name: 'Back' } } as Lead });
    const after = await handlers.outboxRetry({ id: failed!.id });
    expect(after).toMatchObject([{ state: 'delivered', saved: { leadId: 9 } }]);
    expect(await handlers.outboxDismiss({ id: failed!.id })).toEqual([]);
  });

  it('saving an address again replaces its earlier failed save', async () => {
    const { handlers, outbox } = setup();
    leads.exist.mockResolvedValue(none);
    leads.create.mockRejectedValueOnce(new HunterError('bad_params', { status: 400 }));
    await handlers.saveLead({ draft, listId: 7 }).catch(() => undefined);
    leads.create.mockResolvedValue({ data: { id: 9, leads_list: { id: 7, name: 'Back' } } as Lead });
    await handlers.saveLead({ draft, listId: 7 });
    expect((await outbox.list()).map((item) => item.state)).toEqual(['delivered']);
  });
});

describe('leadUpdate and leadDelete', () => {
  it('answer done when the API takes them, queued when it cannot be reached', async () => {
    const { handlers, outbox } = setup();
    leads.update.mockResolvedValueOnce(undefined);
    expect(await handlers.leadUpdate({ id: 5, changes: { position: 'CTO' } })).toEqual({ state: 'done' });
    leads.delete.mockRejectedValueOnce(new HunterError('network'));
    const queued = await handlers.leadDelete({ id: 5 });
    expect(queued.state).toBe('queued');
    expect((await outbox.list()).find((item) => item.state === 'pending')!.operation).toEqual({ kind: 'deleteLead', id: 5 });
  });

  it('queue behind earlier waiting changes to the same lead instead of overtaking them', async () => {
    const { handlers, outbox } = setup();
    leads.update.mockRejectedValueOnce(new HunterError('timeout'));
    await handlers.leadUpdate({ id: 5, changes: { position: 'CTO' } });
    leads.update.mockRejectedValueOnce(new HunterError('timeout'));
    const later = await handlers.leadUpdate({ id: 5, changes: { position: 'CEO' } });
    // The new change tried the waiting one first (the user is here now), and stayed behind it.
    expect(later.state).toBe('queued');
    expect(leads.update.mock.calls.map(([, changes]) => changes.position)).toEqual(['CTO', 'CTO']);
    expect((await outbox.list()).map((item) => item.operation)).toEqual([
      { kind: 'updateLead', id: 5, changes: { position: 'CTO' } },
      { kind: 'updateLead', id: 5, changes: { position: 'CEO' } },
    ]);
    leads.update.mockResolvedValue(undefined);
    await handlers.outboxDeliver(null);
    expect(leads.update.mock.calls.map(([, changes]) => changes.position)).toEqual(['CTO', 'CTO', 'CTO', 'CEO']);
  });

  it('an edit of a lead that is gone fails at once with a 404, kept as failed', async () => {
    const { handlers, outbox } = setup();
    leads.update.mockRejectedValueOnce(new HunterError('not_found', { status: 404 }));
    await expect(handlers.leadUpdate({ id: 5, changes: { position: 'CTO' } })).rejects.toBeInstanceOf(AppError);
    expect((await outbox.list())[0]).toMatchObject({ state: 'failed', error: { status: 404 } });
  });

  it('a delete with an undo window waits in the outbox, unsent, until Undo takes it back', async () => {
    const { handlers, outbox } = setup();
    const queued = await handlers.leadDelete({ id: 5, undoMs: 5_000 });
    expect(queued.state).toBe('queued');
    const [item] = await outbox.list();
    expect(item!.notBefore).toBeGreaterThan(Date.now() + 4_000);
    await handlers.outboxDeliver(null);
    expect(leads.delete).not.toHaveBeenCalled();
    expect(await handlers.outboxCancel({ id: item!.id })).toEqual({ cancelled: true });
    expect(await outbox.list()).toEqual([]);
  });
});

describe('list writes and the CSV import: through the outbox too (one writer)', () => {
  it('a new list is written to the outbox before the API is asked, and answers the list made', async () => {
    const { handlers, outbox } = setup();
    let queuedWhenAsked: unknown[] = [];
    leadsLists.create.mockImplementation(async () => {
      queuedWhenAsked = (await outbox.list()).map((item) => [item.state, item.operation]);
      return { data: { list_id: 4, name: 'Events', leads_count: 0, team_id: null } } as Awaited<ReturnType<HunterClient['leadsLists']['create']>>;
    });
    expect(await handlers.listCreate({ name: ' Events ' })).toEqual({ state: 'done', list: { id: 4, name: 'Events' } });
    expect(queuedWhenAsked).toEqual([['pending', { kind: 'createList', name: 'Events' }]]);
  });

  it('a new list waits in the outbox while the API is out of reach; an empty name is refused before anything', async () => {
    const { handlers, outbox } = setup();
    leadsLists.create.mockRejectedValue(new HunterError('network'));
    expect((await handlers.listCreate({ name: 'Events' })).state).toBe('queued');
    expect(await outbox.list()).toMatchObject([{ state: 'pending', operation: { kind: 'createList' } }]);
    await expect(handlers.listCreate({ name: '  ' })).rejects.toMatchObject({ info: { kind: 'invalid_input' } });
    expect(await outbox.list()).toHaveLength(1);
  });

  it('a rename the API refuses stays listed to Retry; a rename of a list deleted elsewhere is not (nothing to retry)', async () => {
    const { handlers, outbox } = setup();
    leadsLists.update.mockRejectedValueOnce(new HunterError('bad_params', { status: 400 }));
    await expect(handlers.listUpdate({ id: 3, name: 'B', oldName: 'A' })).rejects.toBeInstanceOf(AppError);
    expect(await outbox.list()).toMatchObject([{ state: 'failed', operation: { kind: 'renameList', id: 3, name: 'B', oldName: 'A' } }]);
    leadsLists.update.mockRejectedValueOnce(new HunterError('not_found', { status: 404 }));
    await expect(handlers.listUpdate({ id: 8, name: 'B', oldName: 'A' })).rejects.toMatchObject({ info: { kind: 'not_found' } });
    expect((await outbox.list()).map((item) => item.operation)).toMatchObject([{ id: 3 }]);
  });

  it('a list delete goes through the outbox: done, or queued when the API is out of reach', async () => {
    const { handlers, outbox } = setup();
    leadsLists.delete.mockResolvedValueOnce(undefined);
    expect(await handlers.listDelete({ id: 3, name: 'A' })).toEqual({ state: 'done' });
    leadsLists.delete.mockRejectedValueOnce(new HunterError('timeout'));
    expect((await handlers.listDelete({ id: 4, name: 'B' })).state).toBe('queued');
    expect((await outbox.list()).map((item) => [item.state, item.operation.kind])).toEqual([['delivered', 'deleteList'], ['pending', 'deleteList']]);
  });

  it('an import writes every row to the outbox before any is sent, looked for in the chosen list only', async () => {
    const { handlers, outbox } = setup();
    const rows = [draft, { first_name: 'Grace', last_name: 'Hopper', email: 'grace@stripe.com' }];
    const { ids } = await handlers.leadsImport({ drafts: rows, listId: 2 });
    expect(ids).toHaveLength(2);
    expect((await outbox.list()).map((item) => item.operation)).toEqual(
      rows.map((row) => ({ kind: 'createLead', draft: row, listId: 2, lookIn: 'thisList' })),
    );
    expect(leads.list).not.toHaveBeenCalled();
    expect(leads.create).not.toHaveBeenCalled();

    leads.list.mockResolvedValue({ data: { leads: [] }, meta: { count: 0, total: 0 } } as unknown as Awaited<ReturnType<HunterClient['leads']['list']>>);
    leads.create.mockResolvedValue({ data: { id: 9, leads_list: { id: 2, name: 'Prospects' } } as Lead });
    expect(await handlers.outboxDeliverItem({ id: ids[0]! })).toMatchObject({ state: 'delivered', saved: { leadId: 9 } });
    expect(leads.list).toHaveBeenCalledWith({ email: 'ada@stripe.com', lead_list_id: 2, limit: 100 });
    expect(leads.exist).not.toHaveBeenCalled();
  });

  it('an import row without names is refused before anything is written', async () => {
    const { handlers, outbox } = setup();
    await expect(handlers.leadsImport({ drafts: [{ first_name: '', last_name: 'X' }], listId: 2 })).rejects.toMatchObject({ info: { kind: 'invalid_input' } });
    expect(await outbox.list()).toEqual([]);
  });
});
