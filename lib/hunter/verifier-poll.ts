import { HunterError } from './errors';
import { sleepOrAbort, type Sleep } from './retry';
import type { RawAnswer } from './request';

// Hunter answers 202 when a verification outlives its 20 s budget: the same call, repeated later, returns
// the result (and is counted once). Poll with a growing pause until an answer or the caller's deadline.

export const DEFAULT_VERIFY_DEADLINE_MS = 60_000;
const POLL_FIRST_MS = 1_000;
const POLL_CAP_MS = 8_000;

/** Pause before poll number `n` (0-based): 1 s, 2 s, 4 s, then 8 s. */
export function pollDelay(n: number): number {
  return Math.min(POLL_CAP_MS, POLL_FIRST_MS * 2 ** n);
}

export interface PollOptions {
  deadlineMs?: number;
  onPending?: () => void;
  signal?: AbortSignal;
  sleep: Sleep;
  now: () => number;
}

/** Repeats `call` while it answers 202; throws 'verification_pending' once the deadline has passed. */
export async function pollWhilePending(call: () => Promise<RawAnswer>, options: PollOptions): Promise<RawAnswer> {
  const deadline = options.now() + (options.deadlineMs ?? DEFAULT_VERIFY_DEADLINE_MS);
  let notified = false;
  for (let n = 0; ; n++) {
    const answer = await call();
    if (answer.status !== 202) return answer;
    if (!notified) {
      notified = true;
      options.onPending?.();
    }
    const remaining = deadline - options.now();
    if (remaining <= 0) {
      throw new HunterError('verification_pending', { status: 202 });
    }
    // The last pause is shortened so one final poll lands on the deadline.
    await sleepOrAbort(options.sleep, Math.min(pollDelay(n), remaining), options.signal);
  }
}
