import Papa from 'papaparse';
import { emptyLeadForm, isLeadField, LEAD_FIELDS, type LeadField, type LeadForm } from '@/lib/leads/lead-fields';
import { protectFormula, unprotectFormula } from './formula';

// Leads ↔ CSV. The header uses the API's own field names, so an exported file imports back as it was.

export interface ExportableLead extends Partial<Record<LeadField, string | number | null>> {
  id?: number;
  leads_list?: { name: string } | null;
}

export const LIST_COLUMN = 'leads_list';

export function leadsToCsv(leads: readonly ExportableLead[]): string {
  const rows = leads.map((lead) => [
    ...LEAD_FIELDS.map((field) => protectFormula(lead[field] ?? null)),
    protectFormula(lead.leads_list?.name ?? null),
  ]);
  return Papa.unparse({ fields: [...LEAD_FIELDS, LIST_COLUMN], data: rows }, { newline: '\r\n' });
}

/** Headers people write for the same thing, after lower-casing and turning spaces into `_`. */
const HEADER_ALIASES: Record<string, LeadField> = {
  first: 'first_name',
  firstname: 'first_name',
  given_name: 'first_name',
  last: 'last_name',
  lastname: 'last_name',
  surname: 'last_name',
  family_name: 'last_name',
  email_address: 'email',
  e_mail: 'email',
  title: 'position',
  job_title: 'position',
  industry: 'company_industry',
  confidence: 'confidence_score',
  score: 'confidence_score',
  country: 'country_code',
  zip: 'postal_code',
  zip_code: 'postal_code',
  linkedin: 'linkedin_url',
  phone: 'phone_number',
  twitter_handle: 'twitter',
};

export function headerToField(header: string): LeadField | null {
  const name = header.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (isLeadField(name)) return name;
  return HEADER_ALIASES[name] ?? null;
}

export type CsvRowProblem = 'malformed' | 'extra_fields';

export interface ParsedLeadsCsv {
  /** Rows with their line in the file (the header is line 1), as form text. */
  rows: Array<{ line: number; form: LeadForm }>;
  /** Rows that could not be read as a row of this file. */
  unreadable: Array<{ line: number; problem: CsvRowProblem }>;
  /** Why the whole file cannot be imported, when it cannot. */
  fileProblem: 'empty' | 'no_name_columns' | null;
  /** Header cells that match no lead field: shown, so a misspelt column is not ignored unnoticed. */
  ignoredColumns: string[];
}

export function parseLeadsCsv(text: string): ParsedLeadsCsv {
  // One kind of line break, no BOM: papaparse guesses a single line ending for the whole file.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: Array<{ line: number; cells: string[]; broken: boolean }> = [];
  let start = 0;
  Papa.parse<string[]>(normalized, {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const line = 1 + countNewlines(normalized, start);
      const broken = result.errors.some((error) => error.type !== 'Delimiter');
      records.push({ line, cells: result.data, broken });
      start = result.meta.cursor + 1;
    },
  });
  const nonEmpty = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const header = nonEmpty.shift();
  const result: ParsedLeadsCsv = { rows: [], unreadable: [], fileProblem: null, ignoredColumns: [] };
  if (!header) return { ...result, fileProblem: 'empty' };
  const columns = header.cells.map(headerToField);
  result.ignoredColumns = header.cells.filter((cell, i) => columns[i] === null && cell.trim() !== '' && cell.trim() !== LIST_COLUMN && cell.trim() !== 'id');
  if (!columns.includes('first_name') || !columns.includes('last_name')) return { ...result, fileProblem: 'no_name_columns' };
  for (const record of nonEmpty) {
    if (record.broken) {
      result.unreadable.push({ line: record.line, problem: 'malformed' });
      continue;
    }
    const extra = record.cells.slice(columns.length).some((cell) => cell.trim() !== '');
    if (extra) {
      result.unreadable.push({ line: record.line, problem: 'extra_fields' });
      continue;
    }
    const form = emptyLeadForm();
    columns.forEach((field, i) => {
      if (field) form[field] = unprotectFormula(record.cells[i] ?? '').trim();
    });
    result.rows.push({ line: record.line, form });
  }
  return result;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
