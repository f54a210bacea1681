import type { LeadInput } from '../hunter/types';
import type { ReplyError } from '../messaging/protocol';

// What the outbox holds: every write to the user's leads, recorded the moment the user acts and delivered
// from here (see README.md).

/** A lead as the user saves it; the list is chosen separately. */
export type LeadDraft = Omit<LeadInput, 'leads_list_id'>;

/**
 * Where a create looks before creating (so a try whose answer was lost never creates twice):
 * `anyList` (default): the address anywhere in the account — "Save as lead" says "already in X";
 * `thisList`: only the chosen list — New lead and CSV import may put an address in a second list.
 */
export type LookIn = 'anyList' | 'thisList';

export type OutboxOperation =
  | { kind: 'createLead'; draft: LeadDraft; listId: number | null; lookIn?: LookIn }
  | { kind: 'updateLead'; id: number; changes: Partial<LeadInput> }
  | { kind: 'deleteLead'; id: number }
  | { kind: 'createList'; name: string }
  | { kind: 'renameList'; id: number; name: string; oldName: string }
  | { kind: 'deleteList'; id: number; name: string };

/** A list made by a delivered `createList`. */
export interface CreatedList {
  id: number;
  name: string;
}

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
  /** A try has left for the API (its answer may have been lost); kept across Retry. */
  sent?: boolean;
  /** A create (`POST`) has left for the API after its look-up found nothing: a later try that finds the lead
   *  found the one this save made, not one that was there before. Kept across Retry. */
  posted?: boolean;
  /** Epoch ms before which a pending item is not retried on its own (backoff after a transient failure). */
  nextAttemptAt: number;
  /** Epoch ms before which it is never sent, not even on "Retry now" (a delete's undo window). 0: at once. */
  notBefore: number;
  state: 'pending' | 'delivered' | 'failed';
  /** Pending: the last transient failure. Failed: the reason it was given up, kept for the user to see. */
  error: ReplyError | null;
  /** Delivered `createLead` only. */
  saved: SavedLeadPlace | null;
  /** Delivered `createList` only (absent on items stored before lists went through the outbox). */
  createdList?: CreatedList | null;
  settledAt: number | null;
}

export interface EnqueueOptions {
  /** Not sent before this epoch ms (an undo window). */
  notBefore?: number;
}
