import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createResponseCache } from '../cache/response-cache';
import { writeApiBaseUrl } from '../secret-store';
import { badgeCountSource } from './badge-source';
import { lookupHandlers } from './handlers/lookup-handlers';

const BASE = 'https://api.example.test/v2';

function fakeCountApi() {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const domain = new URL(url).searchParams.get('domain')!;
    asked.push(domain);
    return new Response(JSON.stringify({ data: { total: domain.length, personal_emails: 0, generic_emails: 0 }, meta: { params: { domain } } }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return asked;
}

let storeCount = 0;

describe('the badge counts', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await writeApiBaseUrl(BASE);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('leave no trace of the sites visited in the persistent cache', async () => {
    const asked = fakeCountApi();
    const store = createStore(`badge-cache-${++storeCount}`, 'responses');
    const counts = badgeCountSource(createResponseCache({ store }));
    for (const domain of ['stripe.com', 'bank.example', 'clinic.example', 'stripe.com']) await counts.countFor(domain);
    expect(asked).toEqual(['stripe.com', 'bank.example', 'clinic.example']);
    expect(await entries(store)).toEqual([]);
  });

  it('reuse the count the popup already asked, without a call', async () => {
    const asked = fakeCountApi();
    const store = createStore(`badge-cache-${++storeCount}`, 'responses');
    const cache = createResponseCache({ store });
    await lookupHandlers(cache).emailCount({ domain: 'stripe.com' });
    expect(asked).toEqual(['stripe.com']);
    expect(await badgeCountSource(cache).countFor('stripe.com')).toBe('stripe.com'.length);
    expect(asked).toEqual(['stripe.com']);
  });
});
