import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyDomain, domainForPage, domainOfEmail, registrableDomain, toUnicode } from '.';

// Whatever the user pastes, whatever a page or the API hands over: the domain readers answer, never throw,
// and what they accept is a domain a search can be spent on.

/** Text of every kind: any code point, lone surrogates and controls included. */
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
/** Text built from the characters URLs and addresses are made of, so the generator reaches deep paths. */
const urlish = fc.string({ unit: fc.constantFrom(...'ab.-:/@?#%[]<>" \tXN1é例'.split(''), 'xn--', 'http://', 'https://', 'mailto:', '.com', 'www.'), maxLength: 40 });
const anyInput = fc.oneof(anyText, urlish, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.emailAddress(), fc.domain());

/** A searchable domain: lowercase ASCII labels with a dot, no room for a path, a port, a user or a space. */
const SEARCHABLE = /^(?!-)[a-z0-9-]{1,63}(\.(?!-)[a-z0-9-]{1,63})+$/;

describe('domain readers, on any input', () => {
  it('registrableDomain never throws, and what it accepts is a searchable domain it accepts again unchanged', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = registrableDomain(input);
        if (!result.ok) return;
        expect(result.domain).toMatch(SEARCHABLE);
        expect(registrableDomain(result.domain)).toEqual(result);
        expect(typeof result.display).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('a URL gives the registrable part of its own host, never another site', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true } }), (url) => {
        const result = registrableDomain(url);
        if (!result.ok) return;
        const host = new URL(url).hostname.replace(/\.$/, '');
        expect(host === result.domain || host.endsWith(`.${result.domain}`)).toBe(true);
      }),
    );
  });

  it('IP addresses and localhost are never searched', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV4Extended(), fc.ipV6().map((ip) => `[${ip}]`), fc.constantFrom('localhost', 'app.localhost')), fc.boolean(), (host, withScheme) => {
        expect(registrableDomain(withScheme ? `https://${host}/x` : host).ok).toBe(false);
      }),
    );
  });

  it('an address gives the domain after its @, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), anyText, urlish), (email) => {
        const result = domainOfEmail(email);
        if (result.ok) expect(result.domain).toMatch(SEARCHABLE);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        // `?` and `#` are legal in the local part ("?a.a@a.aa", found by this test): only the domain counts.
        const fromHost = registrableDomain(email.slice(email.lastIndexOf('@') + 1));
        for (const result of [domainOfEmail(email), domainOfEmail(`mailto:${email}?subject=Hi#x`)]) {
          // A percent escape is decoded (mailto: links) and may give a character no address holds ("%0a.a@a.ac",
          // found by this test): such an address may be refused, but never answered with another domain.
          const refusedForAnEscape = email.includes('%') && !result.ok && result.reason === 'invalid';
          if (!refusedForAnEscape) expect(result).toEqual(fromHost);
        }
      }),
    );
  });

  it('no page steers the search away from its own domain, whatever its markup names (outside people sites)', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.option(fc.oneof(fc.webUrl(), anyText), { nil: null }), (pageUrl, companyWebsite) => {
        const page = registrableDomain(pageUrl);
        const chosen = domainForPage(pageUrl, { companyWebsite });
        if (page.ok && !['linkedin.com', 'github.com', 'medium.com'].includes(page.domain)) expect(chosen).toEqual(page);
        if (chosen.ok) expect(chosen.domain).toMatch(SEARCHABLE);
        const company = companyDomain(companyWebsite ?? '');
        if (company.ok) expect(company.domain).toMatch(SEARCHABLE);
      }),
    );
  });

  it('toUnicode never throws on any label, Punycode or not', () => {
    fc.assert(fc.property(fc.oneof(anyText, urlish, fc.domain()), (domain) => void toUnicode(domain)), { numRuns: 300 });
  });
});
