import { describe, expect, it } from 'vitest';
import { fieldOfHeader, guessMapping, missingFields } from './column-mapping';
import type { InputRow } from './types';

const rows = (...lines: string[][]): InputRow[] => lines.map((cells, i) => ({ line: i + 2, cells }));

describe('column mapping', () => {
  it('reads the usual header words, in English and French', () => {
    expect(fieldOfHeader('E-mail')).toBe('email');
    expect(fieldOfHeader('First Name')).toBe('first_name');
    expect(fieldOfHeader('last_name')).toBe('last_name');
    expect(fieldOfHeader('Company Website')).toBe('domain');
    expect(fieldOfHeader('Organization')).toBe('company');
    expect(fieldOfHeader('Prénom')).toBe('first_name');
    expect(fieldOfHeader('Notes')).toBeNull();
  });

  it('maps a Names file from its header, first + last over a full name', () => {
    const mapping = guessMapping('names', ['Full name', 'First', 'Last', 'Website', 'Company'], rows(['Ada Lovelace', 'Ada', 'Lovelace', 'asana.com', 'Asana']));
    expect(mapping).toEqual({ first_name: 1, last_name: 2, domain: 3, company: 4 });
  });

  it('maps a file without a header from what its cells look like', () => {
    expect(guessMapping('names', null, rows(['Ada Lovelace', 'https://asana.com']))).toEqual({ full_name: 0, domain: 1 });
    expect(guessMapping('addresses', null, rows(['1', 'jane@stripe.com']))).toEqual({ email: 1 });
    expect(guessMapping('domains', null, rows(['Stripe', 'stripe.com']))).toEqual({ domain: 1 });
  });

  it('takes a Domains job’s domain from an address column when there is nothing else', () => {
    expect(guessMapping('domains', ['Email'], rows(['jane@stripe.com']))).toEqual({ domain: 0 });
  });

  it('says what is missing', () => {
    expect(missingFields('names', { full_name: 0 })).toEqual(['domain']);
    expect(missingFields('names', { first_name: 0, company: 1 })).toEqual(['full_name']);
    expect(missingFields('addresses', {})).toEqual(['email']);
    expect(missingFields('domains', { domain: 2 })).toEqual([]);
  });
});
