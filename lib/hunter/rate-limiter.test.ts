import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RATE_RULES, RateLimiter, type StoredWindows, type WindowStore } from './rate-limiter';

// Fake timers drive both Date.now and setTimeout, so windows can be crossed to the millisecond.

function track(limiter: RateLimiter, family: 'search' | 'verify', count: number, signal?: AbortSignal) {
  const passed: number[] = [];
  const promises = Array.from({ length: count }, (_, i) =>
    limiter.acquire(family, signal).then(
      () => void passed.push(i),
      () => undefined,
    ),
  );
  return { passed, promises };
}

describe('RateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('has the documented defaults', () => {
    expect(DEFAULT_RATE_RULES).toEqual({
      search: { perSecond: 15, perMinute: 500 },
      verify: { perSecond: 10, perMinute: 300 },
    });
  });

  it('lets 15 searches through in a second, not 16', async () => {
    const limiter = new RateLimiter();
    const { passed } = track(limiter, 'search', 16);
    await vi.advanceTimersByTimeAsync(999);
    expect(passed).toHaveLength(15);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(16);
  });

  it('serves waiters first come, first served', async () => {
    const limiter = new RateLimiter({ search: { perSecond: 2, perMinute: 100 }, verify: { perSecond: 1, perMinute: 1 } });
    const { passed } = track(limiter, 'search', 7);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(passed).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('uses a sliding window, not calendar seconds', async () => {
    const limiter = new RateLimiter({ search: { perSecond: 2, perMinute: 100 }, verify: { perSecond: 1, perMinute: 1 } });
    await limiter.acquire('search');
    await vi.advanceTimersByTimeAsync(600);
    await limiter.acquire('search');
    const { passed } = track(limiter, 'search', 2);
    // The first grant (t=0) leaves the window at t=1000, the second (t=600) at t=1600.
    await vi.advanceTimersByTimeAsync(399);
    expect(passed).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(599);
    expect(passed).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(2);
  });

  it('holds the per-minute limit', async () => {
    const limiter = new RateLimiter();
    const { passed } = track(limiter, 'verify', 301);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(passed).toHaveLength(300);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(301);
  });

  it('never exceeds the limits in any window over a long run', async () => {
    const limiter = new RateLimiter();
    const times: number[] = [];
    for (let i = 0; i < 600; i++) void limiter.acquire('search').then(() => times.push(Date.now()));
    await vi.advanceTimersByTimeAsync(130_000);
    expect(times).toHaveLength(600);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((t) => t > times[i]! - 1_000 && t <= times[i]!).length).toBeLessThanOrEqual(15);
      expect(times.filter((t) => t > times[i]! - 60_000 && t <= times[i]!).length).toBeLessThanOrEqual(500);
    }
  });

  it('keeps families apart', async () => {
    const limiter = new RateLimiter();
    const search = track(limiter, 'search', 15);
    const verify = track(limiter, 'verify', 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(search.passed).toHaveLength(15);
    expect(verify.passed).toHaveLength(10);
  });

  it('drops an aborted waiter and lets the next one take its place', async () => {
    const limiter = new RateLimiter({ search: { perSecond: 1, perMinute: 100 }, verify: { perSecond: 1, perMinute: 1 } });
    await limiter.acquire('search');
    const controller = new AbortController();
    const aborted = limiter.acquire('search', controller.signal);
    const next = track(limiter, 'search', 1);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ kind: 'aborted' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(next.passed).toHaveLength(1);
  });

  it('rejects at once with an already aborted signal', async () => {
    const limiter = new RateLimiter();
    await expect(limiter.acquire('search', AbortSignal.abort())).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('keeps a held slot in the windows until it is released, then for a full window', async () => {
    const limiter = new RateLimiter({ search: { perSecond: 2, perMinute: 100 }, verify: { perSecond: 1, perMinute: 1 } });
    const releaseA = await limiter.acquireSlot('search');
    const releaseB = await limiter.acquireSlot('search');
    const { passed } = track(limiter, 'search', 1);
    // Both still in flight: however long they take, they still count.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(passed).toHaveLength(0);
    releaseA();
    releaseA(); // twice is harmless
    await vi.advanceTimersByTimeAsync(999);
    expect(passed).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(1);
    releaseB();
  });

  it('lets a waiter in as soon as an in-flight slot frees room', async () => {
    const limiter = new RateLimiter({ search: { perSecond: 1, perMinute: 100 }, verify: { perSecond: 1, perMinute: 1 } });
    const release = await limiter.acquireSlot('search');
    const { passed } = track(limiter, 'search', 1);
    await vi.advanceTimersByTimeAsync(300);
    release();
    await vi.advanceTimersByTimeAsync(999);
    expect(passed).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(1);
  });
});

describe('RateLimiter with a WindowStore (a worker stopped and started again)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  function memoryStore() {
    let saved: StoredWindows | null = null;
    const store: WindowStore = {
      load: async () => structuredClone(saved),
      save: async (windows) => void (saved = structuredClone(windows)),
    };
    return { store, saved: () => saved };
  }
  const rules = { search: { perSecond: 2, perMinute: 3 }, verify: { perSecond: 1, perMinute: 1 } };

  it('keeps the per-second and per-minute windows across a restart', async () => {
    const { store } = memoryStore();
    const before = new RateLimiter(rules, { store });
    await before.acquire('search');
    await before.acquire('search');
    await before.flush();
    await vi.advanceTimersByTimeAsync(1_000);
    await before.acquire('search');
    await before.flush();

    const after = new RateLimiter(rules, { store });
    const { passed } = track(after, 'search', 1);
    // Three in the last minute: the next one waits for the first to leave it, at t = 60 s.
    await vi.advanceTimersByTimeAsync(58_999);
    expect(passed).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(1);
  });

  it('counts a request left in flight by the stopped worker from the restart', async () => {
    const { store, saved } = memoryStore();
    const before = new RateLimiter(rules, { store });
    await before.acquireSlot('verify'); // never released: the worker stopped mid-request
    await before.flush();
    expect(saved()?.verify).toEqual([{ at: null, grantedAt: Date.now() }]);

    await vi.advanceTimersByTimeAsync(30_000);
    const after = new RateLimiter(rules, { store });
    const { passed } = track(after, 'verify', 1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(passed).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveLength(1);
  });

  it('works from memory when the store fails', async () => {
    const store: WindowStore = { load: async () => Promise.reject(new Error('gone')), save: async () => Promise.reject(new Error('full')) };
    const limiter = new RateLimiter(rules, { store });
    const { passed } = track(limiter, 'search', 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toHaveLength(2);
  });
});
