import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_FIELDS, type LeadField } from '@/lib/leads/lead-fields';
import { planImport } from '@/lib/leads/import-plan';
import { validateLead } from '@/lib/leads/validate-lead';
import { leadsToCsv, parseLeadsCsv } from './leads-csv';

// A CSV file is whatever the user drops: any bytes, broken quotes, formulas, other delimiters. It is read
// without a crash, every problem gets its line, and only rows the API could accept are ever sent.

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab,;"\'\t\n\r =+-@é李 '.split('')), maxLength: 12 }),
  fc.constantFrom('', 'Ada', 'Lovelace', 'ada@stripe.com', 'not-an-address', '=HYPERLINK("x")', '+1', '@SUM(A1)', '-2', '100', '101', 'US', 'ZZ'),
);
const header = fc.constantFrom('first_name', 'last_name', 'email', 'First Name', 'surname', 'company', 'confidence_score', 'country_code', 'notes', 'leads_list', '');
const csvLike = fc
  .tuple(fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([head, rows, delimiter, newline]) => [head, ...rows].map((row) => row.join(delimiter)).join(newline));

describe('leads CSV, on any file', () => {
  it('never throws; every row and every unreadable line has its own line number', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, csvLike), (text) => {
        const parsed = parseLeadsCsv(text);
        const lines = [...parsed.rows.map((row) => row.line), ...parsed.unreadable.map((row) => row.line)];
        expect(new Set(lines).size).toBe(lines.length);
        for (const line of lines) expect(line).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  it('only rows the API could accept are planned for creation; every other row is reported by line', () => {
    fc.assert(
      fc.property(csvLike, (text) => {
        const parsed = parseLeadsCsv(text);
        const plan = planImport(parsed, new Set(['ada@stripe.com']));
        for (const { input } of plan.toCreate) {
          expect(String(input.first_name ?? '').trim()).not.toBe('');
          expect(String(input.last_name ?? '').trim()).not.toBe('');
          expect(input.email).not.toBe('ada@stripe.com');
        }
        const accounted = plan.toCreate.length + plan.rejected.length + plan.duplicateInFile.length + plan.duplicateInList.length;
        expect(accounted).toBe(parsed.rows.length + parsed.unreadable.length);
        for (const row of parsed.rows) {
          if (validateLead(row.form).length > 0) expect(plan.rejected.map((r) => r.line)).toContain(row.line);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an exported file imports back as it was: commas, quotes, line breaks and formula-looking text included', () => {
    const value = fc.oneof(cell, fc.string({ unit: 'grapheme', maxLength: 20 }));
    const lead = fc.record(Object.fromEntries(LEAD_FIELDS.map((field) => [field, value])) as Record<LeadField, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(fc.array(lead, { minLength: 1, maxLength: 5 }), (leads) => {
        // A row whose names are both empty is skipped as blank on the way back; keep one cell filled.
        const rows = leads.map((l) => ({ ...l, first_name: `${l.first_name}x` }));
        const parsed = parseLeadsCsv(leadsToCsv(rows));
        expect(parsed.unreadable).toEqual([]);
        // Line breaks inside a cell come back as \n, whatever they were.
        const asRead = (text: string) => text.replace(/\r\n?/g, '\n').trim();
        expect(parsed.rows.map((row) => row.form)).toEqual(rows.map((l) => Object.fromEntries(LEAD_FIELDS.map((field) => [field, asRead(l[field])]))));
      }),
      { numRuns: 300 },
    );
  });
});
