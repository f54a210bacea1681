import { storage } from 'wxt/utils/storage';
import { HunterError, isHunterError, readAccountUsage, type AccountData, type HunterClient } from '../hunter';

// Once Quarry knows the plan is used up (a 429, or the free account call showing used ≥ available), a paid call
// would only come back 429: none goes out until the reset date, from any surface (popup, menu, card, bulk), since
// they all reach the API through `clientWithKey`. The account call stays free and keeps the record true.

export type PaidFamily = 'searches' | 'verifications';
export interface Spent {
  /** The day the plan's credits come back (the account's `reset_date`), null until the account says it. */
  resetDate: string | null;
}
type SpentQuota = Partial<Record<PaidFamily, Spent>>;

const spentQuota = storage.defineItem<SpentQuota>('local:spentQuota', { fallback: {} });

function hasReset(spent: Spent, now: number): boolean {
  const reset = spent.resetDate === null ? Number.NaN : Date.parse(spent.resetDate);
  return !Number.isNaN(reset) && reset <= now;
}

/** The family's spent record while it holds (its reset date not passed), else null. */
export async function spentFamily(family: PaidFamily, now: number = Date.now()): Promise<Spent | null> {
  const spent = (await spentQuota.getValue())[family];
  return spent && !hasReset(spent, now) ? spent : null;
}

/** The account is the truth: each family it reports is spent (until its reset date) or not. */
export async function noteAccount(data: AccountData): Promise<void> {
  const { searches, verifications, resetDate } = readAccountUsage(data);
  const next = { ...(await spentQuota.getValue()) };
  for (const [family, usage] of [['searches', searches], ['verifications', verifications]] as const) {
    if (usage === null) continue; // the older account answer says nothing about verifications
    if (usage.used >= usage.available) next[family] = { resetDate };
    else delete next[family];
  }
  await spentQuota.setValue(next);
}

/** A 429 (or 402) on a paid call: that family is spent; the reset date comes with the next account answer. */
async function noteRefusal(family: PaidFamily): Promise<void> {
  const known = await spentQuota.getValue();
  await spentQuota.setValue({ ...known, [family]: { resetDate: known[family]?.resetDate ?? null } });
}

/** A new key (or none) is another account: what was known of the old one's plan does not hold. */
export async function forgetSpentQuota(): Promise<void> {
  await spentQuota.removeValue();
}

/** The client with its paid calls held back while their family is spent, and every account answer noted. */
export function guardPaidCalls(client: HunterClient, now: () => number = Date.now): HunterClient {
  function paid<A extends unknown[], R>(family: PaidFamily, call: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      const spent = await spentFamily(family, now());
      if (spent) {
        throw new HunterError('quota_exceeded', {
          details: `Not sent: the plan's ${family} are used up${spent.resetDate ? ` until ${spent.resetDate}` : ''}.`,
        });
      }
      try {
        return await call(...args);
      } catch (error) {
        if (isHunterError(error) && (error.kind === 'quota_exceeded' || error.kind === 'usage_limit')) await noteRefusal(family);
        throw error;
      }
    };
  }
  return {
    ...client,
    domainSearch: paid('searches', client.domainSearch),
    emailFinder: paid('searches', client.emailFinder),
    emailVerifier: paid('verifications', client.emailVerifier),
    account: async (o) => {
      const answer = await client.account(o);
      await noteAccount(answer.data);
      return answer;
    },
  };
}
