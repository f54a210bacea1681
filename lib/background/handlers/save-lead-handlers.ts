import type { LeadChangeOutcome, ListCreateOutcome, SaveLeadOutcome } from '../../messaging/protocol';
import type { OutboxDelivery } from '../../outbox/delivery';
import { missingNames } from '../../outbox/lead-names';
import type { Outbox } from '../../outbox/outbox';
import type { OutboxItem, OutboxOperation } from '../../outbox/types';
import { AppError, invalidInput } from '../app-error';
import type { Handlers } from '../router';

export type SaveLeadHandlers = Pick<
  Handlers,
  | 'saveLead' | 'leadUpdate' | 'leadDelete' | 'leadsImport'
  | 'listCreate' | 'listUpdate' | 'listDelete'
  | 'outboxList' | 'outboxDeliver' | 'outboxDeliverItem' | 'outboxDismiss' | 'outboxRetry' | 'outboxCancel'
>;

/** The longest undo window a page may ask for: a delete must not sit unsent for long. */
const MAX_UNDO_MS = 60_000;

/**
 * Writes to the user's leads: each is recorded in the outbox first, then delivered from there at once, so
 * nothing the user did is lost if the popup closes or the worker stops on the way. The reply waits for the
 * delivery: done, failed (the error, also kept in the outbox with Retry and Dismiss), or still waiting.
 */
export function saveLeadHandlers(outbox: Outbox, delivery: OutboxDelivery): SaveLeadHandlers {
  /** Writes first, then delivers; throws the reason when the API refused it for good. */
  async function write(operation: OutboxOperation): Promise<OutboxItem> {
    const item = await outbox.enqueue(operation);
    const settled = (await delivery.deliverItem(item.id)) ?? item;
    if (settled.state === 'failed') throw new AppError(settled.error ?? { kind: 'internal', status: null, message: 'Not sent' });
    return settled;
  }

  async function dismissFailed(matches: (operation: OutboxOperation) => boolean): Promise<void> {
    for (const item of await outbox.list()) if (item.state === 'failed' && matches(item.operation)) await outbox.dismiss(item.id);
  }

  const changeOutcome = (item: OutboxItem): LeadChangeOutcome =>
    item.state === 'delivered' ? { state: 'done' } : { state: 'queued', outboxId: item.id };

  return {
    async saveLead({ draft, listId, lookIn }): Promise<SaveLeadOutcome> {
      // The API requires both names: an empty one would only earn a 400 (the button asks for them first).
      if (missingNames(draft)) throw invalidInput('A lead needs a first and a last name');
      const email = draft.email?.trim() || null;
      if (email) {
        const waiting = await outbox.pendingCreateFor(email);
        if (waiting) return { state: 'queued', outboxId: waiting.id };
        // Saving again replaces an earlier failed save of the same address: one line, the newest reason.
        for (const old of await outbox.list()) {
          if (old.state === 'failed' && old.operation.kind === 'createLead' && old.operation.draft.email?.trim().toLowerCase() === email.toLowerCase()) {
            await outbox.dismiss(old.id);
          }
        }
      }
      const item = await write({ kind: 'createLead', draft, listId, ...(lookIn && { lookIn }) });
      if (item.state !== 'delivered' || !item.saved) return { state: 'queued', outboxId: item.id };
      const { leadId: id, listId: savedIn, listName, existed } = item.saved;
      return { state: existed ? 'exists' : 'saved', id, listId: savedIn, listName };
    },

    leadUpdate: async ({ id, changes }) => changeOutcome(await write({ kind: 'updateLead', id, changes })),

    async leadDelete({ id, undoMs }) {
      if (!undoMs) return changeOutcome(await write({ kind: 'deleteLead', id }));
      // With an undo window the delete waits in the outbox (not in the page), so quitting still deletes.
      const notBefore = Date.now() + Math.min(Math.max(0, undoMs), MAX_UNDO_MS);
      const item = await outbox.enqueue({ kind: 'deleteLead', id }, { notBefore });
      await delivery.plan();
      return { state: 'queued', outboxId: item.id };
    },

    async leadsImport({ drafts, listId }) {
      // Rows without both names never reach the outbox (the import reports them before asking).
      if (drafts.some(missingNames)) throw invalidInput('A lead needs a first and a last name');
      const ids: string[] = [];
      for (const draft of drafts) ids.push((await outbox.enqueue({ kind: 'createLead', draft, listId, lookIn: 'thisList' })).id);
      await delivery.plan();
      return { ids };
    },

    async listCreate({ name }): Promise<ListCreateOutcome> {
      const trimmed = name.trim();
      if (!trimmed) throw invalidInput('A list needs a name');
      const item = await write({ kind: 'createList', name: trimmed });
      return item.state === 'delivered' && item.createdList ? { state: 'done', list: item.createdList } : { state: 'queued', outboxId: item.id };
    },

    async listUpdate({ id, name, oldName }) {
      const trimmed = name.trim();
      if (!trimmed) throw invalidInput('A list needs a name');
      try {
        return changeOutcome(await write({ kind: 'renameList', id, name: trimmed, oldName }));
      } catch (error) {
        // Deleted elsewhere: the page says so and reloads the lists; a Retry could only fail again.
        if (error instanceof AppError && error.info.kind === 'not_found') await dismissFailed((op) => op.kind === 'renameList' && op.id === id);
        throw error;
      }
    },

    listDelete: async ({ id, name }) => changeOutcome(await write({ kind: 'deleteList', id, name })),

    outboxDeliverItem: ({ id }) => delivery.deliverItem(id),
    outboxList: () => outbox.list(),
    async outboxDeliver() {
      await delivery.deliverNow(true);
      return outbox.list();
    },
    async outboxDismiss({ id }) {
      await outbox.dismiss(id);
      return outbox.list();
    },
    async outboxRetry({ id }) {
      const item = await outbox.retry(id);
      if (item?.state === 'pending') await delivery.deliverItem(id);
      return outbox.list();
    },
    async outboxCancel({ id }) {
      const cancelled = await outbox.cancel(id);
      if (cancelled) await delivery.plan();
      return { cancelled };
    },
  };
}
