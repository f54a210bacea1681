import { describe, expect, it } from 'vitest';
import { maskApiKey, validateApiKey } from './api-key';

describe('api key', () => {
  it('masks all but the first and last four characters, and short keys entirely', () => {
    expect(maskApiKey('0123456789abcdef')).toBe('0123••••••••cdef');
    expect(maskApiKey('short')).toBe('•••••');
  });

  it('refuses an empty key and one with spaces inside, and accepts one with spaces around', () => {
    expect(validateApiKey('   ')).toBe('empty');
    expect(validateApiKey('abc def')).toBe('whitespace');
    expect(validateApiKey(' abcdef\n')).toBeNull();
  });
});
