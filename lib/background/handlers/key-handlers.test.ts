import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../sandbox/server';
import { readApiBaseUrl, readApiKey, writeApiKey, writeConnection } from '../../secret-store';
import { keyHandlers } from './key-handlers';
import { createStore, get } from 'idb-keyval';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  fakeBrowser.reset();
  // Sentences by their message name: what the user would read is checked in the e2e tests.
  fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
  await writeConnection({ apiKey: null, apiBaseUrl: 'https://api.hunter.io/v2' });
  sandbox.reset();
});

describe('saveConnection', () => {
  const changes: Array<{ keyChanged: boolean }> = [];
  /** What the connection switch saw, in order, with the key stored at that moment. */
  const steps: string[] = [];
  const handlers = keyHandlers({
    async settle(change) {
      changes.push(change);
      steps.push(`settle with ${await readApiKey()}`);
    },
    async forget() {
      steps.push(`forget with ${await readApiKey()}`);
    },
  });

  it('keeps a key and base URL only after the API accepted them, and answers with the account', async () => {
    const { status, account } = await handlers.saveConnection({ apiKey: ` ${SANDBOX_KEYS.demo} `, apiBaseUrl: `${sandbox.apiBase}/` });
    expect(account.data.plan_name).toBe('Pro');
    expect(status).toEqual({ hasKey: true, maskedKey: 'sand••••••••-key', apiBaseUrl: sandbox.apiBase });
    expect(await readApiKey()).toBe(SANDBOX_KEYS.demo);
    expect(await readApiBaseUrl()).toBe(sandbox.apiBase);
    expect(changes.at(-1)).toEqual({ keyChanged: true });
  });

  it('keeps neither when the key is refused, and the old key stays', async () => {
    await writeApiKey(SANDBOX_KEYS.demo);
    await expect(handlers.saveConnection({ apiKey: 'wrong-key', apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await readApiKey()).toBe(SANDBOX_KEYS.demo);
    expect(await readApiBaseUrl()).not.toBe(sandbox.apiBase);
  });

  it('refuses bad input before any call', async () => {
    await expect(handlers.saveConnection({ apiKey: 'two words', apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ info: { kind: 'invalid_input', details: 'options_keyWhitespace' } });
    await expect(handlers.saveConnection({ apiKey: 'k', apiBaseUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ info: { kind: 'invalid_input', details: 'options_baseNotHttps' } });
    // In clear text across a network: refused, whatever the key.
    await expect(handlers.saveConnection({ apiKey: 'k', apiBaseUrl: 'http://api.example.com/v2' })).rejects.toMatchObject({ info: { kind: 'invalid_input' } });
    await expect(handlers.saveConnection({ apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ info: { kind: 'no_key' } });
    const logged = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as unknown[];
    expect(logged).toHaveLength(0);
  });

  it('re-checks the kept key when the base URL stays on the same API, without it being typed again', async () => {
    await writeConnection({ apiKey: SANDBOX_KEYS.free, apiBaseUrl: `${sandbox.apiBase}/` });
    const { account } = await handlers.saveConnection({ apiBaseUrl: sandbox.apiBase });
    expect(account.data.plan_name).toBe('Free');
    // The same key again: what waits in the outbox still belongs to this account.
    expect(changes.at(-1)).toEqual({ keyChanged: false });
  });

  it('never sends the kept key to another API: it must be typed again', async () => {
    await writeConnection({ apiKey: SANDBOX_KEYS.demo, apiBaseUrl: 'https://api.hunter.io/v2' });
    await expect(handlers.saveConnection({ apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ info: { details: 'options_keyForNewBase' } });
    const logged = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as unknown[];
    expect(logged).toHaveLength(0);
    expect(await readApiBaseUrl()).toBe('https://api.hunter.io/v2');
  });

  it('settles what waits under the old key first, then forgets the cache, then keeps key and base as one record', async () => {
    await writeConnection({ apiKey: SANDBOX_KEYS.free, apiBaseUrl: 'https://api.hunter.io/v2' });
    steps.length = 0;
    await handlers.saveConnection({ apiKey: SANDBOX_KEYS.demo, apiBaseUrl: sandbox.apiBase });
    expect(steps).toEqual([`settle with ${SANDBOX_KEYS.free}`, `forget with ${SANDBOX_KEYS.free}`, `forget with ${SANDBOX_KEYS.demo}`]);
    const record = await get('connection', createStore('quarry-secrets', 'secrets'));
    expect(record).toEqual({ apiKey: SANDBOX_KEYS.demo, apiBaseUrl: sandbox.apiBase });
  });

  it('removes the key', async () => {
    await writeApiKey(SANDBOX_KEYS.demo);
    expect((await handlers.removeKey(null)).hasKey).toBe(false);
    expect(changes.at(-1)).toEqual({ keyChanged: true });
    expect(await readApiKey()).toBeNull();
  });
});
