import type { ReplyError } from '../messaging/protocol';

// Which failures a later attempt can fix. The rest (400, 401, 402, 404, 422, 429, 451…) would fail the
// same way again: they are shown to the user, never retried in silence.

const TRANSIENT: ReadonlySet<ReplyError['kind']> = new Set<ReplyError['kind']>([
  'network',
  'timeout',
  'server',
  'rate_limited',
  // A body that is not the API's JSON is most often a proxy or captive portal in the way.
  'malformed',
]);

/** Worth queueing in the outbox instead of failing the user's action. */
export function isTransient(error: ReplyError): boolean {
  return TRANSIENT.has(error.kind);
}

/** While delivering, a missing key also waits: the user may add it back, and nothing is lost meanwhile. */
export function keepsWaiting(error: ReplyError): boolean {
  return isTransient(error) || error.kind === 'no_key';
}
