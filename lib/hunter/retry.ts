import { HunterError } from './errors';

// When and how long to wait before trying a failed call again. Only failures that a later attempt can fix
// are retried: the per-second/minute rate limit (403), server errors, network failures and timeouts.
// Quota (402/429), bad input and the rest would fail the same way, or spend credits, so they surface at once.

export const BACKOFF_BASE_MS = 300;
export const BACKOFF_CAP_MS = 10_000;
/** The longest `Retry-After` honoured; a longer one is clamped to this (and the caller can still abort). */
export const RETRY_AFTER_CAP_MS = 60_000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * What a failed call may be sent again after, by what a lost answer could have cost:
 * - `any`: free reads, PUT and DELETE — sending them twice changes nothing.
 * - `unserved`: paid lookups. A 5xx carries no result, and the docs count a query only when it returns one,
 *   so it is retried; a timeout or a dropped connection may have been served (and charged): not retried.
 * - `refused`: POST. Only a 403 rate limit, which refuses the request before serving it.
 */
export type RetryPolicy = 'any' | 'unserved' | 'refused';

export function isRetryable(e: unknown, policy: RetryPolicy = 'any'): boolean {
  if (!(e instanceof HunterError)) return false;
  if (e.kind === 'rate_limited') return true;
  if (e.kind === 'server') return policy !== 'refused';
  return policy === 'any' && (e.kind === 'network' || e.kind === 'timeout');
}

/** Full jitter: uniform in [0, min(cap, base·2^attempt)). `attempt` counts from 0. */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs = BACKOFF_BASE_MS,
  capMs = BACKOFF_CAP_MS,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (relative to `now`), clamped to
 * [0, cap]. Null when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number = Date.now(),
  capMs = RETRY_AFTER_CAP_MS,
): number | null {
  if (header == null) return null;
  const value = header.trim();
  if (value === '') return null;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    // HTTP dates always name a weekday and month; this keeps Date.parse from reading "-3" as a year.
    if (!/[a-z]/i.test(value)) return null;
    const date = Date.parse(value);
    if (Number.isNaN(date)) return null;
    ms = date - now;
  }
  return Math.min(capMs, Math.max(0, Math.ceil(ms)));
}

/** How long to wait after `error` on attempt `attempt`: the server's word when it gave one, else backoff. */
export function retryDelay(attempt: number, error: HunterError, random: () => number = Math.random): number {
  if (error.retryAfterMs !== null) return Math.min(RETRY_AFTER_CAP_MS, error.retryAfterMs);
  return backoffDelay(attempt, random);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export interface RetryOptions {
  maxRetries: number;
  /** See isRetryable; default `any`. */
  policy?: RetryPolicy;
  sleep: Sleep;
  signal?: AbortSignal;
  random?: () => number;
}

/** Runs `attempt` until it succeeds, fails for good, or `maxRetries` retries are spent. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!isRetryable(error, options.policy ?? 'any') || n >= options.maxRetries) throw error;
      await sleepOrAbort(options.sleep, retryDelay(n, error as HunterError, options.random), options.signal);
    }
  }
}

/** Like `sleep`, but a caller abort becomes HunterError('aborted'). */
export async function sleepOrAbort(sleep: Sleep, ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw new HunterError('aborted');
  try {
    await sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new HunterError('aborted');
    throw error;
  }
  if (signal?.aborted) throw new HunterError('aborted');
}
