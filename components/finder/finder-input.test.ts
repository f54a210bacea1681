import { describe, expect, it } from 'vitest';
import { registrableDomain } from '@/lib/domains';
import { readFinderFields as readWithDomain, type FinderFields } from './finder-input';

const readFinderFields = (f: FinderFields) => readWithDomain(f, registrableDomain(f.domain));

const fields = (over: Partial<FinderFields>): FinderFields => ({ firstName: '', lastName: '', fullName: '', domain: 'stripe.com', company: '', ...over });

describe('finder input', () => {
  it('takes first and last name, or a full name, and the registrable domain of what was pasted', () => {
    expect(readFinderFields(fields({ firstName: ' Patrick ', lastName: 'Collison', domain: 'https://www.Stripe.com/about' }))).toEqual({
      ok: true,
      query: { first: 'Patrick', last: 'Collison', domain: 'stripe.com', company: null, display: 'stripe.com' },
    });
    expect(readFinderFields(fields({ fullName: 'Dr. Patrick Collison' }))).toMatchObject({
      ok: true,
      query: { first: 'Patrick', last: 'Collison' },
    });
  });

  it('asks for the last name when the full name is one word', () => {
    expect(readFinderFields(fields({ fullName: 'Patrick' }))).toEqual({
      ok: false,
      problems: [{ field: 'name', key: 'finder_oneWord', substitution: 'Patrick' }],
    });
  });

  it('asks for the missing half of first + last, and for a name when there is none', () => {
    expect(readFinderFields(fields({ firstName: 'Ada' }))).toMatchObject({ ok: false, problems: [{ key: 'finder_needLastName' }] });
    expect(readFinderFields(fields({ lastName: 'Lovelace' }))).toMatchObject({ ok: false, problems: [{ key: 'finder_needFirstName' }] });
    expect(readFinderFields(fields({}))).toMatchObject({ ok: false, problems: [{ key: 'finder_needName' }] });
    expect(readFinderFields(fields({ fullName: 'https://example.com' }))).toMatchObject({ ok: false, problems: [{ key: 'finder_notAName' }] });
  });

  it('says why a domain cannot be searched', () => {
    const problem = (domain: string) => {
      const result = readFinderFields(fields({ fullName: 'Ada Lovelace', domain }));
      return result.ok ? null : result.problems[0]?.key;
    };
    expect(problem('')).toBe('finder_domain_empty');
    expect(problem('gmail.com')).toBe('finder_domain_webmail');
    expect(problem('127.0.0.1')).toBe('finder_domain_ip');
    expect(problem('localhost')).toBe('finder_domain_localhost');
    expect(problem('not a domain')).toBe('finder_domain_invalid');
    expect(problem('chrome://newtab')).toBe('finder_domain_not_web');
  });

  it('reports a bad name and a bad domain together', () => {
    const result = readFinderFields(fields({ fullName: 'Ada', domain: '' }));
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['name', 'domain']);
  });
});

describe('finder messages', () => {
  it('every reason a domain is refused has a sentence in every language', async () => {
    const { readLocale, localeNames } = await import('../../scripts/locales');
    const reasons = ['empty', 'invalid', 'ip', 'localhost', 'not_web', 'webmail', 'no_suffix', 'not_company'];
    for (const lang of localeNames()) {
      for (const reason of reasons) expect(readLocale(lang), `${lang}:${reason}`).toHaveProperty(`finder_domain_${reason}`);
    }
  });

  it('asks by company name when no domain is given, and prefers the domain when both are', () => {
    expect(readFinderFields(fields({ fullName: 'Jane Doe', domain: '', company: ' Stripe ' }))).toEqual({
      ok: true,
      query: { first: 'Jane', last: 'Doe', domain: null, company: 'Stripe', display: 'Stripe' },
    });
    expect(readFinderFields(fields({ fullName: 'Jane Doe', domain: 'stripe.com', company: 'Acme' }))).toMatchObject({
      ok: true,
      query: { domain: 'stripe.com', company: null },
    });
    expect(readFinderFields(fields({ fullName: 'Jane Doe', domain: '', company: '' }))).toMatchObject({
      ok: false,
      problems: [{ field: 'domain', key: 'finder_domain_empty' }],
    });
  });
});
