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
};
vi.mock('../hunter-access', () => ({ clientWithKey: async () => ({ client: { leads }, baseUrl: 'http://x' }) }));
const { saveLeadHandlers } = await import('./save-lead-handlers');

let stores = 0;
function setup() {
  const outbox = createOutbox({ client: async () => leads, store: createStore(`save-lead-test-${++stores}`, 'items') });
  const delivery: OutboxDelivery = { nudge: vi.fn(), deliverNow: vi.fn(async () => {}), plan: vi.fn(async () => {}) };
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
    expect(outcome).toMatchObject({ state: 'saved', lead: { id: 9 } });
    expect(leads.exist).toHaveBeenCalledWith('ada@stripe.com');
    expect(leads.create).toHaveBeenCalledWith({ ...draft, leads_list_id: 2 });
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
    expect(delivery.plan).toHaveBeenCalled();
  });

  it('fails at once on a permanent failure, with the API’s reason', async () => {
    const { handlers, outbox } = setup();
    leads.exist.mockResolvedValue(none);
    leads.create.mockRejectedValue(new HunterError('unprocessable', { status: 422, details: 'The leads list 7 does not exist' }));
    const failure = await handlers.saveLead({ draft, listId: 7 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).info).toMatchObject({ kind: 'unprocessable', status: 422, details: 'The leads list 7 does not exist' });
    expect(await outbox.list()).toEqual([]);
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
    expect((await outbox.list())[0]!.operation).toEqual({ kind: 'deleteLead', id: 5 });
  });

  it('queue behind earlier waiting changes to the same lead instead of overtaking them', async () => {
    const { handlers, outbox, delivery } = setup();
    leads.update.mockRejectedValueOnce(new HunterError('timeout'));
    await handlers.leadUpdate({ id: 5, changes: { position: 'CTO' } });
    const later = await handlers.leadUpdate({ id: 5, changes: { position: 'CEO' } });
    expect(later.state).toBe('queued');
    expect(leads.update).toHaveBeenCalledTimes(1);
    expect((await outbox.list()).map((item) => item.operation)).toEqual([
      { kind: 'updateLead', id: 5, changes: { position: 'CTO' } },
      { kind: 'updateLead', id: 5, changes: { position: 'CEO' } },
    ]);
    expect(delivery.deliverNow).toHaveBeenCalled();
  });

  it('fail at once on a 404', async () => {
    const { handlers } = setup();
    leads.delete.mockRejectedValueOnce(new HunterError('not_found', { status: 404 }));
    await expect(handlers.leadDelete({ id: 5 })).rejects.toBeInstanceOf(AppError);
  });
});
