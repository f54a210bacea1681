import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../sandbox/server';
import { readApiKey, removeApiKey, writeApiKey } from '../../secret-store';
import { apiBaseUrl } from '../../settings';
import { keyHandlers } from './key-handlers';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  fakeBrowser.reset();
  await removeApiKey();
  sandbox.reset();
});

describe('saveConnection', () => {
  let changes = 0;
  const handlers = keyHandlers(async () => {
    changes++;
  });

  it('keeps a key and base URL only after the API accepted them, and answers with the account', async () => {
    const { status, account } = await handlers.saveConnection({ apiKey: ` ${SANDBOX_KEYS.demo} `, apiBaseUrl: `${sandbox.apiBase}/` });
    expect(account.data.plan_name).toBe('Pro');
    expect(status).toEqual({ hasKey: true, maskedKey: 'sand••••••••-key', apiBaseUrl: sandbox.apiBase });
    expect(await readApiKey()).toBe(SANDBOX_KEYS.demo);
    expect(await apiBaseUrl.getValue()).toBe(sandbox.apiBase);
    expect(changes).toBeGreaterThan(0);
  });

  it('keeps neither when the key is refused, and the old key stays', async () => {
    await writeApiKey(SANDBOX_KEYS.demo);
    await expect(handlers.saveConnection({ apiKey: 'wrong-key', apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await readApiKey()).toBe(SANDBOX_KEYS.demo);
    expect(await apiBaseUrl.getValue()).not.toBe(sandbox.apiBase);
  });

  it('refuses bad input before any call', async () => {
    await expect(handlers.saveConnection({ apiKey: 'two words', apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ info: { kind: 'invalid_input', details: 'key_whitespace' } });
    await expect(handlers.saveConnection({ apiKey: 'k', apiBaseUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ info: { kind: 'invalid_input', details: 'base_not_http' } });
    await expect(handlers.saveConnection({ apiBaseUrl: sandbox.apiBase })).rejects.toMatchObject({ info: { kind: 'no_key' } });
    const logged = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as unknown[];
    expect(logged).toHaveLength(0);
  });

  it('re-checks the kept key against a new base URL when no key is typed', async () => {
    await writeApiKey(SANDBOX_KEYS.free);
    const { account } = await handlers.saveConnection({ apiBaseUrl: sandbox.apiBase });
    expect(account.data.plan_name).toBe('Free');
  });

  it('removes the key', async () => {
    await writeApiKey(SANDBOX_KEYS.demo);
    expect((await handlers.removeKey(null)).hasKey).toBe(false);
    expect(await readApiKey()).toBeNull();
  });
});
