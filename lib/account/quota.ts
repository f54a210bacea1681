import { readAccountUsage, type AccountData, type Usage } from '../hunter';

export interface QuotaState {
  /** Domain searches and finder calls would be refused (429) until the reset date. */
  searchesSpent: boolean;
  verificationsSpent: boolean;
  resetDate: string | null;
}

/** The popup's quota banner: the reason every disabled paid action points to (aria-describedby). */
export const QUOTA_REASON_ID = 'quota-reason';

const spent = (usage: Usage | null) => usage !== null && usage.available <= usage.used;

/** What the plan still allows, from the account answer (either generation of it). */
export function quotaOf(account: AccountData | null): QuotaState {
  if (!account) return { searchesSpent: false, verificationsSpent: false, resetDate: null };
  const { searches, verifications, resetDate } = readAccountUsage(account);
  return { searchesSpent: spent(searches), verificationsSpent: spent(verifications), resetDate };
}
