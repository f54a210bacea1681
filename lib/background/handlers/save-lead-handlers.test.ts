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
vi.mock('../hunter-access', () => ({ clientWithKey: async () => ({ client: { leads }, baseUrl: 'http://x' }) }));
const { saveLeadHandlers } = await import('./save-lead-handlers');

let stores = 0;
function setup() {
  const outbox = createOutbox({ client: async () => leads, store: createStore(`save-lead-test-${++stores}`, 'items') });
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
  for (const fn of Object.values(leads)) fn.mockReset();
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
