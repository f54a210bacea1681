import { describe, expect, it } from 'vitest';
import { readAccountUsage } from './account-usage';
import type { AccountData } from './types';

const base: AccountData = {
  first_name: 'Antoine',
  last_name: 'Finkelstein',
  email: 'antoine@hunter.io',
  plan_name: 'Pro',
  plan_level: 4,
  reset_date: '2017-05-29',
  team_id: 1,
};

describe('readAccountUsage', () => {
  it('reads the newer requests.searches / verifications', () => {
    const usage = readAccountUsage({
      ...base,
      requests: { searches: { used: 12, available: 5000 }, verifications: { used: 3, available: 10000 } },
    });
    expect(usage).toEqual({
      searches: { used: 12, available: 5000 },
      verifications: { used: 3, available: 10000 },
      resetDate: '2017-05-29',
    });
  });

  it('falls back to the older calls as searches', () => {
    expect(readAccountUsage({ ...base, calls: { used: 28526, available: 50000 } })).toEqual({
      searches: { used: 28526, available: 50000 },
      verifications: null,
      resetDate: '2017-05-29',
    });
  });

  it('prefers requests when both generations are present', () => {
    const usage = readAccountUsage({
      ...base,
      calls: { used: 1, available: 2 },
      requests: { searches: { used: 5, available: 6 } },
    });
    expect(usage.searches).toEqual({ used: 5, available: 6 });
    expect(usage.verifications).toBeNull();
  });

  it('gives nulls when nothing is readable', () => {
    const usage = readAccountUsage({
      ...base,
      reset_date: null,
      calls: { used: 'many' } as never,
    });
    expect(usage).toEqual({ searches: null, verifications: null, resetDate: null });
  });
});
