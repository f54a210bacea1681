import { describe, expect, it } from 'vitest';
import { isSameApiOrigin, normalizeApiBaseUrl, validateApiBaseUrl } from './settings';

describe('API base URL', () => {
  it('takes https anywhere, and http only to this computer', () => {
    expect(validateApiBaseUrl('https://api.hunter.io/v2')).toBeNull();
    expect(validateApiBaseUrl(' http://127.0.0.1:8787/v2 ')).toBeNull();
    expect(validateApiBaseUrl('http://localhost:8787/v2')).toBeNull();
    expect(validateApiBaseUrl('http://api.example.com/v2')).toBe('not_https');
    expect(validateApiBaseUrl('ftp://example.com')).toBe('not_https');
    expect(validateApiBaseUrl('javascript:alert(1)')).toBe('not_https');
    expect(validateApiBaseUrl('api.hunter.io')).toBe('not_https');
    expect(validateApiBaseUrl('  ')).toBe('empty');
  });

  it('drops trailing slashes, and compares APIs by origin', () => {
    expect(normalizeApiBaseUrl(' https://api.hunter.io/v2/ ')).toBe('https://api.hunter.io/v2');
    expect(isSameApiOrigin('https://api.hunter.io/v2', 'https://api.hunter.io/v3')).toBe(true);
    expect(isSameApiOrigin('https://api.hunter.io/v2', 'https://evil.example/v2')).toBe(false);
    expect(isSameApiOrigin('not a url', 'https://api.hunter.io/v2')).toBe(false);
  });
});
