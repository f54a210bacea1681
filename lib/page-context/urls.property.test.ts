import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl } from '../hunter/safe-url';
import { hostOf, linkedInProfileUrl, websiteUrl } from './text';

// URLs come from pages (JSON-LD, microdata, links) and from the API (sources, LinkedIn fields): any string
// at all. The readers never throw, and what they accept can only be an http(s) link.

const anyText = fc.string({ unit: 'binary', maxLength: 120 });
const schemes = fc.constantFrom('javascript:', 'JaVaScRiPt:', ' javascript:', 'data:text/html,', 'vbscript:', 'file:///', 'chrome://', 'http://', 'https://', '//', '');
const urlish = fc.oneof(
  anyText,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(schemes, fc.oneof(fc.domain(), anyText), fc.constantFrom('', '/in/jane', '/x?y#z', '\n/alert(1)')).map((parts) => parts.join('')),
);
const isHttp = (url: string) => /^https?:$/.test(new URL(url).protocol);

describe('URL readers, on any input', () => {
  it('a link from API data is made only of an absolute http(s) URL with a host', () => {
    fc.assert(
      fc.property(urlish, (text) => {
        if (isSafeHttpUrl(text)) {
          expect(isHttp(text)).toBe(true);
          expect(new URL(text).hostname).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a company website read from a page is http(s), dotted and never LinkedIn', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, fc.anything()), (value) => {
        const site = websiteUrl(value);
        if (site === null) return;
        const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(site) ? site : `https://${site}`);
        expect(isHttp(url.href)).toBe(true);
        expect(url.hostname).toContain('.');
        expect(url.hostname.endsWith('linkedin.com')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a LinkedIn profile is rebuilt on https://www.linkedin.com/in/, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, fc.anything()), (value) => {
        const profile = linkedInProfileUrl(value);
        if (profile !== null) expect(profile).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/);
        expect(typeof hostOf(typeof value === 'string' ? value : '')).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
