import { describe, expect, it } from 'vitest';
import type { AccountData } from '../hunter';
import { quotaOf } from './quota';

const base: AccountData = {
  first_name: 'Ada', last_name: 'L', email: 'a@x.test', plan_name: 'Pro', plan_level: 2, reset_date: '2026-01-01', team_id: 1,
};

describe('quotaOf', () => {
  it('is not spent while something is left', () => {
    const q = quotaOf({ ...base, requests: { searches: { used: 12, available: 5000 }, verifications: { used: 3, available: 10 } } });
    expect(q).toEqual({ searchesSpent: false, verificationsSpent: false, resetDate: '2026-01-01' });
  });

  it('is spent when used reaches available, per kind', () => {
    const q = quotaOf({ ...base, requests: { searches: { used: 500, available: 500 }, verifications: { used: 1, available: 10 } } });
    expect(q.searchesSpent).toBe(true);
    expect(q.verificationsSpent).toBe(false);
  });

  it('reads the older calls counter as searches', () => {
    expect(quotaOf({ ...base, calls: { used: 50, available: 50 } }).searchesSpent).toBe(true);
  });

  it('knows nothing without an account', () => {
    expect(quotaOf(null)).toEqual({ searchesSpent: false, verificationsSpent: false, resetDate: null });
  });
});
