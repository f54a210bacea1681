import 'fake-indexeddb/auto';
import { createServer } from 'node:net';
import { createStore } from 'idb-keyval';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../sandbox/server';
import { createHunterClient, type HunterClient } from '../hunter';
import { RateLimiter } from '../hunter/rate-limiter';
import { createOutbox, DEFAULT_MAX_ATTEMPTS } from './outbox';
import type { OutboxItem, OutboxOperation } from './types';

// The fault table of every write, against the sandbox over real HTTP with the real client: for each fault on each
// write (and on the look-up a save makes first), what the outbox does at once (delivered, waiting, or failed with
// the reason the user is shown), and — once the API is back — that nothing was lost or sent twice: the requests the
// API received and what it holds. The popup's save and the leads manager's rows are in e2e/fault-table-writes.spec.ts.

type Inject = { status: number; count?: number; id?: string; malformed?: boolean; hang?: boolean; served?: boolean; drop?: boolean };
const OFFLINE = 'offline' as const;
type Settled = 'delivered' | 'failed';
interface Row {
  fault: string;
  inject: Inject | typeof OFFLINE;
  /** Right after the user acted: delivered, failed (with this error kind) or waiting (pending, with this kind). */
  first: 'delivered' | { state: 'pending' | 'failed'; kind: string };
  /** Once the API is back (the fault spent, or still there) and the outbox has run its course. */
  last: Settled;
  /** Requests of the write itself the API received. */
  sent: number;
  /** The API answered "done" for a fault that did nothing (the sandbox's injected answer is all there is): what it
   *  holds is not checked. */
  apiSaysDone?: true;
}

const failed = (kind: string) => ({ state: 'failed' as const, kind });
const waits = (kind: string) => ({ state: 'pending' as const, kind });

/** The refusals: never retried in silence, shown with their reason. Common to every write. */
const REFUSED: Row[] = [
  { fault: '400', inject: { status: 400 }, first: failed('bad_params'), last: 'failed', sent: 1 },
  { fault: '401', inject: { status: 401 }, first: failed('unauthorized'), last: 'failed', sent: 1 },
  { fault: '403 (not a rate limit)', inject: { status: 403, id: 'forbidden' }, first: failed('forbidden'), last: 'failed', sent: 1 },
  { fault: '403 rate limit, once', inject: { status: 403 }, first: 'delivered', last: 'delivered', sent: 2 },
  { fault: '422', inject: { status: 422 }, first: failed('unprocessable'), last: 'failed', sent: 1 },
  { fault: '429', inject: { status: 429 }, first: failed('quota_exceeded'), last: 'failed', sent: 1 },
  { fault: '451', inject: { status: 451 }, first: failed('restricted'), last: 'failed', sent: 1 },
];

/**
 * A create (POST) is never resent by the client: any failure that may be transient waits in the outbox, and the
 * next try looks for what the lost one may have made before creating again. Served-and-lost: 1 request, 1 record.
 */
const CREATE: Row[] = [
  ...REFUSED,
  { fault: '404', inject: { status: 404 }, first: failed('not_found'), last: 'failed', sent: 1 },
  { fault: '503, once', inject: { status: 503 }, first: waits('server'), last: 'delivered', sent: 2 },
  { fault: '500, every time', inject: { status: 500, count: 1000 }, first: waits('server'), last: 'failed', sent: DEFAULT_MAX_ATTEMPTS },
  { fault: 'timeout, not served', inject: { status: 200, hang: true }, first: waits('timeout'), last: 'delivered', sent: 2 },
  { fault: 'timeout, served', inject: { status: 200, hang: true, served: true }, first: waits('timeout'), last: 'delivered', sent: 1 },
  { fault: 'connection dropped (served)', inject: { status: 200, drop: true }, first: waits('network'), last: 'delivered', sent: 1 },
  { fault: 'offline (connection refused)', inject: OFFLINE, first: waits('network'), last: 'delivered', sent: 1 },
  { fault: 'malformed body', inject: { status: 200, malformed: true }, first: waits('malformed'), last: 'delivered', sent: 2 },
  { fault: '202 (no record in the answer)', inject: { status: 202 }, first: waits('malformed'), last: 'delivered', sent: 2 },
  { fault: '222 (no record in the answer)', inject: { status: 222 }, first: waits('malformed'), last: 'delivered', sent: 2 },
];

/**
 * An edit or a delete is the same when sent twice: the client itself tries again (up to 3 more times) after a
 * 5xx, a timeout or a lost connection; only what outlasts that waits in the outbox.
 */
