import { describe, expect, it } from 'vitest';
import { HunterError } from '../hunter';
import { invalidInput } from './app-error';
import { createRouter, type Handlers } from './router';
import { classifySender } from './sender-policy';

const OWN_ID = 'quarry-id';
const OWN_ORIGIN = 'chrome-extension://quarry-id/';
const fromOptionsPage = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };
const fromContentScript = { id: OWN_ID, url: 'https://www.stripe.com/jobs', tab: { id: 3 } as never };
const fromOtherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

function routerWith(partial: Partial<Handlers>) {
  return createRouter({ ownId: OWN_ID, ownOrigin: OWN_ORIGIN, handlers: partial as Handlers });
}

describe('classifySender', () => {
  it("tells Quarry's pages from content scripts and from anyone else", () => {
    expect(classifySender(fromOptionsPage, OWN_ID, OWN_ORIGIN)).toBe('extension-page');
    expect(classifySender({ ...fromOptionsPage, tab: { id: 1 } as never }, OWN_ID, OWN_ORIGIN)).toBe('extension-page');
    expect(classifySender(fromContentScript, OWN_ID, OWN_ORIGIN)).toBe('content-script');
    expect(classifySender(fromOtherExtension, OWN_ID, OWN_ORIGIN)).toBe('foreign');
    expect(classifySender({ id: OWN_ID, url: 'https://evil.example/' }, OWN_ID, OWN_ORIGIN)).toBe('foreign');
  });
});

describe('router', () => {
  const status = { hasKey: true, maskedKey: 'sand••••', apiBaseUrl: 'http://x' };

  it('answers Quarry pages with the handler result', async () => {
    const route = routerWith({ getKeyStatus: async () => status });
    expect(await route({ type: 'getKeyStatus', data: null }, fromOptionsPage)).toEqual({ ok: true, data: status });
  });

  it('refuses content scripts and other extensions anything not meant for them, without running it', async () => {
    let ran = false;
    const route = routerWith({ getKeyStatus: async () => { ran = true; return status; } });
    for (const sender of [fromContentScript, fromOtherExtension]) {
      const reply = await route({ type: 'getKeyStatus', data: null }, sender);
      expect(reply).toMatchObject({ ok: false, error: { kind: 'not_allowed' } });
    }
    expect(ran).toBe(false);
  });

  it('rejects what is not a message of the protocol', async () => {
    const route = routerWith({});
    for (const message of [null, 'hello', { type: 'toString' }, { type: 'stealKey', data: null }]) {
      expect(await route(message, fromOptionsPage)).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    }
  });

  it('turns API errors and refusals into plain error replies', async () => {
    const route = routerWith({
      account: async () => { throw new HunterError('quota_exceeded', { status: 429, id: 'too_many_requests', details: 'Quota used up' }); },
      saveConnection: async () => { throw invalidInput('The API key is empty', 'key_empty'); },
    });
    const quota = await route({ type: 'account', data: {} }, fromOptionsPage);
    expect(quota).toMatchObject({ ok: false, error: { kind: 'quota_exceeded', status: 429 } });
    expect(JSON.parse(JSON.stringify(quota))).toEqual(quota);
    const bad = await route({ type: 'saveConnection', data: { apiBaseUrl: 'x' } }, fromOptionsPage);
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid_input', details: 'key_empty' } });
  });
});
