// Keeps the API key out of every message, log line and error the client produces. The key only ever travels
// in the X-API-KEY header, but text from elsewhere (a server echoing it, a stack trace, a URL someone built
// by hand) is scrubbed anyway.

const MASK = '[redacted]';

// `api_key=…` in a query string, `X-API-KEY: …` / `Authorization: Bearer …` in a header dump.
const KEY_PATTERNS: RegExp[] = [
  /([?&;]api_key=)[^&#\s"'<>]+/gi,
  /(\bapi_key["']?\s*[:=]\s*["']?)[^&#\s"',}<>]+/gi,
  /(\bx-api-key["']?\s*[:=]\s*["']?)[^\s"',}<>]+/gi,
  /(\bbearer\s+)[A-Za-z0-9._~+/=-]+/gi,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with `secret` (raw and URL-encoded) and anything that looks like a key parameter masked. */
export function redactSecret(text: string, secret?: string): string {
  let out = String(text);
  const s = secret?.trim();
  // A one- or two-character "secret" would shred ordinary text; real keys are long.
  if (s && s.length >= 4) {
    for (const form of new Set([s, encodeURIComponent(s)])) {
      out = out.replace(new RegExp(escapeRegExp(form), 'g'), MASK);
    }
  }
  for (const pattern of KEY_PATTERNS) out = out.replace(pattern, `$1${MASK}`);
  return out;
}
