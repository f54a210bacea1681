import { errorSentence } from '@/components/error-sentence';
import { parseLeadsCsv } from '@/lib/csv/leads-csv';
import { planImport, type RejectedRow } from '@/lib/leads/import-plan';
import { send } from '@/lib/messaging/send';
import type { OutboxItem } from '@/lib/outbox/types';
import { emailsInList } from './fetch-leads';

export interface ImportOutcome {
  created: number;
  duplicateInFile: number[];
  duplicateInList: number[];
  rejected: RejectedRow[];
  ignoredColumns: string[];
  /** Rows written to the outbox and not yet sent (the API out of reach): they go out from there, later. */
  waiting: number;
}

export type ImportFileProblem = 'empty' | 'no_name_columns';

/** A refusal of this one row (its data); anything else (key, quota, plan) would refuse every row alike. */
const rowRefused = (item: OutboxItem) => item.error?.kind === 'unprocessable' || item.error?.kind === 'bad_params';

/**
 * Reads the file, skips what the list already has, and writes every other row to the outbox at once (so
 * closing the page drops nothing), then delivers them one by one for the progress bar. A row the API refuses
 * is reported with its line; a failure that would hit every row (quota, a refused key) stops the import: the
 * rows not yet sent are taken back out of the outbox and reported with it, so no row is dropped silently.
 */
export async function runImport(
  text: string,
  listId: number,
  onProgress: (done: number, total: number | null) => void,
): Promise<ImportOutcome | ImportFileProblem> {
  const parsed = parseLeadsCsv(text);
  if (parsed.fileProblem) return parsed.fileProblem;
  onProgress(0, null);
  const plan = planImport(parsed, await emailsInList(listId, () => {}));
  const outcome: ImportOutcome = {
    created: 0,
    duplicateInFile: plan.duplicateInFile,
    duplicateInList: [...plan.duplicateInList],
    rejected: [...plan.rejected],
    ignoredColumns: parsed.ignoredColumns,
    waiting: 0,
  };
  const refuse = (line: number, message: string) => outcome.rejected.push({ line, reason: { kind: 'refused', message } });
  const written = plan.toCreate.length > 0 ? await send('leadsImport', { drafts: plan.toCreate.map((row) => row.input), listId }) : null;
  if (written && !written.ok) plan.toCreate.forEach((row) => refuse(row.line, errorSentence(written.error)));
  const ids = written?.ok ? written.data.ids : [];

  let stopReason: string | null = null;
  for (const [index, id] of ids.entries()) {
    const line = plan.toCreate[index]!.line;
    if (stopReason !== null) {
      const taken = await send('outboxCancel', { id });
      if (!taken.ok || taken.data.cancelled) {
        refuse(line, stopReason);
        onProgress(index + 1, ids.length);
        continue;
      }
      // Already on its way or settled beside the one that stopped: read how it ended.
    }
    const reply = await send('outboxDeliverItem', { id });
    const item = reply.ok ? reply.data : null;
    if (!reply.ok) {
      stopReason = errorSentence(reply.error);
      refuse(line, stopReason);
    } else if (item === null) {
      refuse(line, stopReason ?? errorSentence({ kind: 'internal', status: null, message: '' }));
    } else if (item.state === 'pending') {
      outcome.waiting++;
    } else if (item.state === 'delivered') {
      if (item.saved?.existed) outcome.duplicateInList.push(line);
      else outcome.created++;
    } else {
      const message = item.error ? errorSentence(item.error) : '';
      refuse(line, message);
      if (!rowRefused(item)) stopReason ??= message;
    }
    onProgress(index + 1, ids.length);
  }
  outcome.rejected.sort((a, b) => a.line - b.line);
  outcome.duplicateInList.sort((a, b) => a - b);
  return outcome;
}
