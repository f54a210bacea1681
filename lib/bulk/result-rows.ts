import type { ReplyError } from '../messaging/protocol';
import type { JobInput } from './job-store';
import type { BulkAnswer, BulkQuery, InvalidReason } from './types';

// A job's rows with their answers, one line per address found (a Domains row gives up to N), for the results
// table and the CSV export. Pure: the page reads the pieces from IndexedDB and calls this.

export type RowState = 'found' | 'not_found' | 'failed' | 'pending' | 'invalid';

export interface ResultRow {
  /** Position in the table before sorting; also the key. */
  order: number;
  line: number;
  cells: string[];
  question: string;
  state: RowState;
  email: string | null;
  score: number | null;
  status: string | null;
  sources: number | null;
  first_name: string | null;
  last_name: string | null;
  position: string | null;
  guessed: boolean;
  error: ReplyError | null;
  invalid: InvalidReason | null;
}

export function questionText(query: BulkQuery): string {
  if (query.kind === 'domains') return query.domain;
  if (query.kind === 'addresses') return query.email;
  return `${query.first_name} ${query.last_name} @ ${query.domain ?? query.company ?? ''}`;
}

export function resultRows(input: JobInput, queries: readonly BulkQuery[], answers: ReadonlyArray<BulkAnswer | undefined>): ResultRow[] {
  const rows: ResultRow[] = [];
  const invalidByLine = new Map(input.invalid.map((i) => [i.line, i]));
  const base = { email: null, score: null, status: null, sources: null, first_name: null, last_name: null, position: null, guessed: false, error: null, invalid: null };
  input.rows.forEach((row, r) => {
    const q = input.rowQuery[r];
    const push = (extra: Partial<ResultRow> & { state: RowState; question: string }) =>
      rows.push({ ...base, order: rows.length, line: row.line, cells: row.cells, ...extra });
    if (q === null || q === undefined) {
      const bad = invalidByLine.get(row.line);
      push({ state: 'invalid', question: bad?.value ?? '', invalid: bad?.reason ?? null });
      return;
    }
    const question = questionText(queries[q]!);
    const answer = answers[q];
    if (!answer || answer.state === 'inflight') return push({ state: 'pending', question });
    if (answer.state === 'failed') return push({ state: 'failed', question, error: answer.error });
    if (answer.addresses.length === 0) return push({ state: 'not_found', question });
    for (const a of answer.addresses) {
      push({
        state: 'found', question, email: a.email, score: a.score, status: a.status, sources: a.sources,
        first_name: a.first_name, last_name: a.last_name, position: a.position, guessed: a.guessed,
      });
    }
  });
  return rows;
}
