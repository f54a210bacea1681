import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl } from './safe-url';

describe('isSafeHttpUrl', () => {
  it.each(['http://github.com/ciaranlee', 'https://stripe.com/jobs?x=1#y', 'HTTPS://EXAMPLE.COM'])('accepts %s', (u) =>
    expect(isSafeHttpUrl(u)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'chrome-extension://abc/popup.html',
    '/relative/path',
    'relative/path',
    '//example.com/protocol-relative',
    'example.com',
    'https://',
    '',
    '   ',
  ])('refuses %j', (u) => expect(isSafeHttpUrl(u)).toBe(false));

  it.each([null, undefined, 42, {}, ['https://x.com']])('refuses non-strings (%j)', (u) =>
    expect(isSafeHttpUrl(u)).toBe(false),
  );
});
