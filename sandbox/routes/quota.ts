// Monthly credits: paid calls spend one, and answer 429 once used reaches available.
import { ApiFailure } from '../http';
import { resetDate, type AccountProfile } from '../keys';
import type { SandboxState } from '../state';

export type CreditKind = 'searches' | 'verifications';

export function assertCredit(state: SandboxState, account: AccountProfile, kind: CreditKind, now: Date): void {
  const counter = state.usage[account.key][kind];
  if (counter.used >= counter.available) {
    throw new ApiFailure(429, 'too_many_requests',
      `You have reached your monthly quota of ${counter.available} ${kind}. It resets on ${resetDate(now)}.`);
  }
}

export function spendCredit(state: SandboxState, account: AccountProfile, kind: CreditKind, now: Date): void {
  assertCredit(state, account, kind, now);
  state.usage[account.key][kind].used += 1;
}
