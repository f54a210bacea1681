import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from './rate-limiter';

// A bulk job's requests are 'low': a click in the popup made while the job fills the queue goes first.
describe('RateLimiter priorities', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('grants a normal request ahead of low ones queued before it', async () => {
    const limiter = new RateLimiter({ search: { perSecond: 1, perMinute: 100 }, verify: { perSecond: 1, perMinute: 100 } });
    const order: string[] = [];
    const grant = (name: string, priority: 'normal' | 'low') =>
      limiter.acquireSlot('search', undefined, priority).then((release) => {
        order.push(name);
        release();
      });
    const all = [grant('bulk 1', 'low'), grant('bulk 2', 'low'), grant('bulk 3', 'low'), grant('popup', 'normal')];
    await vi.advanceTimersByTimeAsync(3_500);
    await Promise.all(all);
    expect(order).toEqual(['bulk 1', 'popup', 'bulk 2', 'bulk 3']);
  });
});
