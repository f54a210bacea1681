import type { AccountData, Usage } from './types';

export interface AccountUsage {
  searches: Usage | null;
  verifications: Usage | null;
  resetDate: string | null;
}

function usage(value: unknown): Usage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { used, available } = value as Record<string, unknown>;
  if (typeof used !== 'number' || typeof available !== 'number') return null;
  return { used, available };
}

/**
 * Usage from either generation of the account answer: the newer `requests.searches/verifications`, else
 * the older single `calls` counter (which counted searches; verifications are then unknown).
 */
export function readAccountUsage(d: AccountData): AccountUsage {
  const requests = d.requests as Record<string, unknown> | undefined | null;
  const newer = typeof requests === 'object' && requests !== null;
  const searches = newer ? usage(requests.searches) : null;
  const verifications = newer ? usage(requests.verifications) : null;
  return {
    searches: searches ?? usage(d.calls),
    verifications,
    resetDate: typeof d.reset_date === 'string' && d.reset_date !== '' ? d.reset_date : null,
  };
}