const CHANGE: Row[] = [
  ...REFUSED,
  { fault: '503, once', inject: { status: 503 }, first: 'delivered', last: 'delivered', sent: 2 },
  { fault: '500, every time', inject: { status: 500, count: 1000 }, first: waits('server'), last: 'failed', sent: 4 * DEFAULT_MAX_ATTEMPTS },
  { fault: 'timeout, not served', inject: { status: 200, hang: true }, first: 'delivered', last: 'delivered', sent: 2 },
  { fault: 'timeout, served', inject: { status: 200, hang: true, served: true }, first: 'delivered', last: 'delivered', sent: 2 },
  { fault: 'connection dropped (served)', inject: { status: 200, drop: true }, first: 'delivered', last: 'delivered', sent: 2 },
  { fault: 'offline (connection refused)', inject: OFFLINE, first: waits('network'), last: 'delivered', sent: 1 },
  // A 2xx whose body is not JSON: the change may or may not be in; it waits and is sent again (the same change).
  { fault: 'malformed body', inject: { status: 200, malformed: true }, first: waits('malformed'), last: 'delivered', sent: 2 },
  // The docs answer an edit or a delete with 204 and no body: any other 2xx still says it was taken.
  { fault: '202 (accepted)', inject: { status: 202 }, first: 'delivered', last: 'delivered', sent: 1, apiSaysDone: true },
  { fault: '222', inject: { status: 222 }, first: 'delivered', last: 'delivered', sent: 1, apiSaysDone: true },
];

/** An edit of a lead (or list) deleted elsewhere cannot be delivered: shown. */
const EDIT: Row[] = [...CHANGE, { fault: '404', inject: { status: 404 }, first: failed('not_found'), last: 'failed', sent: 1 }];
/** A delete that finds the record gone did what the user asked (an earlier try whose answer was lost). */
const DELETE: Row[] = [...CHANGE, { fault: '404', inject: { status: 404 }, first: 'delivered', last: 'delivered', sent: 1, apiSaysDone: true }];

/**
 * The look-up a save makes before creating (leads/exist, beyond the docs): a free GET, retried by the client; a
 * 400/404 means the API has no such endpoint, and the documented GET /leads?email= is used instead.
 */
const LOOK_UP: Row[] = [
  { fault: '400', inject: { status: 400 }, first: 'delivered', last: 'delivered', sent: 1 },
  { fault: '401', inject: { status: 401 }, first: failed('unauthorized'), last: 'failed', sent: 0 },
  { fault: '403 (not a rate limit)', inject: { status: 403, id: 'forbidden' }, first: failed('forbidden'), last: 'failed', sent: 0 },
  { fault: '403 rate limit, once', inject: { status: 403 }, first: 'delivered', last: 'delivered', sent: 1 },
  { fault: '404', inject: { status: 404 }, first: 'delivered', last: 'delivered', sent: 1 },
  { fault: '422', inject: { status: 422 }, first: failed('unprocessable'), last: 'failed', sent: 0 },
  { fault: '429', inject: { status: 429 }, first: failed('quota_exceeded'), last: 'failed', sent: 0 },
  { fault: '451', inject: { status: 451 }, first: failed('restricted'), last: 'failed', sent: 0 },
  { fault: '503, once', inject: { status: 503 }, first: 'delivered', last: 'delivered', sent: 1 },
  { fault: '500, every time', inject: { status: 500, count: 1000 }, first: waits('server'), last: 'failed', sent: 0 },
  { fault: 'timeout', inject: { status: 200, hang: true }, first: 'delivered', last: 'delivered', sent: 1 },
  { fault: 'connection dropped', inject: { status: 200, drop: true }, first: 'delivered', last: 'delivered', sent: 1 },
  { fault: 'malformed body', inject: { status: 200, malformed: true }, first: waits('malformed'), last: 'delivered', sent: 1 },
  { fault: '202 (no answer in it)', inject: { status: 202 }, first: waits('malformed'), last: 'delivered', sent: 1 },
];

let sandbox: Sandbox;
/** A port nothing listens on: connecting is refused, as with no network. */
let refusedBase: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  refusedBase = `http://127.0.0.1:${port}/v2`;
});
afterAll(() => sandbox.close());

interface Logged { method: string; path: string; status: number | null }
interface Held { leads: Array<{ id: number; email: string | null; position?: string | null; leads_list_id: number }>; lists: Array<{ id: number; name: string }> }
const control = async <T>(path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as T;
};

interface Write {
  operation: OutboxOperation;
  /** The request the fault is put on, and whose count is `sent`. */
  method: string;
  path: string;
  rows: Row[];
  /** What the API holds when the write went in exactly once, and when it did not go in. */
  holds(held: Held): 'done' | 'untouched' | 'twice';
  /** For the look-up table: the request counted is the create that follows it. */
  counted?: { method: string; path: string };
}

const ada = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@stripe.com' };
const once = (n: number) => (n === 1 ? 'done' : n === 0 ? 'untouched' : 'twice');

