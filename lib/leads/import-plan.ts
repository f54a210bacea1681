import type { LeadInput } from '@/lib/hunter';
import type { CsvRowProblem, ParsedLeadsCsv } from '@/lib/csv/leads-csv';
import { formToLeadInput, validateLead, type LeadProblem } from './validate-lead';

// What importing a parsed CSV into a list will do, decided before any call: which rows to create, which are
// rejected and why, which are duplicates (same address, case-insensitive) of an earlier row or of the list.

export type RejectReason =
  | { kind: 'invalid'; problems: LeadProblem[] }
  | { kind: 'unreadable'; problem: CsvRowProblem }
  /** The API refused the row; its own sentence. */
  | { kind: 'refused'; message: string };

export interface RejectedRow {
  line: number;
  reason: RejectReason;
}

export interface ImportPlan {
  toCreate: Array<{ line: number; input: LeadInput }>;
  rejected: RejectedRow[];
  duplicateInFile: number[];
  duplicateInList: number[];
}

export function emailKey(email: string | null | undefined): string | null {
  const key = email?.trim().toLowerCase();
  return key ? key : null;
}

export function planImport(parsed: ParsedLeadsCsv, emailsInList: ReadonlySet<string>): ImportPlan {
  const plan: ImportPlan = { toCreate: [], rejected: [], duplicateInFile: [], duplicateInList: [] };
  for (const { line, problem } of parsed.unreadable) plan.rejected.push({ line, reason: { kind: 'unreadable', problem } });
  const seen = new Set<string>();
  for (const { line, form } of parsed.rows) {
    const problems = validateLead(form);
    if (problems.length > 0) {
      plan.rejected.push({ line, reason: { kind: 'invalid', problems } });
      continue;
    }
    const key = emailKey(form.email);
    if (key !== null && emailsInList.has(key)) {
      plan.duplicateInList.push(line);
      continue;
    }
    if (key !== null && seen.has(key)) {
      plan.duplicateInFile.push(line);
      continue;
    }
    if (key !== null) seen.add(key);
    plan.toCreate.push({ line, input: formToLeadInput(form) });
  }
  plan.rejected.sort((a, b) => a.line - b.line);
  return plan;
}
