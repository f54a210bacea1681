import type { LeadChangeOutcome } from '../../messaging/protocol';
import type { OutboxDelivery } from '../../outbox/delivery';
import { isTransient } from '../../outbox/failure-kind';
import type { Outbox } from '../../outbox/outbox';
import { toReplyError } from '../app-error';
import type { OutboxOperation } from '../../outbox/types';
import { AppError } from '../app-error';
import { clientWithKey } from '../hunter-access';
import type { Handlers } from '../router';

export type SaveLeadHandlers = Pick<
  Handlers,
  'saveLead' | 'outboxList' | 'outboxDeliver' | 'outboxDismiss' | 'leadUpdate' | 'leadDelete'
>;

const api = async () => (await clientWithKey()).client;

/**
 * Writes to the user's leads that must not be lost: tried at once, and on a transient failure (offline,
 * 5xx, rate limit) kept in the outbox and delivered later. Permanent failures reach the user as errors.
 */
export function saveLeadHandlers(outbox: Outbox, delivery: OutboxDelivery): SaveLeadHandlers {
  async function queue(operation: OutboxOperation, error: ReturnType<typeof toReplyError> | null) {
    const item = await outbox.enqueue(operation, error);
    await delivery.plan();
    return { state: 'queued' as const, outboxId: item.id };
  }

  /** Runs `write` unless earlier changes to the same lead still wait; queues it on a transient failure. */
  async function changeLead(
    operation: Extract<OutboxOperation, { kind: 'updateLead' | 'deleteLead' }>,
    write: () => Promise<void>,
  ): Promise<LeadChangeOutcome> {
    if (await outbox.hasPendingFor(operation.id)) {
      const queued = await queue(operation, null);
      void delivery.deliverNow();
      return queued;
    }
    try {
      await write();
      return { state: 'done' };
    } catch (caught) {
      const error = toReplyError(caught);
      if (!isTransient(error)) throw new AppError(error);
      return queue(operation, error);
    }
  }

  return {
    async saveLead({ draft, listId }) {
      const email = draft.email?.trim() || null;
      if (email) {
        const waiting = await outbox.pendingCreateFor(email);
        if (waiting) return { state: 'queued', outboxId: waiting.id };
      }
      try {
        const client = await api();
        if (email) {
          const found = await client.leads.exist(email);
          if (found.id !== null) {
            return { state: 'exists', id: found.id, listId: found.leads_list_id, listName: found.leads_list_name };
          }
        }
        const listPart = listId === null ? {} : { leads_list_id: listId };
        const { data } = await client.leads.create({ ...draft, ...listPart });
        return { state: 'saved', lead: data };
      } catch (caught) {
        const error = toReplyError(caught);
        if (!isTransient(error)) throw new AppError(error);
        return queue({ kind: 'createLead', draft, listId }, error);
      }
    },

    leadUpdate: ({ id, changes }) =>
      changeLead({ kind: 'updateLead', id, changes }, async () => (await api()).leads.update(id, changes)),
    leadDelete: ({ id }) => changeLead({ kind: 'deleteLead', id }, async () => (await api()).leads.delete(id)),

    outboxList: () => outbox.list(),
    async outboxDeliver() {
      await delivery.deliverNow();
      return outbox.list();
    },
    async outboxDismiss({ id }) {
      await outbox.dismiss(id);
      return outbox.list();
    },
  };
}
