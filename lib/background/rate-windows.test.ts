import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RateLimiter } from '../hunter/rate-limiter';
import { sessionWindowStore } from './rate-windows';

describe('the rate windows in storage.session', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('a worker started again reads the windows of the one that stopped and does not burst', async () => {
    const first = new RateLimiter(undefined, { store: sessionWindowStore });
    for (let i = 0; i < 15; i++) (await first.acquireSlot('search'))();
    await first.flush();

    // The worker stops; a new one starts 200 ms later with an empty memory.
    await vi.advanceTimersByTimeAsync(200);
    const restarted = new RateLimiter(undefined, { store: sessionWindowStore });
    let granted = false;
    void restarted.acquire('search').then(() => (granted = true));
    let verified = false;
    void restarted.acquire('verify').then(() => (verified = true));
    await vi.advanceTimersByTimeAsync(799);
    expect(verified).toBe(true);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toBe(true);
  });
});
