import type { LeadInput } from '../hunter/types';
import type { ReplyError } from '../messaging/protocol';

// What waits in the outbox: lead writes that failed for a reason a later attempt can fix.

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
  /** Delivery order: the order the user made the changes in. */
  seq: number;
  operation: OutboxOperation;
  queuedAt: number;
  attempts: number;
  /** Epoch ms before which a pending item is not tried again on its own (backoff). */
  nextAttemptAt: number;
  state: 'pending' | 'delivered' | 'failed';
  /** Pending: the last transient failure. Failed: the permanent one, kept for the user to see. */
  error: ReplyError | null;
  /** Delivered `createLead` only. */
  saved: SavedLeadPlace | null;
  settledAt: number | null;
}
