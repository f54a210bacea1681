import { HunterError } from './errors';
import type { LimitFamily } from './types';

// Client-side limiter so the popup, context menu and bulk runner together stay under Hunter's limits
// instead of collecting 403s. Sliding windows (the API counts requests in the last second and minute, not
// per calendar second), and first come, first served so a bulk run cannot starve a click in the popup.

export interface RateRule {
  perSecond: number;
  perMinute: number;
}

export type RateRules = Record<LimitFamily, RateRule>;

/** Hunter's documented limits: domain-search + email-finder share `search`; email-verifier is `verify`. */
export const DEFAULT_RATE_RULES: RateRules = {
  search: { perSecond: 15, perMinute: 500 },
  verify: { perSecond: 10, perMinute: 300 },
};

const SECOND = 1_000;
const MINUTE = 60_000;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface FamilyState {
  /** Grant times, oldest first, pruned to the last minute. */
  grants: number[];
  queue: Waiter[];
  timer: ReturnType<typeof setTimeout> | null;
}

export class RateLimiter {
  private readonly rules: RateRules;
  private readonly now: () => number;
  private readonly families = new Map<LimitFamily, FamilyState>();

  constructor(rules: RateRules = DEFAULT_RATE_RULES, options: { now?: () => number } = {}) {
    this.rules = rules;
    this.now = options.now ?? Date.now;
  }

  /** Resolves when a request of `family` may start; rejects with HunterError('aborted') if `signal` fires first. */
  acquire(family: LimitFamily, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new HunterError('aborted'));
    const state = this.state(family);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const at = state.queue.indexOf(waiter);
          if (at >= 0) state.queue.splice(at, 1);
          reject(new HunterError('aborted'));
          this.pump(family);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      state.queue.push(waiter);
      this.pump(family);
    });
  }

  /** Milliseconds until the next request of `family` could start (0 = now). */
  waitTime(family: LimitFamily): number {
    const state = this.state(family);
    const now = this.now();
    while (state.grants.length > 0 && state.grants[0]! <= now - MINUTE) state.grants.shift();
    const { perSecond, perMinute } = this.rules[family];
    const g = state.grants;
    let wait = 0;
    // The perSecond-th most recent grant must have left the window before another may start.
    if (g.length >= perSecond) wait = Math.max(wait, g[g.length - perSecond]! + SECOND - now);
    if (g.length >= perMinute) wait = Math.max(wait, g[g.length - perMinute]! + MINUTE - now);
    return Math.max(0, wait);
  }

  private state(family: LimitFamily): FamilyState {
    let state = this.families.get(family);
    if (!state) {
      state = { grants: [], queue: [], timer: null };
      this.families.set(family, state);
    }
    return state;
  }

  /** Grants the head of the queue while there is room, then sleeps until the next slot opens. */
  private pump(family: LimitFamily): void {
    const state = this.state(family);
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    while (state.queue.length > 0) {
      const wait = this.waitTime(family);
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          this.pump(family);
        }, wait);
        return;
      }
      const waiter = state.queue.shift()!;
      if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
      state.grants.push(this.now());
      waiter.resolve();
    }
  }
}

/** One limiter for every client in this worker, so separate callers share the same budget. */
export const sharedRateLimiter = new RateLimiter();
