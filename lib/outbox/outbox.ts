import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { HunterClient } from '../hunter';
import { AppError, toReplyError } from '../background/app-error';
import type { ReplyError } from '../messaging/protocol';
import { keepsWaiting } from './failure-kind';
import { missingNames } from './lead-names';
import type { CreatedList, EnqueueOptions, LookIn, OutboxItem, OutboxOperation, SavedLeadPlace } from './types';

// The one writer of the user's leads: every save, edit and delete is recorded here first (IndexedDB, so it
// outlives the MV3 worker, the popup and the browser) and delivered from here. Items of one lead go in the
// order they were made; different leads never wait for each other. See README.md.

export type OutboxClient = Pick<HunterClient['leads'], 'create' | 'update' | 'delete' | 'exist' | 'list'>;
export type OutboxListsClient = Pick<HunterClient['leadsLists'], 'list' | 'create' | 'update' | 'delete'>;

export interface OutboxOptions {
  /** The client with the current key; throws AppError(no_key) when there is none. */
  client: () => Promise<OutboxClient>;
  /** The same for leads lists (create, rename, delete a list); only needed where lists are written. */
  lists?: () => Promise<OutboxListsClient>;
  store?: UseStore;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
  /** Transient failures before an item is given up and shown as failed. */
  maxAttempts?: number;
  /** Leads delivered at the same time (a bulk save must not open a hundred connections). */
  parallel?: number;
}

const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 15 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 6;
/** Delivered items stay a day so a reopened popup can still say "saved". */
const KEEP_DELIVERED_MS = 24 * 3_600_000;

/** Pause after the `attempts`-th failed try: 5 s, 15 s, 45 s… up to 15 min, ±20 % so clients spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 3 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Which record an item is about (a lead, or a list): its changes are delivered in order, other records' go on
 * beside them. A new list has no id yet: it waits for nothing.
 */
export function leadKeyOf(item: Pick<OutboxItem, 'id' | 'operation'>): string {
  const operation = item.operation;
  switch (operation.kind) {
    case 'createLead': {
      const email = operation.draft.email?.trim().toLowerCase();
      return email ? `email:${email}` : `item:${item.id}`;
    }
    case 'createList':
      return `item:${item.id}`;
    case 'renameList':
    case 'deleteList':
      return `list:${operation.id}`;
    default:
      return `lead:${operation.id}`;
  }
}

/** What a delivered item brings back: where a saved lead is, or the list made. */
type Delivered = Pick<OutboxItem, 'saved' | 'createdList'>;

