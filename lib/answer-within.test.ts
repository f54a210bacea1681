import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerWithin } from './answer-within';

describe('answerWithin', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the answer that comes in time', async () => {
    expect(await answerWithin(Promise.resolve('patrick@stripe.com'), 100)).toBe('patrick@stripe.com');
  });

  it('gives null once the time is up, whatever comes later', async () => {
    vi.useFakeTimers();
    const late = new Promise<string>((done) => setTimeout(() => done('late'), 500));
    const within = answerWithin(late, 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(await within).toBeNull();
  });
});
