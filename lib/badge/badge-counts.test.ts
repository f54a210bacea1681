import { describe, expect, it } from 'vitest';
import { createBadgeCounts } from './badge-counts';

describe('createBadgeCounts', () => {
  it('keeps a few recent counts for a short while only', async () => {
    let clock = 0;
    const asked: string[] = [];
    const counts = createBadgeCounts({
      cached: async () => null,
      ask: async (domain) => (asked.push(domain), 7),
      now: () => clock,
      lifetimeMs: 1_000,
      max: 2,
    });
    await counts.countFor('a.com');
    await counts.countFor('a.com');
    expect(asked).toEqual(['a.com']);
    await counts.countFor('b.com');
    await counts.countFor('c.com');
    expect(counts.domains()).toEqual(['b.com', 'c.com']);
    clock = 1_001;
    await counts.countFor('c.com');
    expect(asked).toEqual(['a.com', 'b.com', 'c.com', 'c.com']);
  });

  it('asks once for a domain asked twice at the same time', async () => {
    let calls = 0;
    const counts = createBadgeCounts({ cached: async () => null, ask: async () => ++calls });
    await Promise.all([counts.countFor('a.com'), counts.countFor('a.com')]);
    expect(calls).toBe(1);
  });
});
