import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createResponseCache } from '../cache/response-cache';
import { PRUNE_ALARM, startCachePruning } from './cache-pruning';

describe('cache pruning', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets an hourly alarm that deletes the expired answers', async () => {
    const clock = { now: 0 };
    const store = createStore('pruned-cache', 'responses');
    const cache = createResponseCache({ store, now: () => clock.now });
    await cache.remember('account', 60_000, false, async () => 'plan');
    await cache.remember('search', 3_600_000, false, async () => 'rows');
    startCachePruning(cache);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toMatchObject({ periodInMinutes: 60 });

    clock.now = 120_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: Date.now() });
    await expect.poll(async () => (await entries(store)).map(([key]) => key)).toEqual(['search']);
  });
});
