import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../sandbox/server';
import { createHunterClient } from '../hunter';
import { createOutbox } from './outbox';

// Against the sandbox in strict mode: only what the API docs promise. leads/exist answers 404 there, so a save
// must still find an existing lead (GET /leads?email=) and create it exactly once.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ strict: true });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

type Logged = { method: string; path: string; query: Record<string, string>; status: number };
const log = async () => (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as Logged[];
const leadsState = async () => ((await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as { leads: Array<{ email: string | null }> }).leads;

let stores = 0;
function outbox() {
  const client = createHunterClient({ baseUrl: sandbox.apiBase, apiKey: SANDBOX_KEYS.demo });
  return createOutbox({ client: async () => client.leads, store: createStore(`outbox-strict-${++stores}`, 'items') });
}

describe('outbox against the strict sandbox', () => {
  it('refuses leads/exist in strict mode (and only there)', async () => {
    const url = `${sandbox.apiBase}/leads/exist?email=hoon@stripe.com`;
    const headers = { 'X-API-KEY': SANDBOX_KEYS.demo };
    expect((await fetch(url, { headers })).status).toBe(404);
    const lenient = await startSandbox();
    try {
      expect((await fetch(`${lenient.apiBase}/leads/exist?email=hoon@stripe.com`, { headers })).status).toBe(200);
    } finally {
      await lenient.close();
    }
  });

  it('saves a new lead exactly once, and a second save of the address finds it instead of creating it again', async () => {
    const queue = outbox();
    const draft = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@stripe.com' };
    const first = await queue.enqueue({ kind: 'createLead', draft, listId: 2 });
    expect(await queue.deliverItem(first.id)).toMatchObject({ state: 'delivered', saved: { listId: 2, existed: false } });
    const again = await queue.enqueue({ kind: 'createLead', draft, listId: 2 });
    expect(await queue.deliverItem(again.id)).toMatchObject({ state: 'delivered', saved: { listId: 2, listName: 'Prospects', existed: true } });

    expect((await leadsState()).filter((lead) => lead.email === 'ada@stripe.com')).toHaveLength(1);
    const calls = (await log()).map((r) => `${r.method} ${r.path}${r.query.email ? `?email=${r.query.email}` : ''} ${r.status}`);
    expect(calls).toEqual([
      'GET /v2/leads/exist?email=ada@stripe.com 404',
      'GET /v2/leads?email=ada@stripe.com 200',
      'POST /v2/leads 201',
      // Once the API said it has no leads/exist, the documented search alone is used.
      'GET /v2/leads?email=ada@stripe.com 200',
    ]);
  });
});
