import { describe, expect, it } from 'vitest';
import { planImport } from '@/lib/leads/import-plan';
import { domainResultsToCsv } from './domain-results-csv';
import { csvFileName } from './download';
import { protectFormula, unprotectFormula } from './formula';
import { headerToField, leadsToCsv, parseLeadsCsv } from './leads-csv';

const hostile = {
  id: 5,
  first_name: '<img src=x onerror="window.__pwned=1">',
  last_name: 'Smith, "Jr"',
  email: 'mallory@stripe.com',
  company: 'Evil & Co\nLine two',
  confidence_score: 88,
  phone_number: '+33 1 23 45 67 89',
  position: '=HYPERLINK("http://evil")',
  country_code: 'FR',
  leads_list: { name: 'Prospects' },
};

describe('leadsToCsv → parseLeadsCsv', () => {
  it('round-trips every field, quotes, line breaks, other scripts and formula-looking text', () => {
    const leads = [hostile, { first_name: 'Анна', last_name: 'Петрова', email: null, confidence_score: null, leads_list: null }];
    const csv = leadsToCsv(leads);
    expect(csv.split('\r\n')[0]).toBe(
      'first_name,last_name,email,position,company,company_industry,company_size,confidence_score,website,country_code,postal_code,source,linkedin_url,phone_number,twitter,leads_list',
    );
    // A spreadsheet must not run it.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const parsed = parseLeadsCsv(`\uFEFF${csv}`);
    expect(parsed.fileProblem).toBeNull();
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.ignoredColumns).toEqual([]);
    expect(parsed.rows).toHaveLength(2);
    const [first, second] = parsed.rows;
    expect(first!.line).toBe(2);
    expect(first!.form).toMatchObject({
      first_name: hostile.first_name,
      last_name: hostile.last_name,
      company: hostile.company,
      position: hostile.position,
      phone_number: hostile.phone_number,
      confidence_score: '88',
    });
    // The company cell spans two physical lines: the next row starts on line 4.
    expect(second!.line).toBe(4);
    expect(second!.form).toMatchObject({ first_name: 'Анна', last_name: 'Петрова', email: '', confidence_score: '' });
  });
});

describe('parseLeadsCsv', () => {
  it('reads common header spellings, semicolons and CRLF, and names the columns it ignores', () => {
    const parsed = parseLeadsCsv('First Name;Last Name;E-mail;Country;Favourite colour\r\nAda;Lovelace;ada@example.com;gb;blue\r\n');
    expect(parsed.ignoredColumns).toEqual(['Favourite colour']);
    expect(parsed.rows).toEqual([
      { line: 2, form: expect.objectContaining({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: 'gb' }) },
    ]);
  });

  it('counts lines past blank lines and reports rows with extra cells or broken quotes', () => {
    const parsed = parseLeadsCsv('first_name,last_name\nAda,Lovelace\n\nAlan,Turing,extra\nGrace,"Hopper\n');
    expect(parsed.rows.map((row) => row.line)).toEqual([2]);
    expect(parsed.unreadable).toEqual([
      { line: 4, problem: 'extra_fields' },
      { line: 5, problem: 'malformed' },
    ]);
  });

  it('refuses an empty file and one without name columns', () => {
    expect(parseLeadsCsv('').fileProblem).toBe('empty');
    expect(parseLeadsCsv('\n \n').fileProblem).toBe('empty');
    expect(parseLeadsCsv('email\na@b.co\n').fileProblem).toBe('no_name_columns');
  });

  it('maps headers to fields', () => {
    expect(headerToField(' Phone ')).toBe('phone_number');
    expect(headerToField('linkedin_url')).toBe('linkedin_url');
    expect(headerToField('nickname')).toBeNull();
  });
});

describe('planImport', () => {
  const csv = [
    'first_name,last_name,email,confidence_score,country_code',
    'Ada,Lovelace,ada@example.com,90,GB',
    'Ada,Again,ADA@example.com,,',
    ',NoFirst,x@example.com,,',
    'Bad,Email,not-an-address,,',
    'Old,Lead,hoon@stripe.com,,',
    'Score,High,s@example.com,150,ZZ',
    'No,Email,,,',
    'Broken,"row',
  ].join('\n');

  it('creates the valid rows, rejects each bad row with its line and reason, counts duplicates apart', () => {
    const plan = planImport(parseLeadsCsv(csv), new Set(['hoon@stripe.com']));
    expect(plan.toCreate).toEqual([
      { line: 2, input: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', confidence_score: 90, country_code: 'GB' } },
      { line: 8, input: { first_name: 'No', last_name: 'Email' } },
    ]);
    expect(plan.duplicateInFile).toEqual([3]);
    expect(plan.duplicateInList).toEqual([6]);
    expect(plan.rejected).toEqual([
      { line: 4, reason: { kind: 'invalid', problems: [{ field: 'first_name', code: 'required' }] } },
      { line: 5, reason: { kind: 'invalid', problems: [{ field: 'email', code: 'email' }] } },
      {
        line: 7,
        reason: {
          kind: 'invalid',
          problems: [
            { field: 'confidence_score', code: 'confidence' },
            { field: 'country_code', code: 'country' },
          ],
        },
      },
      { line: 9, reason: { kind: 'unreadable', problem: 'malformed' } },
    ]);
  });
});

describe('formula protection', () => {
  it('protects cells a spreadsheet would run and gives them back on import', () => {
    for (const text of ['=1+1', '+33 1', '-2', '@SUM(A1)']) {
      expect(protectFormula(text)).toBe(`'${text}`);
      expect(unprotectFormula(protectFormula(text))).toBe(text);
    }
    expect(protectFormula(-3)).toBe('-3');
    expect(protectFormula(null)).toBe('');
    expect(unprotectFormula("'quoted")).toBe("'quoted");
  });
});

describe('domainResultsToCsv', () => {
  it('writes one row per address with the organization and sources', () => {
    const csv = domainResultsToCsv(
      [
        {
          value: 'patrick@stripe.com', type: 'personal', confidence: 99, first_name: 'Patrick', last_name: 'Collison',
          position: 'CEO', linkedin: null, twitter: 'patrickc', phone_number: null, department: 'executive',
          verification: { date: '2024-01-01', status: 'valid' },
          sources: [{ domain: 'a.com', uri: 'https://a.com/x', extracted_on: '', last_seen_on: '', still_on_page: true }],
        },
        {
          value: 'hr@stripe.com', type: 'generic', confidence: null, first_name: null, last_name: null, position: '=cmd()',
          linkedin: null, twitter: null, phone_number: null, sources: [],
        },
      ] as never,
      'Stripe',
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('email,type,confidence,first_name,last_name,position,seniority,department,linkedin,twitter,phone_number,verification_status,organization,sources');
    expect(lines[1]).toBe('patrick@stripe.com,personal,99,Patrick,Collison,CEO,,executive,,patrickc,,valid,Stripe,https://a.com/x');
    expect(lines[2]).toBe("hr@stripe.com,generic,,,,'=cmd(),,,,,,,Stripe,");
  });
});

describe('csvFileName', () => {
  it('makes a safe, dated file name', () => {
    expect(csvFileName('My leads / "list"', new Date('2024-05-01T12:00:00Z'))).toBe('quarry-my-leads-list-2024-05-01.csv');
    expect(csvFileName('***', new Date('2024-05-01T12:00:00Z'))).toBe('quarry-export-2024-05-01.csv');
  });
});
