import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { cacheKey, createResponseCache } from './response-cache';

let storeCount = 0;
function makeCache(clock: { now: number }) {
  return createResponseCache({ store: createStore(`test-cache-${++storeCount}`, 'responses'), now: () => clock.now });
}

describe('response cache', () => {
  it('answers a repeated question from the cache within its lifetime', async () => {
    const clock = { now: 1_000 };
    const cache = makeCache(clock);
    let calls = 0;
    const fetcher = async () => ({ answer: ++calls });
    const first = await cache.remember('k', 60_000, false, fetcher);
    clock.now += 59_000;
    const second = await cache.remember('k', 60_000, false, fetcher);
    expect(first).toEqual({ value: { answer: 1 }, fetchedAt: 1_000, fromCache: false });
    expect(second).toEqual({ value: { answer: 1 }, fetchedAt: 1_000, fromCache: true });
    expect(calls).toBe(1);
  });

  it('drops an answer still on its way when the cache is cleared (a key change): handed back, never kept', async () => {
    const cache = makeCache({ now: 1_000 });
    let answer: (value: string) => void = () => {};
    const underOldKey = cache.remember('k', 60_000, false, () => new Promise<string>((resolve) => (answer = resolve)));
    await cache.clear();
    // A question asked after the change does not join the old key's request.
    const underNewKey = cache.remember('k', 60_000, false, async () => 'new account');
    answer('old account');
    expect((await underOldKey).value).toBe('old account');
    expect((await underNewKey).value).toBe('new account');
    expect(await cache.lookup('k', 60_000)).toMatchObject({ value: 'new account' });
  });

  it('asks again once the lifetime is over, or when refresh is asked for', async () => {
    const clock = { now: 0 };
    const cache = makeCache(clock);
    let calls = 0;
    const fetcher = async () => ++calls;
    await cache.remember('k', 1_000, false, fetcher);
    clock.now = 1_001;
    expect((await cache.remember('k', 1_000, false, fetcher)).value).toBe(2);
    expect((await cache.remember('k', 1_000, true, fetcher)).value).toBe(3);
  });

  it('coalesces identical questions in flight into one call', async () => {
    const cache = makeCache({ now: 0 });
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetcher = async () => {
      calls++;
      await gate;
      return 'answer';
    };
    const both = Promise.all([cache.remember('k', 1_000, false, fetcher), cache.remember('k', 1_000, false, fetcher)]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const [a, b] = await both;
    expect(calls).toBe(1);
    expect(a.value).toBe('answer');
    expect(b.value).toBe('answer');
  });

  it('keeps nothing when the call fails, so the next try asks again', async () => {
    const cache = makeCache({ now: 0 });
    await expect(cache.remember('k', 1_000, false, async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.lookup('k', 1_000)).toBeNull();
  });
});

describe('cacheKey', () => {
  it('ignores case, surrounding spaces, empty values and the refresh flag', () => {
    expect(cacheKey('b', 'domain-search', { domain: ' Stripe.com ', type: undefined, refresh: true, offset: 0 })).toBe(
      cacheKey('b', 'domain-search', { offset: 0, domain: 'stripe.com', type: '' }),
    );
  });

  it('tells apart different questions and different API bases', () => {
    expect(cacheKey('b', 'domain-search', { domain: 'stripe.com', offset: 0 })).not.toBe(
      cacheKey('b', 'domain-search', { domain: 'stripe.com', offset: 10 }),
    );
    expect(cacheKey('a', 'email-count', { domain: 'x.com' })).not.toBe(cacheKey('b', 'email-count', { domain: 'x.com' }));
  });
});

describe('pruning', () => {
  it('deletes the entries past their own lifetime and keeps the rest', async () => {
    const clock = { now: 0 };
    const cache = makeCache(clock);
    await cache.remember('short', 60_000, false, async () => 'account');
    await cache.remember('long', 86_400_000, false, async () => 'search');
    clock.now = 60_001;
    expect(await cache.prune(86_400_000)).toBe(1);
    expect(await cache.lookup('short', Infinity)).toBeNull();
    expect((await cache.lookup('long', Infinity))?.value).toBe('search');
    clock.now = 86_400_001;
    expect(await cache.prune(86_400_000)).toBe(1);
    expect(await cache.lookup('long', Infinity)).toBeNull();
  });

  it('prunes an entry written without an expiry once it is older than the longest lifetime', async () => {
    const clock = { now: 0 };
    const store = createStore(`test-cache-${++storeCount}`, 'responses');
    const cache = createResponseCache({ store, now: () => clock.now });
    await set('old', { value: 1, fetchedAt: 0 }, store);
    clock.now = 1_000;
    expect(await cache.prune(2_000)).toBe(0);
    clock.now = 2_000;
    expect(await cache.prune(2_000)).toBe(1);
  });
});
