import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createJobStore } from '../../bulk/job-store';
import type { BulkJob } from '../../bulk/types';
import type { OutboxItem, OutboxOperation } from '../../outbox/types';
import { bulkLeadHandlers } from './bulk-lead-handlers';

const job: BulkJob = {
  id: 'j', kind: 'domains', options: { limit: 10 }, fileName: null, createdAt: 1, state: 'done', reason: null,
  total: 1, limitTo: 1, rows: 1, invalid: 0, duplicates: 0, askedAgain: 0,
};
const draft = (email: string, first = 'Ada', last = 'Lovelace') => ({ email, first_name: first, last_name: last });

/** An outbox that only records: what was queued, and states set by the test. */
function fakeOutbox() {
  const items: OutboxItem[] = [];
  return {
    items,
    async enqueue(operation: OutboxOperation): Promise<OutboxItem> {
      const item: OutboxItem = { id: `o${items.length + 1}`, seq: items.length + 1, operation, queuedAt: 0, attempts: 0, nextAttemptAt: 0, state: 'pending', error: null, saved: null, settledAt: null } as OutboxItem;
      items.push(item);
      return item;
    },
    list: async () => items.map((item) => ({ ...item })),
    async dismiss(id: string) {
      const at = items.findIndex((item) => item.id === id);
      if (at >= 0 && items[at]!.state !== 'pending') items.splice(at, 1);
    },
  };
}

let dbs = 0;
async function setup() {
  const db = createStore(`bulk-leads-${++dbs}`, 'jobs');
  const store = createJobStore(() => db);
  await store.saveJob(job);
  const outbox = fakeOutbox();
  let delivered = 0;
  const handlers = bulkLeadHandlers({ store, outbox, deliver: () => void delivered++ });
  return { store, outbox, handlers, delivered: () => delivered };
}

describe('bulk "Save all as leads"', () => {
  it('queues one create per named address into the chosen list, none without names, then starts delivery', async () => {
    const { outbox, handlers, delivered } = await setup();
    const progress = await handlers.bulkSaveLeads({ id: 'j', listId: 7, drafts: [draft('a@x.com'), draft('info@x.com', '', ''), draft('b@x.com', 'Bo', ' ')] });
    expect(outbox.items.map((i) => i.operation)).toEqual([{ kind: 'createLead', draft: draft('a@x.com'), listId: 7 }]);
    expect(progress.states).toEqual({ 'a@x.com': 'pending' });
    expect(delivered()).toBe(1);
  });

  it('never queues an address twice from the job: pending, saved or already there; a failed one is queued again', async () => {
    const { outbox, handlers, store } = await setup();
    await handlers.bulkSaveLeads({ id: 'j', listId: 1, drafts: [draft('a@x.com'), draft('b@x.com'), draft('c@x.com')] });
    // a: still on its way; b: delivered (already in a list); c: refused.
    outbox.items[1]!.state = 'delivered';
    outbox.items[1]!.saved = { leadId: 5, listId: 1, listName: 'L', existed: true };
    outbox.items[2]!.state = 'failed';
    outbox.items[2]!.error = { kind: 'invalid_input', status: 422, message: 'duplicated_entry' };
    const progress = await handlers.bulkLeadsProgress({ id: 'j' });
    expect(progress.states).toEqual({ 'a@x.com': 'pending', 'b@x.com': 'existed', 'c@x.com': 'failed' });
    expect(progress.failed).toEqual([{ email: 'c@x.com', error: outbox.items[2]!.error }]);

    await handlers.bulkSaveLeads({ id: 'j', listId: 1, drafts: [draft('A@x.com'), draft('b@x.com'), draft('c@x.com')] });
    // The failed try is replaced by the new one (not left listed as failed beside it).
    expect(outbox.items.map((i) => [i.id, i.operation.kind === 'createLead' && i.operation.draft.email])).toEqual([['o1', 'a@x.com'], ['o2', 'b@x.com'], ['o3', 'c@x.com']]);
    expect(outbox.items[2]!.state).toBe('pending');

    // The outbox prunes delivered items after a day: the outcome learned before outlives the item.
    outbox.items.splice(1, 1);
    expect((await handlers.bulkLeadsProgress({ id: 'j' })).states['b@x.com']).toBe('existed');
    expect((await store.getSavedLeads('j'))['b@x.com']?.outcome).toBe('existed');
  });

  it('joins a create for the address already waiting in the outbox (from the popup) instead of queuing another', async () => {
    const { outbox, handlers } = await setup();
    await outbox.enqueue({ kind: 'createLead', draft: draft('a@x.com'), listId: 3 });
    const progress = await handlers.bulkSaveLeads({ id: 'j', listId: 3, drafts: [draft('a@x.com')] });
    expect(outbox.items).toHaveLength(1);
    expect(progress.states).toEqual({ 'a@x.com': 'pending' });
  });
});
