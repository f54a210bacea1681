import type { LeadInput } from '../hunter/types';
import type { ReplyError } from '../messaging/protocol';

// What the outbox holds: every write to the user's leads, recorded the moment the user acts and delivered
// from here (see README.md).

/** A lead as the user saves it; the list is chosen separately. */
export type LeadDraft = Omit<LeadInput, 'leads_list_id'>;

export type OutboxOperation =
  | { kind: 'createLead'; draft: LeadDraft; listId: number | null }
  | { kind: 'updateLead'; id: number; changes: Partial<LeadInput> }
  | { kind: 'deleteLead'; id: number };

/** Where a delivered `createLead` ended up; `existed` when the lead was already there (never created twice). */
export interface SavedLeadPlace {
  leadId: number;
  listId: number | null;
  listName: string | null;
  existed: boolean;
}

export interface OutboxItem {
  id: string;
  /** Delivery order within one lead: the order the user made the changes in. */
  seq: number;
  operation: OutboxOperation;
  queuedAt: number;
  /** Tries that reached (or failed to reach) the API. */
  attempts: number;
  /** Epoch ms before which a pending item is not retried on its own (backoff after a transient failure). */
  nextAttemptAt: number;
  /** Epoch ms before which it is never sent, not even on "Retry now" (a delete's undo window). 0: at once. */
  notBefore: number;
  state: 'pending' | 'delivered' | 'failed';
  /** Pending: the last transient failure. Failed: the reason it was given up, kept for the user to see. */
  error: ReplyError | null;
  /** Delivered `createLead` only. */
  saved: SavedLeadPlace | null;
  settledAt: number | null;
}

export interface EnqueueOptions {
  /** Not sent before this epoch ms (an undo window). */
  notBefore?: number;
}
