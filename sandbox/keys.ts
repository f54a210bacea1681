// The sandbox's API keys: one account per key, each showing a different plan situation.
import type { Usage } from './types';

export const SANDBOX_KEYS = {
  demo: 'sandbox-demo-key',
  free: 'sandbox-free-key',
  spent: 'sandbox-spent-key',
  older: 'sandbox-older-key',
} as const;

export type SandboxKey = (typeof SANDBOX_KEYS)[keyof typeof SANDBOX_KEYS];

export interface AccountProfile {
  key: SandboxKey;
  first_name: string;
  last_name: string;
  email: string;
  plan_name: string;
  plan_level: number;
  /** Free plans only see the first 10 domain-search results. */
  freePlan: boolean;
  /** Its `account` answer has only the older single `calls` counter of the docs, no `requests`. */
  olderAccount?: boolean;
  /** What the key is for, printed by the CLI. */
  purpose: string;
}

export const ACCOUNTS: Readonly<Record<SandboxKey, AccountProfile>> = {
  [SANDBOX_KEYS.demo]: {
    key: SANDBOX_KEYS.demo, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@quarry.test',
    plan_name: 'Pro', plan_level: 2, freePlan: false,
    purpose: 'Pro plan with plenty of credits: use this one for the demo',
  },
  [SANDBOX_KEYS.free]: {
    key: SANDBOX_KEYS.free, first_name: 'Grace', last_name: 'Hopper', email: 'grace@quarry.test',
    plan_name: 'Free', plan_level: 0, freePlan: true,
    purpose: 'Free plan: 25 searches, 50 verifications, domain search limited to the first 10 results',
  },
  [SANDBOX_KEYS.spent]: {
    key: SANDBOX_KEYS.spent, first_name: 'Alan', last_name: 'Turing', email: 'alan@quarry.test',
    plan_name: 'Starter', plan_level: 1, freePlan: false,
    purpose: 'monthly quota used up: every paid call answers 429',
  },
  [SANDBOX_KEYS.older]: {
    key: SANDBOX_KEYS.older, first_name: 'Edsger', last_name: 'Dijkstra', email: 'edsger@quarry.test',
    plan_name: 'Growth', plan_level: 3, freePlan: false, olderAccount: true,
    purpose: 'account answers only the older `calls` counter of the docs (no `requests`)',
  },
};

export function isSandboxKey(key: string): key is SandboxKey {
  return Object.prototype.hasOwnProperty.call(ACCOUNTS, key);
}

export function seedUsage(): Record<SandboxKey, Usage> {
  return {
    [SANDBOX_KEYS.demo]: { searches: { used: 12, available: 5000 }, verifications: { used: 3, available: 10000 } },
    [SANDBOX_KEYS.free]: { searches: { used: 0, available: 25 }, verifications: { used: 0, available: 50 } },
    [SANDBOX_KEYS.spent]: { searches: { used: 500, available: 500 }, verifications: { used: 1000, available: 1000 } },
    [SANDBOX_KEYS.older]: { searches: { used: 41, available: 2000 }, verifications: { used: 0, available: 0 } },
  };
}

/** Quotas reset on the first day of next month (UTC), like a monthly plan. */
export function resetDate(now = new Date()): string {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}
