import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { HunterClient } from '../hunter';
import { toReplyError } from '../background/app-error';
import type { ReplyError } from '../messaging/protocol';
import { keepsWaiting } from './failure-kind';
import type { OutboxItem, OutboxOperation, SavedLeadPlace } from './types';

// A persistent queue of lead writes, delivered in order and exactly once. Everything lives in IndexedDB:
// the MV3 worker may be killed between any two lines, and a restart picks up where it stopped.

export type OutboxClient = Pick<HunterClient['leads'], 'create' | 'update' | 'delete' | 'exist'>;

export interface OutboxOptions {
  /** The client with the current key; throws AppError(no_key) when there is none. */
  client: () => Promise<OutboxClient>;
  store?: UseStore;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
}

const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 15 * 60_000;
/** Delivered items stay a day so a reopened popup can still say "saved". */
const KEEP_DELIVERED_MS = 24 * 3_600_000;

/** Pause after the `attempts`-th failed try: 5 s, 15 s, 45 s… up to 15 min, ±20 % so clients spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 3 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const bySeq = (a: OutboxItem, b: OutboxItem) => a.seq - b.seq || a.id.localeCompare(b.id);

export function createOutbox({
  client,
  store = createStore('quarry-outbox', 'items'),
  now = Date.now,
  random = Math.random,
  newId = () => crypto.randomUUID(),
}: OutboxOptions) {
  // Only guards against two runs in this worker at once; a run cut short by the worker's death is
  // harmless because every step is recorded before the next and creates are checked with leads/exist.
  let running: Promise<void> | null = null;
  let runAgain = false;

  async function all(): Promise<OutboxItem[]> {
    const rows = await entries<string, OutboxItem>(store);
    return rows.map(([, item]) => item).sort(bySeq);
  }

  async function save(item: OutboxItem): Promise<OutboxItem> {
    await set(item.id, item, store);
    return item;
  }

  async function enqueue(operation: OutboxOperation, error: ReplyError | null = null): Promise<OutboxItem> {
    const items = await all();
    const lastSeq = items.reduce((max, item) => Math.max(max, item.seq), 0);
    const at = now();
    return save({
      id: newId(),
      seq: Math.max(lastSeq + 1, at),
      operation,
      queuedAt: at,
      attempts: error ? 1 : 0,
      nextAttemptAt: error ? at + retryDelayMs(1, random) : at,
      state: 'pending',
      error,
      saved: null,
      settledAt: null,
    });
  }

  async function perform(operation: OutboxOperation, api: OutboxClient): Promise<SavedLeadPlace | null> {
    switch (operation.kind) {
      case 'createLead': {
        const email = operation.draft.email?.trim();
        // A try whose answer was lost may have created the lead: look before creating again.
        if (email) {
          const found = await api.exist(email);
          if (found.id !== null) {
            return { leadId: found.id, listId: found.leads_list_id, listName: found.leads_list_name, existed: true };
          }
        }
        const listPart = operation.listId === null ? {} : { leads_list_id: operation.listId };
        const { data } = await api.create({ ...operation.draft, ...listPart });
        return { leadId: data.id, listId: data.leads_list?.id ?? operation.listId, listName: data.leads_list?.name ?? null, existed: false };
      }
      case 'updateLead':
        await api.update(operation.id, operation.changes);
        return null;
      case 'deleteLead':
        try {
          await api.delete(operation.id);
        } catch (error) {
          // Gone already (an earlier try whose answer was lost): what the user asked for is done.
          if (toReplyError(error).kind !== 'not_found') throw error;
        }
        return null;
    }
  }

  /** One pass in order; stops at the first transient failure so later changes never overtake earlier ones. */
  async function runOnce(): Promise<void> {
    const pending = (await all()).filter((item) => item.state === 'pending');
    if (pending.length === 0) return;
    let api: OutboxClient;
    try {
      api = await client();
    } catch (error) {
      const head = pending[0]!;
      await save({ ...head, error: toReplyError(error), nextAttemptAt: now() + retryDelayMs(head.attempts + 1, random) });
      return;
    }
    for (const item of pending) {
      // Re-read: a dismiss or another pass may have settled it meanwhile.
      const current = await get<OutboxItem>(item.id, store);
      if (!current || current.state !== 'pending') continue;
      try {
        const saved = await perform(current.operation, api);
        await save({ ...current, attempts: current.attempts + 1, state: 'delivered', error: null, saved, settledAt: now() });
      } catch (caught) {
        const error = toReplyError(caught);
        const attempts = current.attempts + 1;
        if (keepsWaiting(error)) {
          await save({ ...current, attempts, error, nextAttemptAt: now() + retryDelayMs(attempts, random) });
          return;
        }
        await save({ ...current, attempts, state: 'failed', error, settledAt: now() });
      }
    }
  }

  async function prune(): Promise<void> {
    const cutoff = now() - KEEP_DELIVERED_MS;
    for (const item of await all()) {
      if (item.state === 'delivered' && (item.settledAt ?? 0) < cutoff) await del(item.id, store);
    }
  }

  /** Runs a delivery pass; a call during a pass makes one more pass after it, never two at once. */
  function deliver(): Promise<void> {
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          runAgain = false;
          await runOnce();
        } while (runAgain);
        await prune();
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** The first pending item decides: later ones wait behind it to keep the user's order. */
  async function nextDueAt(): Promise<number | null> {
    const head = (await all()).find((item) => item.state === 'pending');
    return head ? head.nextAttemptAt : null;
  }

  /** Settles every pending item as failed with `error` (the key changed: they belong to the old account). */
  async function failPending(error: ReplyError): Promise<void> {
    for (const item of await all()) {
      if (item.state === 'pending') await save({ ...item, state: 'failed', error, settledAt: now() });
    }
  }

  return {
    enqueue,
    failPending,
    list: all,
    deliver,
    nextDueAt,
    /** Delivers only when the head of the queue is due: cheap enough to call on every message. */
    async deliverIfDue(): Promise<boolean> {
      const due = await nextDueAt();
      if (due === null || due > now()) return false;
      await deliver();
      return true;
    },
    /** Removes a failed (or delivered) item once the user has seen it; pending ones stay. */
    async dismiss(id: string): Promise<void> {
      const item = await get<OutboxItem>(id, store);
      if (item && item.state !== 'pending') await del(id, store);
    },
    /** A pending create for this address, so saving it twice while offline queues it once. */
    async pendingCreateFor(email: string): Promise<OutboxItem | null> {
      const wanted = email.trim().toLowerCase();
      return (
        (await all()).find(
          (item) =>
            item.state === 'pending' &&
            item.operation.kind === 'createLead' &&
            item.operation.draft.email?.trim().toLowerCase() === wanted,
        ) ?? null
      );
    },
    /** True while an earlier change to this lead waits: a new one must queue behind it, not overtake it. */
    async hasPendingFor(leadId: number): Promise<boolean> {
      return (await all()).some(
        (item) => item.state === 'pending' && item.operation.kind !== 'createLead' && item.operation.id === leadId,
      );
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
