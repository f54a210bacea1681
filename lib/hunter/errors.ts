import { redactSecret } from './redact';

// One error class for every way a Hunter call can fail, and a plain-object form of it that survives
// extension messaging (class instances do not).

export type HunterErrorKind =
  | 'bad_params' // 400
  | 'pagination_limited' // 400 pagination_error: a free plan asked past its first 10 results
  | 'unauthorized' // 401
  | 'usage_limit' // 402
  | 'quota_exceeded' // 429: the plan's quota; retrying does not help
  | 'rate_limited' // 403 whose envelope says too many requests per second/minute; retried with backoff
  | 'forbidden' // any other 403: refused for good
  | 'not_found' // 404
  | 'unprocessable' // 422, e.g. a duplicate lead
  | 'restricted' // 451: personal-data restriction
  | 'smtp_unavailable' // verifier 222: the remote SMTP server failed the check
  | 'verification_pending' // verifier 202 still, past the caller's deadline
  | 'server' // 5xx
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'malformed'; // a body that is not the documented JSON

export interface HunterErrorInit {
  status?: number | null;
  id?: string | null;
  details?: string | null;
  retryAfterMs?: number | null;
  /** Overrides the default sentence for the kind. */
  message?: string;
}

const SENTENCES: Record<HunterErrorKind, string> = {
  bad_params: 'The Hunter API rejected the request parameters.',
  pagination_limited: 'This plan only gives access to the first results; upgrade to see more.',
  unauthorized: 'The Hunter API key is missing or invalid.',
  usage_limit: 'The Hunter account has reached its usage limit.',
  quota_exceeded: 'The Hunter plan quota is used up until it resets.',
  rate_limited: 'Too many requests to the Hunter API; slow down and retry.',
  forbidden: 'The Hunter API refused this request.',
  not_found: 'The requested Hunter resource does not exist.',
  unprocessable: 'The Hunter API could not process the request.',
  restricted: 'This data is restricted for personal-data reasons.',
  smtp_unavailable: 'The remote mail server did not answer the check; retry later.',
  verification_pending: 'The verification is still running; retry later.',
  server: 'The Hunter API had a server error.',
  network: 'The Hunter API could not be reached.',
  timeout: 'The Hunter API did not answer in time.',
  aborted: 'The request was cancelled.',
  malformed: 'The Hunter API sent an unexpected response.',
};

export class HunterError extends Error {
  override readonly name = 'HunterError';
  readonly kind: HunterErrorKind;
  readonly status: number | null;
  readonly id: string | null;
  readonly details: string | null;
  /** From `Retry-After`, when the server sent one. */
  readonly retryAfterMs: number | null;

  constructor(kind: HunterErrorKind, init: HunterErrorInit = {}) {
    // Redacted even though the client never puts the key in text: server details are not ours.
    super(redactSecret(init.message ?? describe(kind, init.status ?? null, init.id ?? null, init.details ?? null)));
    this.kind = kind;
    this.status = init.status ?? null;
    this.id = init.id ?? null;
    this.details = init.details == null ? null : redactSecret(init.details);
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

function describe(kind: HunterErrorKind, status: number | null, id: string | null, details: string | null): string {
  const sentence = SENTENCES[kind];
  const tag = [status, id].filter((v) => v !== null && v !== '').join(' ');
  if (!tag && !details) return sentence;
  return `${sentence} (${[tag, details].filter(Boolean).join(': ')})`;
}

export function isHunterError(e: unknown): e is HunterError {
  return e instanceof HunterError;
}

/** Envelope ids that mean "too many requests per second/minute" (Hunter's `too_many_requests`, and kin). */
const RATE_LIMIT_IDS = /^(too_many_requests|rate_limit(ed|_exceeded)?)$/;

/** Status → kind for an error answer (the envelope's id refines 400 and 403). */
export function kindForStatus(status: number, id: string | null): HunterErrorKind {
  if (status === 400) return id === 'pagination_error' ? 'pagination_limited' : 'bad_params';
  if (status === 401) return 'unauthorized';
  if (status === 402) return 'usage_limit';
  // Only the envelope can tell a rate limit from a refusal (a proxy, a firewall, a plan without this endpoint):
  // retrying the latter would only repeat it.
  if (status === 403) return id !== null && RATE_LIMIT_IDS.test(id) ? 'rate_limited' : 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 422) return 'unprocessable';
  if (status === 429) return 'quota_exceeded';
  if (status === 451) return 'restricted';
  if (status >= 500) return 'server';
  // An undocumented 4xx still means "the request was refused as sent".
  if (status >= 400) return 'bad_params';
  return 'malformed';
}

// ---------------------------------------------------------------- plain form for messaging

export type ErrorInfoKind = HunterErrorKind | 'not_allowed' | 'no_key' | 'invalid_input';

export interface ErrorInfo {
  kind: ErrorInfoKind;
  status: number | null;
  /** A short English sentence for logs; the UI localizes by `kind`. */
  message: string;
  id?: string | null;
  details?: string | null;
  retryAfterMs?: number | null;
}

const INFO_KINDS: ReadonlySet<string> = new Set<ErrorInfoKind>([
  ...(Object.keys(SENTENCES) as HunterErrorKind[]),
  'not_allowed',
  'no_key',
  'invalid_input',
]);

/** Any thrown thing → a plain, key-free ErrorInfo. Unknown failures count as `network`. */
export function toErrorInfo(e: unknown, secret?: string): ErrorInfo {
  const clean = (text: string | null | undefined) => (text == null ? null : redactSecret(text, secret));
  if (e instanceof HunterError) {
    return {
      kind: e.kind,
      status: e.status,
      message: clean(e.message)!,
      id: e.id,
      details: clean(e.details),
      retryAfterMs: e.retryAfterMs,
    };
  }
  // Already an ErrorInfo (e.g. relayed from another context): keep it, scrubbed.
  if (isErrorInfoLike(e)) {
    return {
      kind: e.kind,
      status: typeof e.status === 'number' ? e.status : null,
      message: clean(e.message)!,
      id: typeof e.id === 'string' ? e.id : null,
      details: typeof e.details === 'string' ? clean(e.details) : null,
    };
  }
  if (e instanceof DOMException || (e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError'))) {
    const kind = e.name === 'TimeoutError' ? 'timeout' : e.name === 'AbortError' ? 'aborted' : 'network';
    return { kind, status: null, message: SENTENCES[kind], details: clean(e.message) };
  }
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : null;
  return { kind: 'network', status: null, message: SENTENCES.network, details: clean(raw) };
}

function isErrorInfoLike(e: unknown): e is ErrorInfo {
  if (typeof e !== 'object' || e === null || e instanceof Error) return false;
  const o = e as Record<string, unknown>;
  return typeof o.kind === 'string' && INFO_KINDS.has(o.kind) && typeof o.message === 'string';
}