const WRITES: Record<string, Write> = {
  'save a lead (POST /leads)': {
    operation: { kind: 'createLead', draft: ada, listId: 2 }, method: 'POST', path: '/v2/leads', rows: CREATE,
    holds: (held) => once(held.leads.filter((lead) => lead.email === ada.email).length),
  },
  'the look-up before a save (GET /leads/exist)': {
    operation: { kind: 'createLead', draft: ada, listId: 2 }, method: 'GET', path: '/v2/leads/exist', rows: LOOK_UP,
    counted: { method: 'POST', path: '/v2/leads' },
    holds: (held) => once(held.leads.filter((lead) => lead.email === ada.email).length),
  },
  'edit a lead (PUT /leads/:id)': {
    operation: { kind: 'updateLead', id: 1, changes: { position: 'Founder' } }, method: 'PUT', path: '/v2/leads/1', rows: EDIT,
    holds: (held) => (held.leads.find((lead) => lead.id === 1)?.position === 'Founder' ? 'done' : 'untouched'),
  },
  'delete a lead (DELETE /leads/:id)': {
    operation: { kind: 'deleteLead', id: 1 }, method: 'DELETE', path: '/v2/leads/1', rows: DELETE,
    holds: (held) => (held.leads.some((lead) => lead.id === 1) ? 'untouched' : 'done'),
  },
  'create a list (POST /leads_lists)': {
    operation: { kind: 'createList', name: 'Events' }, method: 'POST', path: '/v2/leads_lists', rows: CREATE,
    holds: (held) => once(held.lists.filter((list) => list.name === 'Events').length),
  },
  'rename a list (PUT /leads_lists/:id)': {
    operation: { kind: 'renameList', id: 2, name: 'Customers', oldName: 'Prospects' }, method: 'PUT', path: '/v2/leads_lists/2', rows: EDIT,
    holds: (held) => (held.lists.find((list) => list.id === 2)?.name === 'Customers' ? 'done' : 'untouched'),
  },
  'delete a list (DELETE /leads_lists/:id)': {
    operation: { kind: 'deleteList', id: 2, name: 'Prospects' }, method: 'DELETE', path: '/v2/leads_lists/2', rows: DELETE,
    holds: (held) => (held.lists.some((list) => list.id === 2) ? 'untouched' : 'done'),
  },
};

let stores = 0;
function outboxFor(base: () => string) {
  const clients = new Map<string, HunterClient>();
  const client = () => {
    const url = base();
    // A short timeout, and no pause between the client's own tries: the table is about counts, not waiting.
    if (!clients.has(url)) clients.set(url, createHunterClient({ baseUrl: url, apiKey: SANDBOX_KEYS.demo, timeoutMs: 300, sleep: async () => {}, limiter: new RateLimiter() }));
    return clients.get(url)!;
  };
  return createOutbox({ client: async () => client().leads, lists: async () => client().leadsLists, store: createStore(`outbox-faults-${++stores}`, 'items') });
}

for (const [name, write] of Object.entries(WRITES)) {
  describe(`write fault table: ${name}`, () => {
    for (const row of write.rows) {
      const outcome = row.first === 'delivered' ? 'delivered' : `${row.first.state} (${row.first.kind})`;
      it(`${row.fault}: ${outcome}, then ${row.last}; ${row.sent} sent`, async () => {
        await control('reset', {});
        let offline = row.inject === OFFLINE;
        if (row.inject !== OFFLINE) await control('fail-next', { path: write.path, method: write.method, ...row.inject });
        const outbox = outboxFor(() => (offline ? refusedBase : sandbox.apiBase));

        const item = await outbox.enqueue(write.operation);
        const first = (await outbox.deliverItem(item.id))!;
        if (row.first === 'delivered') expect(first.state).toBe('delivered');
        else expect({ state: first.state, kind: first.error?.kind }).toEqual(row.first);

        // The API is back (the network, or the fault spent): the outbox's own tries, until the item settles.
        offline = false;
        let settled: OutboxItem = first;
        for (let tries = 0; settled.state === 'pending' && tries < DEFAULT_MAX_ATTEMPTS; tries++) {
          await outbox.deliver({ force: true });
          settled = (await outbox.get(item.id))!;
        }
        expect(settled.state).toBe(row.last);

        const counted = write.counted ?? write;
        const log = await control<Logged[]>('requests');
        expect(log.filter((r) => r.method === counted.method && r.path === counted.path)).toHaveLength(row.sent);
        // Nothing lost, nothing twice: the write is in exactly once when delivered, not at all when it failed.
        if (!row.apiSaysDone) expect(write.holds(await control<Held>('state'))).toBe(row.last === 'delivered' ? 'done' : 'untouched');
      });
    }
  });
}
