import Papa from 'papaparse';
import { protectFormula } from '../csv/formula';
import type { ResultRow } from './result-rows';

// The export: the input's own columns as they were, then the answers.

export const ANSWER_COLUMNS = ['email', 'score', 'status', 'sources', 'error', 'guessed'] as const;

export function resultsToCsv(header: readonly string[], rows: readonly ResultRow[], errorText: (row: ResultRow) => string): string {
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length), 0);
  const inputHeader = Array.from({ length: width }, (_, i) => header[i] ?? `column_${i + 1}`);
  const data = rows.map((row) => [
    ...Array.from({ length: width }, (_, i) => protectFormula(row.cells[i] ?? '')),
    protectFormula(row.email ?? ''),
    row.score ?? '',
    row.status ?? '',
    row.sources ?? '',
    protectFormula(errorText(row)),
    row.guessed ? 'yes' : 'no',
  ]);
  return Papa.unparse({ fields: [...inputHeader, ...ANSWER_COLUMNS], data }, { newline: '\r\n' });
}
