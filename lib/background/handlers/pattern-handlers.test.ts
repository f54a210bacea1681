import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cacheKey, createResponseCache } from '../../cache/response-cache';
import { readApiBaseUrl, writeApiBaseUrl } from '../../secret-store';
import { patternHandlers } from './pattern-handlers';

let stores = 0;
const clock = { now: 10_000_000 };
const newCache = () => createResponseCache({ store: createStore(`pattern-test-${++stores}`, 'responses'), now: () => clock.now });
const search = (domain: string, pattern: string | null) => async () => ({ data: { domain, pattern, emails: [] }, meta: {} });

describe('knownPattern', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    clock.now = 10_000_000;
  });

  it('answers the pattern of any cached domain search of that domain, whatever its filters, and makes no call', async () => {
    const cache = newCache();
    const base = await readApiBaseUrl();
    await cache.remember(cacheKey(base, 'domain-search', { domain: 'bbc.co.uk', type: 'personal', limit: 10, offset: 0 }), 1e9, false, search('bbc.co.uk', '{first}.{last}'));
    await cache.remember(cacheKey(base, 'domain-search', { domain: 'stripe.com', limit: 10 }), 1e9, false, search('stripe.com', '{first}'));
    const handlers = patternHandlers(cache);
    expect(await handlers.knownPattern({ domain: 'https://www.BBC.co.uk/news' })).toEqual({ domain: 'bbc.co.uk', pattern: '{first}.{last}', fetchedAt: clock.now });
    expect(await handlers.knownPattern({ domain: 'stripe.com' })).toMatchObject({ pattern: '{first}' });
    // Nothing cached, a search with no pattern, a finder answer or a company-name search: no pattern.
    await cache.remember(cacheKey(base, 'domain-search', { domain: 'empty.example' }), 1e9, false, search('empty.example', null));
    await cache.remember(cacheKey(base, 'email-finder', { domain: 'asana.com', first_name: 'a', last_name: 'b' }), 1e9, false, async () => ({ data: { pattern: '{first}' } }));
    await cache.remember(cacheKey(base, 'domain-search', { company: 'asana.com' }), 1e9, false, search('asana.com', '{first}'));
    for (const domain of ['asana.com', 'empty.example', 'gmail', '']) expect(await handlers.knownPattern({ domain }), domain).toBeNull();
  });

  it('forgets what the cache has outlived, and what another API base answered', async () => {
    const cache = newCache();
    await cache.remember(cacheKey(await readApiBaseUrl(), 'domain-search', { domain: 'bbc.co.uk' }), 1e9, false, search('bbc.co.uk', '{f}{last}'));
    const handlers = patternHandlers(cache);
    expect(await handlers.knownPattern({ domain: 'bbc.co.uk' })).toMatchObject({ pattern: '{f}{last}' });
    clock.now += 25 * 3_600_000; // past the default 24 h lifetime
    expect(await handlers.knownPattern({ domain: 'bbc.co.uk' })).toBeNull();
    clock.now -= 25 * 3_600_000;
    await writeApiBaseUrl('https://other.example/v2');
    expect(await handlers.knownPattern({ domain: 'bbc.co.uk' })).toBeNull();
  });
});