const sameText = (a: string | null | undefined, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();

const bySeq = (a: OutboxItem, b: OutboxItem) => a.seq - b.seq || a.id.localeCompare(b.id);

export function createOutbox({
  client,
  store = createStore('quarry-outbox', 'items'),
  now = Date.now,
  random = Math.random,
  lists,
  newId = () => crypto.randomUUID(),
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
  parallel = 4,
}: OutboxOptions) {
  // In memory only to keep this worker from running one lead twice at once; a delivery cut short by the
  // worker's death is harmless: every step is recorded before the next and creates look before creating.
  const chains = new Map<string, Promise<void>>();
  /** Lead → whether the extra run asked for ignores backoff. */
  const runAgain = new Map<string, boolean>();
  const sending = new Set<string>();
  let free = parallel;
  const waiting: Array<() => void> = [];
  /** Set once the API answered 404/400 to leads/exist (not in the docs): the documented search is used. */
  let existMissing = false;

  async function all(): Promise<OutboxItem[]> {
    const rows = await entries<string, OutboxItem>(store);
    return rows.map(([, item]) => item).sort(bySeq);
  }

  async function save(item: OutboxItem): Promise<OutboxItem> {
    await set(item.id, item, store);
    return item;
  }

  /** The last order number given out. Read from the store once: this worker is the outbox's only writer, and
   *  reading every item on each add made a bulk "Save all" of n addresses cost n² reads. */
  let lastSeq: number | null = null;

  async function nextSeq(at: number): Promise<number> {
    if (lastSeq === null) {
      const highest = (await all()).reduce((max, item) => Math.max(max, item.seq), 0);
      // Another add may have been given a number while this one read.
      lastSeq = Math.max(lastSeq ?? 0, highest);
    }
    lastSeq = Math.max(lastSeq + 1, at);
    return lastSeq;
  }

  async function enqueue(operation: OutboxOperation, options: EnqueueOptions = {}): Promise<OutboxItem> {
    const at = now();
    return save({
      id: newId(),
      seq: await nextSeq(at),
      operation,
      queuedAt: at,
      attempts: 0,
      nextAttemptAt: at,
      notBefore: options.notBefore ?? 0,
      state: 'pending',
      error: null,
      saved: null,
      settledAt: null,
    });
  }

  /**
   * The lead already saved under this address: in the chosen list by the documented search, or anywhere by
   * leads/exist or, where that is missing, the documented search.
   */
  async function findExisting(api: OutboxClient, email: string, listId: number | null, lookIn: LookIn): Promise<SavedLeadPlace | null> {
    if (lookIn === 'thisList' && listId !== null) {
      const { data } = await api.list({ email, lead_list_id: listId, limit: 100 });
      const lead = data.leads.find((candidate) => sameText(candidate.email, email));
      return lead ? { leadId: lead.id, listId, listName: lead.leads_list?.name ?? null, existed: true } : null;
    }
    if (!existMissing) {
      try {
        const found = await api.exist(email);
        return found.id === null
          ? null
          : { leadId: found.id, listId: found.leads_list_id, listName: found.leads_list_name, existed: true };
      } catch (error) {
        const kind = toReplyError(error).kind;
        if (kind !== 'not_found' && kind !== 'bad_params') throw error;
        existMissing = true;
      }
    }
    const { data } = await api.list({ email, limit: 100 });
    const lead = data.leads.find((candidate) => sameText(candidate.email, email));
    return lead
      ? { leadId: lead.id, listId: lead.leads_list?.id ?? null, listName: lead.leads_list?.name ?? null, existed: true }
      : null;
  }

  /** A list of this name, newest first: after a try whose answer was lost, the list it may have made. */
  async function findList(api: OutboxListsClient, name: string): Promise<CreatedList | null> {
    for (let offset = 0; ; offset += 100) {
      const { data, meta } = await api.list({ limit: 100, offset });
      const found = data.leads_lists.filter((list) => sameText(list.name, name)).sort((a, b) => b.id - a.id)[0];
      if (found) return { id: found.id, name: found.name };
      if (data.leads_lists.length < 100 || offset + 100 >= meta.total) return null;
    }
  }

  async function listsApi(): Promise<OutboxListsClient> {
    if (!lists) throw new AppError({ kind: 'internal', status: null, message: 'This outbox does not write leads lists' });
    return lists();
  }

  /**
   * Sends one write. `item.sent`: an earlier try may have been served, so a new list looks before creating;
   * `item.posted`: an earlier try's create left, so the lead a look-up finds is this save's. `posting` records
   * that a create is leaving.
   */
  async function perform(item: OutboxItem, api: OutboxClient, posting: () => Promise<void>): Promise<Delivered> {
    const none: Delivered = { saved: null, createdList: null };
    const operation = item.operation;
    const triedBefore = item.sent === true || item.attempts > 0;
    switch (operation.kind) {
      case 'createLead': {
        if (missingNames(operation.draft)) {
          throw new AppError({ kind: 'invalid_input', status: null, message: 'A lead needs a first and a last name' });
        }
        const email = operation.draft.email?.trim();
        // A try whose answer was lost may have created the lead: look before creating again.
        if (email) {
          const found = await findExisting(api, email, operation.listId, operation.lookIn ?? 'anyList');
          // Found after this save's own create left: it is the lead that create made ("Saved to", not "Already in").
          if (found) return { ...none, saved: item.posted ? { ...found, existed: false } : found };
        }
        await posting();
        const listPart = operation.listId === null ? {} : { leads_list_id: operation.listId };
        const { data } = await api.create({ ...operation.draft, ...listPart });
        const saved = { leadId: data.id, listId: data.leads_list?.id ?? operation.listId, listName: data.leads_list?.name ?? null, existed: false };
        return { ...none, saved };
      }
      case 'updateLead':
        await api.update(operation.id, operation.changes);
        return none;
      case 'deleteLead':
        await deleteGone(() => api.delete(operation.id));
        return none;
      case 'createList': {
        const listsClient = await listsApi();
        // Names are not unique, so only a retry looks: the first try must make a new list even if one has the name.
        const found = triedBefore ? await findList(listsClient, operation.name) : null;
        if (found) return { ...none, createdList: found };
        const { data } = await listsClient.create({ name: operation.name });
        return { ...none, createdList: { id: data.list_id, name: data.name } };
      }
      case 'renameList':
        await (await listsApi()).update(operation.id, { name: operation.name });
        return none;
      case 'deleteList': {
        const listsClient = await listsApi();
        await deleteGone(() => listsClient.delete(operation.id));
        return none;
      }
    }
  }

  /** A delete that finds the record gone (an earlier try whose answer was lost) did what the user asked. */
  async function deleteGone(remove: () => Promise<void>): Promise<void> {
    try {
      await remove();
    } catch (error) {
      if (toReplyError(error).kind !== 'not_found') throw error;
    }
  }

  async function slot(): Promise<() => void> {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    return () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    };
  }

  const headOf = (items: OutboxItem[], key: string) =>
    items.find((item) => item.state === 'pending' && leadKeyOf(item) === key);

  /**
   * Delivers one lead's items in order until none is left, one must wait, or the worker dies. `force`: the
   * user acted (a new change, "Retry now"), so a head waiting out its backoff is tried now; undo windows hold.
   */
  async function runLead(key: string, force: boolean): Promise<void> {
    let api: OutboxClient | null = null;
    for (;;) {
      const first = headOf(await all(), key);
      if (!first || first.notBefore > now() || (!force && first.nextAttemptAt > now())) return;
      const release = await slot();
      try {
        try {
          api ??= await client();
        } catch (error) {
          // No key (yet): wait without spending an attempt; the user may add it back.
          await save({ ...first, error: toReplyError(error), nextAttemptAt: now() + retryDelayMs(first.attempts + 1, random) });
          return;
        }
        // Re-read: an Undo or a key change may have settled it while this waited for a slot.
        const head = await get<OutboxItem>(first.id, store);
        if (!head || head.state !== 'pending') continue;
        sending.add(head.id);
        const attempts = head.attempts + 1;
        // Counted before it leaves: a worker stopped mid-request leaves a mark that this try may have been served.
        let current: OutboxItem = await save({ ...head, attempts, sent: true });
        const posting = async () => {
          if (!current.posted) current = await save({ ...current, posted: true });
        };
        try {
          const delivered = await perform(head, api, posting);
          await save({ ...current, state: 'delivered', error: null, ...delivered, settledAt: now() });
        } catch (caught) {
          const error = toReplyError(caught);
          if (keepsWaiting(error) && attempts < maxAttempts) {
            // This lead's later changes wait behind it; other leads go on.
            await save({ ...current, error, nextAttemptAt: now() + retryDelayMs(attempts, random) });
            return;
          }
          await save({ ...current, state: 'failed', error, settledAt: now() });
        } finally {
          sending.delete(head.id);
        }
      } finally {
        release();
      }
    }
  }

  /** Starts (or re-runs once more) the delivery of one lead; the promise ends when that lead is idle. */
  function deliverLead(key: string, force: boolean): Promise<void> {
    const running = chains.get(key);
    if (running) {
      runAgain.set(key, force || (runAgain.get(key) ?? false));
      return running;
    }
    const run = (async () => {
      try {
        let forced = force;
        for (;;) {
          await runLead(key, forced);
          if (!runAgain.has(key)) break;
          forced = runAgain.get(key)!;
          runAgain.delete(key);
        }
      } finally {
        chains.delete(key);
      }
    })();
    chains.set(key, run);
    return run;
  }

  async function prune(): Promise<void> {
    const cutoff = now() - KEEP_DELIVERED_MS;
    for (const item of await all()) {
      if (item.state === 'delivered' && (item.settledAt ?? 0) < cutoff) await del(item.id, store);
    }
  }

  /** Delivers every lead with something due; `force` ("Retry now") skips backoff. Undo windows always hold. */
  async function deliver({ force = false }: { force?: boolean } = {}): Promise<void> {
    const keys = new Set((await all()).filter((item) => item.state === 'pending').map(leadKeyOf));
    await Promise.all([...keys].map((key) => deliverLead(key, force)));
    await prune();
  }

  /** When the next item is due: the earliest head of a lead (later items of a lead wait behind it). */
  async function nextDueAt(): Promise<number | null> {
    const items = await all();
    const heads = new Map<string, OutboxItem>();
    for (const item of items) {
      if (item.state === 'pending' && !heads.has(leadKeyOf(item))) heads.set(leadKeyOf(item), item);
    }
    let due: number | null = null;
    for (const head of heads.values()) {
      const at = Math.max(head.nextAttemptAt, head.notBefore);
      due = due === null ? at : Math.min(due, at);
    }
    return due;
  }

  return {
    enqueue,
    list: all,
    deliver,
    nextDueAt,
    get: async (id: string) => (await get<OutboxItem>(id, store)) ?? null,

    /** Starts delivering everything, and answers once this item's lead is done with it (or must wait). */
    async deliverItem(id: string): Promise<OutboxItem | null> {
      const item = await get<OutboxItem>(id, store);
      if (!item) return null;
      const own = deliverLead(leadKeyOf(item), true);
      void deliver().catch(() => undefined);
      await own;
      return (await get<OutboxItem>(id, store)) ?? null;
    },

    /** Delivers only when something is due: cheap enough to call on every message. */
    async deliverIfDue(): Promise<boolean> {
      const due = await nextDueAt();
      if (due === null || due > now()) return false;
      await deliver();
      return true;
    },

    /** Settles every pending item not already on its way as failed with `error` (the key changed). */
    async failPending(error: ReplyError): Promise<void> {
      for (const item of await all()) {
        if (item.state === 'pending' && !sending.has(item.id)) await save({ ...item, state: 'failed', error, settledAt: now() });
      }
    },

    /** "Retry": a failed item goes back in the queue, in its original place among its lead's changes. */
    async retry(id: string): Promise<OutboxItem | null> {
      const item = await get<OutboxItem>(id, store);
      if (!item || item.state !== 'failed') return item ?? null;
      return save({ ...item, state: 'pending', attempts: 0, error: null, nextAttemptAt: now(), notBefore: 0, settledAt: null });
    },

    /** "Undo": removes a pending item that has not started; false when it is already on its way or settled. */
    async cancel(id: string): Promise<boolean> {
      const item = await get<OutboxItem>(id, store);
      if (!item || item.state !== 'pending' || sending.has(id)) return false;
      await del(id, store);
      return true;
    },

    /** "Dismiss": forgets a failed (or delivered) item once the user has seen it; pending ones stay. */
    async dismiss(id: string): Promise<void> {
      const item = await get<OutboxItem>(id, store);
      if (item && item.state !== 'pending') await del(id, store);
    },

    /** A pending create for this address, so saving it twice while offline queues it once. */
    async pendingCreateFor(email: string): Promise<OutboxItem | null> {
      const key = leadKeyOf({ id: '', operation: { kind: 'createLead', draft: { first_name: '', last_name: '', email }, listId: null } });
      return (await all()).find((item) => item.state === 'pending' && item.operation.kind === 'createLead' && leadKeyOf(item) === key) ?? null;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
