import type { RateRule } from '../hunter/rate-limiter';
import type { CostEstimate } from './types';

// The cost screen's figures, before anything is spent.

/**
 * Milliseconds `calls` requests take at the allowed rate: `perSecond` a second until `perMinute` have gone in
 * the last minute, then each waits for one to leave the minute's window.
 */
export function durationAtRate(calls: number, rule: RateRule): number {
  if (calls <= 0) return 0;
  const last = calls - 1;
  const minutes = Math.floor(last / rule.perMinute);
  const inMinute = last % rule.perMinute;
  return minutes * 60_000 + Math.ceil((inMinute * 1000) / rule.perSecond);
}

export interface CostInput {
  questions: number;
  cached: number;
  guessed: number;
  remaining: number | null;
  resetDate: string | null;
  overDomainLimit: number;
  rule: RateRule;
  fits: number;
}

export function estimateCost(input: CostInput): CostEstimate {
  const paid = Math.max(0, input.questions - input.cached - input.guessed - input.overDomainLimit);
  return {
    questions: input.questions,
    cached: input.cached,
    guessed: input.guessed,
    paid,
    remaining: input.remaining,
    resetDate: input.resetDate,
    overDomainLimit: input.overDomainLimit,
    durationMs: durationAtRate(paid, input.rule),
    fits: input.fits,
  };
}

/**
 * How many questions, from the first, to ask so that the paid ones fit what the account has left. Free ones
 * (cache, guesses) before the cut run too. `paid[i]` says whether question i may cost a credit.
 */
export function partThatFits(paid: readonly boolean[], remaining: number | null): number {
  if (remaining === null) return paid.length;
  let left = Math.max(0, remaining);
  for (let i = 0; i < paid.length; i++) {
    if (!paid[i]) continue;
    if (left === 0) return i;
    left--;
  }
  return paid.length;
}
