import { HunterError, kindForStatus } from './errors';
import type { RateLimiter, RatePriority } from './rate-limiter';
import { redactSecret } from './redact';
import { parseRetryAfter, withRetry, type RetryPolicy, type Sleep } from './retry';
import type { LimitFamily } from './types';

// One HTTP exchange with the API, and the same exchange with retries. Everything above this file deals in
// typed data or a HunterError; nothing above it sees `fetch`, headers or raw bodies.

/** What every endpoint function needs; built once per client from HunterConfig. */
export interface RequestContext {
  baseUrl: string;
  apiKey?: string;
  fetch: typeof fetch;
  timeoutMs: number;
  limiter: RateLimiter;
  /** 'low' for bulk jobs: their requests wait while the popup's or the menu's do. */
  priority?: RatePriority;
  sleep: Sleep;
  maxRetries: number;
  now: () => number;
  random: () => number;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the base URL, starting with `/`. */
  path: string;
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** Rate-limit family to acquire before every attempt. */
  family?: LimitFamily;
  /** False for email-count, the one endpoint that needs no key. */
  auth?: boolean;
  timeoutMs?: number;
}

/** A successful (2xx) answer; `body` is undefined when the server sent none (204). */
export interface RawAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    // Omitted rather than sent empty: the API would read `type=` as an invalid value.
    if (value === undefined || value === null || value === '') continue;
    params.append(name, String(value));
  }
  const qs = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

/** `{ errors: [{ id, code, details }] }` → its first entry (the docs also show `errors` as an object). */
export function readErrorEnvelope(body: unknown): { id: string | null; details: string | null } | null {
  if (!isRecord(body) || !('errors' in body)) return null;
  const errors = body.errors;
  const first = Array.isArray(errors) ? errors[0] : errors;
  if (!isRecord(first)) return null;
  return {
    id: typeof first.id === 'string' ? first.id : null,
    details: typeof first.details === 'string' ? first.details : null,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A single attempt: limiter slot, fetch with a per-attempt timeout, body parsed, error statuses thrown. */
export async function sendOnce(ctx: RequestContext, spec: RequestSpec, signal?: AbortSignal): Promise<RawAnswer> {
  // The slot is held until the answer is in: the server counts the request when it arrives.
  const release = spec.family ? await ctx.limiter.acquireSlot(spec.family, signal, ctx.priority) : null;
  try {
    return await exchange(ctx, spec, signal);
  } finally {
    release?.();
  }
}

async function exchange(ctx: RequestContext, spec: RequestSpec, signal?: AbortSignal): Promise<RawAnswer> {
  if (signal?.aborted) throw new HunterError('aborted');

  const headers: Record<string, string> = { Accept: 'application/json' };
  // The key goes in a header only, so it never lands in URLs, server logs or history.
  if (spec.auth !== false && ctx.apiKey) headers['X-API-KEY'] = ctx.apiKey;
  let body: string | undefined;
  if (spec.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(spec.body);
  }

  const timeout = AbortSignal.timeout(spec.timeoutMs ?? ctx.timeoutMs);
  const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
  const url = buildUrl(ctx.baseUrl, spec.path, spec.query);
  const fail = (error: unknown): HunterError => {
    if (signal?.aborted) return new HunterError('aborted');
    if (timeout.aborted) return new HunterError('timeout');
    const reason = error instanceof Error ? error.message : String(error);
    return new HunterError('network', { details: redactSecret(reason, ctx.apiKey) });
  };

  let response: Response;
  let text: string;
  try {
    // A 30x would carry X-API-KEY to wherever it points (fetch keeps custom headers across origins): refused.
    response = await ctx.fetch(url, { method: spec.method, headers, body, signal: combined, redirect: 'error' });
    text = await response.text();
  } catch (error) {
    throw fail(error);
  }

  const status = response.status;
  let parsed: unknown;
  let parsedOk = true;
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsedOk = false;
    }
  }

  if (status >= 200 && status < 300) {
    if (!parsedOk) throw new HunterError('malformed', { status, details: 'The response body is not JSON.' });
    return { status, body: parsed, headers: response.headers };
  }

  // Error statuses: the status decides the kind even when a proxy replaced the envelope with an HTML page.
  const envelope = parsedOk ? readErrorEnvelope(parsed) : null;
  const id = envelope?.id ?? null;
  throw new HunterError(kindForStatus(status, id), {
    status,
    id,
    details: envelope?.details == null ? null : redactSecret(envelope.details, ctx.apiKey),
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), ctx.now()),
  });
}

/**
 * `sendOnce` with retries for rate limits and server errors, and — for calls that are free and safe to repeat
 * (free GETs, PUT, DELETE) — network failures and timeouts too. See RetryPolicy.
 */
export function send(ctx: RequestContext, spec: RequestSpec, signal?: AbortSignal): Promise<RawAnswer> {
  return withRetry(() => sendOnce(ctx, spec, signal), {
    maxRetries: ctx.maxRetries,
    policy: retryPolicy(spec),
    sleep: ctx.sleep,
    signal,
    random: ctx.random,
  });
}

export function retryPolicy(spec: Pick<RequestSpec, 'method' | 'family'>): RetryPolicy {
  if (spec.method === 'POST') return 'refused';
  if (spec.method === 'GET' && spec.family !== undefined) return 'unserved';
  return 'any';
}
