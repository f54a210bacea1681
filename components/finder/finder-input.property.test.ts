import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/lib/domains';
import { readEmail } from '../verifier/checks';
import { readFinderFields } from './finder-input';

// The finder and verifier forms decide whether a credit is spent: whatever is typed, they answer without
// throwing, and they let through only what can be a real question.

const anyText = fc.string({ unit: 'binary', maxLength: 80 });
const blank = fc.constantFrom('', ' ', '\t', '\u00a0 ');
const field = fc.oneof(anyText, blank, fc.constantFrom('Ada', 'Lovelace', 'Ada Lovelace', 'Dr. Ada', 'stripe.com', 'https://www.Stripe.com/about'));

describe('the finder form, on any input', () => {
  it('never throws; a query has both names and a searchable domain (or a company when no domain is typed)', () => {
    fc.assert(
      fc.property(field, field, field, field, field, (firstName, lastName, fullName, domainText, company) => {
        const read = readFinderFields({ firstName, lastName, fullName, domain: domainText, company }, registrableDomain(domainText));
        if (!read.ok) {
          expect(read.problems.length).toBeGreaterThan(0);
          return;
        }
        expect(read.query.first.trim()).not.toBe('');
        expect(read.query.last.trim()).not.toBe('');
        if (read.query.domain !== null) expect(registrableDomain(read.query.domain)).toMatchObject({ ok: true, domain: read.query.domain });
        else expect(domainText.trim() === '' && read.query.company?.trim()).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });

  it('a domain box that cannot be a company domain is never asked, whatever the names', () => {
    const notADomain = fc.oneof(fc.ipV4(), fc.constantFrom('localhost', 'foo', 'gmail.com', 'chrome://newtab', 'a b.com', 'intranet.local'));
    fc.assert(
      fc.property(notADomain, (domainText) => {
        const read = readFinderFields({ firstName: 'Ada', lastName: 'Lovelace', fullName: '', domain: domainText, company: 'Stripe' }, registrableDomain(domainText));
        expect(read.ok).toBe(false);
      }),
    );
  });
});

describe('the verifier box, on any input', () => {
  it('never throws; what it lets through is one address with a dotted domain and no spaces', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.emailAddress(), fc.emailAddress().map((e) => ` mailto:${e} `)), (text) => {
        const email = readEmail(text);
        if (email === null) return;
        expect(email).not.toMatch(/\s/);
        expect(email.split('@')).toHaveLength(2);
        expect(email.split('@')[1]).toContain('.');
      }),
      { numRuns: 500 },
    );
  });

  it('text without an @ is never verified', () => {
    fc.assert(fc.property(anyText.filter((text) => !text.includes('@')), (text) => {
      expect(readEmail(text)).toBeNull();
    }));
  });
});
