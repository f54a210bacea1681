// The Hunter API v2 client. Background service worker only: it is the one holder of the key.
export { createHunterClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './client';
export type { HunterClient, HunterConfig } from './client';
export { HunterError, isHunterError, toErrorInfo } from './errors';
export type { ErrorInfo, ErrorInfoKind, HunterErrorKind } from './errors';
export { DEFAULT_RATE_RULES, RateLimiter, sharedRateLimiter } from './rate-limiter';
export type { RateRule, RateRules } from './rate-limiter';
export { readVerdict } from './verdict';
export type { Verdict } from './verdict';
export { readAccountUsage } from './account-usage';
export type { AccountUsage } from './account-usage';
export { isSafeHttpUrl } from './safe-url';
export { redactSecret } from './redact';
export { backoffDelay, isRetryable, parseRetryAfter } from './retry';
export type { Sleep } from './retry';
export type * from './types';
