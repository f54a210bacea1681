import { describe, expect, it } from 'vitest';
import { redactSecret } from './redact';

const KEY = 'sk-9f8e7d6c5b4a+/=';

describe('redactSecret', () => {
  it('masks the secret wherever it appears, raw or URL-encoded', () => {
    const text = `key ${KEY} and ${encodeURIComponent(KEY)} and again ${KEY}`;
    const out = redactSecret(text, KEY);
    expect(out).not.toContain(KEY);
    expect(out).not.toContain(encodeURIComponent(KEY));
    expect(out.match(/\[redacted\]/g)).toHaveLength(3);
  });

  it('treats regex characters in the secret literally', () => {
    expect(redactSecret('a.b*c and aXbbc', 'a.b*c')).toBe('[redacted] and aXbbc');
  });

  it('masks key-shaped parameters even without knowing the key', () => {
    expect(redactSecret('GET https://api.hunter.io/v2/account?api_key=abc123&x=1')).toBe(
      'GET https://api.hunter.io/v2/account?api_key=[redacted]&x=1',
    );
    expect(redactSecret('X-API-KEY: abc123')).toBe('X-API-KEY: [redacted]');
    expect(redactSecret('{"x-api-key":"abc123"}')).toBe('{"x-api-key":"[redacted]"}');
    expect(redactSecret('Authorization: Bearer abc.def-123')).toBe('Authorization: Bearer [redacted]');
    expect(redactSecret('api_key = abc123')).toBe('api_key = [redacted]');
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecret('The domain parameter is missing', KEY)).toBe('The domain parameter is missing');
    expect(redactSecret('no secret', '')).toBe('no secret');
    // Too short to be a key: masking it would shred ordinary words.
    expect(redactSecret('a b c', 'a')).toBe('a b c');
  });
});
