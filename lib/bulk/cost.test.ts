import { describe, expect, it } from 'vitest';
import { durationAtRate, estimateCost, partThatFits } from './cost';

const search = { perSecond: 15, perMinute: 500 };
const verify = { perSecond: 10, perMinute: 300 };

describe('bulk cost', () => {
  it('times calls at both the per-second and the per-minute limit', () => {
    expect(durationAtRate(0, search)).toBe(0);
    expect(durationAtRate(1, search)).toBe(0);
    expect(durationAtRate(16, search)).toBe(1000);
    expect(durationAtRate(500, search)).toBe(Math.ceil((499 * 1000) / 15));
    // The 501st waits for the first to leave the minute's window.
    expect(durationAtRate(501, search)).toBe(60_000);
    expect(durationAtRate(1000, search)).toBe(60_000 + Math.ceil((499 * 1000) / 15));
    expect(durationAtRate(1000, verify)).toBe(3 * 60_000 + Math.ceil((99 * 1000) / 10));
  });

  it('counts paid calls as what neither the cache nor a guess nor the domain limit answers', () => {
    const e = estimateCost({ questions: 100, cached: 30, guessed: 10, overDomainLimit: 5, remaining: 20, resetDate: '2026-12-01', rule: search, fits: 70 });
    expect(e.paid).toBe(55);
    expect(e.fits).toBe(70);
  });

  it('runs the part that fits: free questions before the cut come along', () => {
    expect(partThatFits([true, false, true, true, false, true], 2)).toBe(3);
    expect(partThatFits([true, true], 5)).toBe(2);
    expect(partThatFits([true, true], 0)).toBe(0);
    expect(partThatFits([false, true], null)).toBe(2);
  });
});
