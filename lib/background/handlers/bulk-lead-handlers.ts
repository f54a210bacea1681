import { addressKey } from '../../bulk/lead-candidates';
import type { JobStore } from '../../bulk/job-store';
import type { BulkLeadsProgress, SavedLeadRecord } from '../../bulk/types';
import { missingNames } from '../../outbox/lead-names';
import type { Outbox } from '../../outbox/outbox';
import type { OutboxItem } from '../../outbox/types';
import { invalidInput } from '../app-error';
import type { Handlers } from '../router';

// "Save all as leads" on a bulk job's results: one `createLead` per address through the outbox (the one
// writer: it looks the address up before creating, retries what can be retried, keeps failures with their
// reason). This job's record of address → outbox item is what keeps an address from being queued twice.

export type BulkLeadHandlers = Pick<Handlers, 'bulkSaveLeads' | 'bulkLeadsProgress'>;

export interface BulkLeadDeps {
  store: JobStore;
  outbox: Pick<Outbox, 'enqueue' | 'list' | 'dismiss'>;
  /** Starts delivering what waits (does not wait for it). */
  deliver: () => void;
}

function stateOf(entry: SavedLeadRecord, item: OutboxItem | undefined): BulkLeadsProgress['states'][string] | null {
  if (entry.outcome) return entry.outcome;
  if (!item) return null;
  if (item.state === 'pending') return 'pending';
  if (item.state === 'failed') return 'failed';
  return item.saved?.existed ? 'existed' : 'saved';
}

export function bulkLeadHandlers({ store, outbox, deliver }: BulkLeadDeps): BulkLeadHandlers {
  async function progress(id: string): Promise<BulkLeadsProgress> {
    const record = await store.getSavedLeads(id);
    const items = new Map((await outbox.list()).map((item) => [item.id, item]));
    const out: BulkLeadsProgress = { states: {}, failed: [] };
    let learned = false;
    for (const [key, entry] of Object.entries(record)) {
      const item = items.get(entry.outboxId);
      const state = stateOf(entry, item);
      // Gone without a known outcome (dismissed, or pruned before anyone looked): not counted as saved.
      if (state === null) continue;
      out.states[key] = state;
      if (state === 'failed' && item?.error) out.failed.push({ email: key, error: item.error });
      if ((state === 'saved' || state === 'existed') && !entry.outcome) {
        record[key] = { ...entry, outcome: state };
        learned = true;
      }
    }
    if (learned) await store.saveSavedLeads(id, record);
    return out;
  }

  return {
    async bulkSaveLeads({ id, listId, drafts }) {
      if (!(await store.getJob(id))) throw invalidInput('This job is no longer kept');
      const before = await progress(id);
      const record = await store.getSavedLeads(id);
      // A create already waiting for the address (from the popup, or an earlier press) is joined, not doubled.
      const waiting = new Map<string, string>();
      for (const item of await outbox.list()) {
        if (item.state === 'pending' && item.operation.kind === 'createLead' && item.operation.draft.email) {
          waiting.set(addressKey(item.operation.draft.email), item.id);
        }
      }
      for (const draft of drafts) {
        // The API refuses a lead without both names: such a draft is skipped here too (the page says why).
        if (!draft.email || missingNames(draft)) continue;
        const key = addressKey(draft.email);
        const state = before.states[key];
        if (state && state !== 'failed') continue;
        // Saved again: the new try replaces the failed one, which would otherwise stay listed as failed.
        if (state === 'failed' && record[key]) await outbox.dismiss(record[key].outboxId);
        const outboxId = waiting.get(key) ?? (await outbox.enqueue({ kind: 'createLead', draft, listId })).id;
        waiting.set(key, outboxId);
        record[key] = { outboxId, outcome: null };
      }
      await store.saveSavedLeads(id, record);
      deliver();
      return progress(id);
    },

    bulkLeadsProgress: ({ id }) => progress(id),
  };
}
