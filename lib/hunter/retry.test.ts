import { describe, expect, it, vi } from 'vitest';
import { HunterError, type HunterErrorKind } from './errors';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  RETRY_AFTER_CAP_MS,
  backoffDelay,
  isRetryable,
  parseRetryAfter,
  retryDelay,
  sleepOrAbort,
  withRetry,
} from './retry';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });

  it('reads an HTTP date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('caps long waits', () => {
    expect(parseRetryAfter('3600', now)).toBe(RETRY_AFTER_CAP_MS);
    expect(parseRetryAfter('Thu, 02 Jan 2025 00:00:00 GMT', now)).toBe(RETRY_AFTER_CAP_MS);
    expect(parseRetryAfter('10', now, 4_000)).toBe(4_000);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-3', now)).toBeNull();
  });
});

describe('backoffDelay (full jitter)', () => {
  it('stays within [0, min(cap, base·2^n))', () => {
    for (let n = 0; n < 12; n++) {
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n);
      expect(backoffDelay(n, () => 0)).toBe(0);
      const top = backoffDelay(n, () => 0.999999);
      expect(top).toBeLessThan(ceiling);
      expect(top).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it('grows exponentially then stops at the cap', () => {
    expect(backoffDelay(0, () => 0.5)).toBe(150);
    expect(backoffDelay(1, () => 0.5)).toBe(300);
    expect(backoffDelay(2, () => 0.5)).toBe(600);
    expect(backoffDelay(20, () => 0.5)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('is random within the bounds with the real generator', () => {
    const samples = Array.from({ length: 200 }, () => backoffDelay(3));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...samples)).toBeLessThan(BACKOFF_BASE_MS * 8);
    expect(new Set(samples).size).toBeGreaterThan(10);
  });
});

describe('retryDelay', () => {
  it("prefers the server's Retry-After to the backoff", () => {
    const e = new HunterError('rate_limited', { status: 403, retryAfterMs: 1_000 });
    expect(retryDelay(5, e, () => 0.9)).toBe(1_000);
  });
  it('falls back to jittered backoff', () => {
    const e = new HunterError('server', { status: 503 });
    expect(retryDelay(1, e, () => 0.5)).toBe(300);
  });
});

describe('isRetryable', () => {
  const retryable: HunterErrorKind[] = ['rate_limited', 'server', 'network', 'timeout'];
  const final: HunterErrorKind[] = [
    'bad_params',
    'pagination_limited',
    'unauthorized',
    'usage_limit',
    'quota_exceeded',
    'not_found',
    'unprocessable',
    'restricted',
    'smtp_unavailable',
    'verification_pending',
    'aborted',
    'malformed',
  ];
  it.each(retryable)('retries %s', (kind) => expect(isRetryable(new HunterError(kind))).toBe(true));
  it.each(final)('does not retry %s', (kind) => expect(isRetryable(new HunterError(kind))).toBe(false));
  it('does not retry foreign errors', () => expect(isRetryable(new Error('x'))).toBe(false));
  it('retries a paid lookup after a 5xx or a rate limit, never after a lost answer', () => {
    expect(isRetryable(new HunterError('server'), 'unserved')).toBe(true);
    expect(isRetryable(new HunterError('rate_limited'), 'unserved')).toBe(true);
    expect(isRetryable(new HunterError('timeout'), 'unserved')).toBe(false);
    expect(isRetryable(new HunterError('network'), 'unserved')).toBe(false);
  });
  it('retries a POST only after a rate limit', () => {
    expect(isRetryable(new HunterError('rate_limited'), 'refused')).toBe(true);
    for (const kind of ['server', 'timeout', 'network'] as const) expect(isRetryable(new HunterError(kind), 'refused')).toBe(false);
  });
});

describe('withRetry', () => {
  it('retries retryable failures up to maxRetries, sleeping between attempts', async () => {
    const sleep = vi.fn(async () => {});
    const attempt = vi.fn(async () => {
      throw new HunterError('server', { status: 503, retryAfterMs: 1_000 });
    });
    await expect(withRetry(attempt, { maxRetries: 3, sleep })).rejects.toMatchObject({ kind: 'server' });
    expect(attempt).toHaveBeenCalledTimes(4);
    expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([1_000, 1_000, 1_000]);
  });

  it('returns the first success', async () => {
    let n = 0;
    const sleep = vi.fn(async () => {});
    const result = await withRetry(
      async () => {
        if (n++ < 2) throw new HunterError('network');
        return 'ok';
      },
      { maxRetries: 3, sleep, random: () => 0 },
    );
    expect(result).toBe('ok');
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('throws final failures at once', async () => {
    const sleep = vi.fn(async () => {});
    const attempt = vi.fn(async () => {
      throw new HunterError('quota_exceeded', { status: 429 });
    });
    await expect(withRetry(attempt, { maxRetries: 3, sleep })).rejects.toMatchObject({ kind: 'quota_exceeded' });
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('stops waiting when the caller aborts', async () => {
    const controller = new AbortController();
    const sleep = (_ms: number, signal?: AbortSignal) =>
      new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
    const pending = withRetry(
      async () => {
        throw new HunterError('server', { status: 500 });
      },
      { maxRetries: 3, sleep, signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});

describe('sleepOrAbort', () => {
  it('rejects at once when already aborted', async () => {
    const sleep = vi.fn(async () => {});
    await expect(sleepOrAbort(sleep, 10, AbortSignal.abort())).rejects.toMatchObject({ kind: 'aborted' });
    expect(sleep).not.toHaveBeenCalled();
  });
});
