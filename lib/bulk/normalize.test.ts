import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../domains';
import { planJob } from './normalize';
import type { BulkInput, InputRow } from './types';

const rows = (...lines: string[][]): InputRow[] => lines.map((cells, i) => ({ line: i + 2, cells }));
const input = (kind: BulkInput['kind'], mapping: BulkInput['mapping'], r: InputRow[]): BulkInput =>
  ({ kind, mapping, rows: r, header: [], options: { limit: 10 }, fileName: null });

describe('planJob', () => {
  it('Domains: URLs and addresses become registrable domains; bad rows listed; duplicates asked once', () => {
    const plan = planJob(input('domains', { domain: 0 }, rows(
      ['https://www.Stripe.com/about'], ['jane@eng.stripe.com'], ['blog.bbc.co.uk'], ['not a domain'], [''], ['gmail.com'], ['localhost'],
    )), registrableDomain);
    expect(plan.queries).toEqual([{ kind: 'domains', domain: 'stripe.com' }, { kind: 'domains', domain: 'bbc.co.uk' }]);
    expect(plan.rowQuery).toEqual([0, 0, 1, null, null, null, null]);
    expect(plan.duplicates).toBe(1);
    expect(plan.invalid).toEqual([
      { line: 5, reason: 'bad_domain', value: 'not a domain' },
      { line: 6, reason: 'no_domain', value: '' },
      { line: 7, reason: 'webmail', value: 'gmail.com' },
      { line: 8, reason: 'bad_domain', value: 'localhost' },
    ]);
  });

  it('Names: full names split by lib/names, a company when there is no domain, one-word names refused', () => {
    const plan = planJob(input('names', { full_name: 0, domain: 1, company: 2 }, rows(
      ['Dr. Ada Lovelace PhD', 'https://asana.com', ''], ['ADA LOVELACE', 'asana.com', ''], ['Ludwig van Beethoven', '', 'Wiener Musik'],
      ['Madonna', 'asana.com', ''], ['Ada Lovelace', '', ''],
    )), registrableDomain);
    expect(plan.queries).toEqual([
      { kind: 'names', first_name: 'Ada', last_name: 'Lovelace', domain: 'asana.com' },
      { kind: 'names', first_name: 'Ludwig', last_name: 'van Beethoven', company: 'Wiener Musik' },
    ]);
    expect(plan.duplicates).toBe(1);
    expect(plan.invalid.map((i) => [i.line, i.reason])).toEqual([[5, 'one_word_name'], [6, 'no_domain']]);
  });

  it('Names: first and last columns used as they are', () => {
    const plan = planJob(input('names', { first_name: 0, last_name: 1, domain: 2 }, rows(['Jean', 'Dupont', 'www.bbc.co.uk'])), registrableDomain);
    expect(plan.queries).toEqual([{ kind: 'names', first_name: 'Jean', last_name: 'Dupont', domain: 'bbc.co.uk' }]);
  });

  it('Addresses: lowercased, mailto: dropped, malformed refused, webmail kept (the verifier answers it)', () => {
    const plan = planJob(input('addresses', { email: 0 }, rows(
      ['Jane@Stripe.com'], ['mailto:jane@stripe.com'], ['jane@'], ['bob@gmail.com'], [''],
    )), registrableDomain);
    expect(plan.queries).toEqual([{ kind: 'addresses', email: 'jane@stripe.com' }, { kind: 'addresses', email: 'bob@gmail.com' }]);
    expect(plan.duplicates).toBe(1);
    expect(plan.invalid.map((i) => [i.line, i.reason])).toEqual([[4, 'bad_email'], [6, 'no_email']]);
  });
});
