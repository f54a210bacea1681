import { errorSentence } from '@/components/error-sentence';
import { parseLeadsCsv } from '@/lib/csv/leads-csv';
import { planImport, type RejectedRow } from '@/lib/leads/import-plan';
import { send } from '@/lib/messaging/send';
import { emailsInList } from './fetch-leads';

export interface ImportOutcome {
  created: number;
  duplicateInFile: number[];
  duplicateInList: number[];
  rejected: RejectedRow[];
  ignoredColumns: string[];
}

export type ImportFileProblem = 'empty' | 'no_name_columns';

/**
 * Reads the file, skips what the list already has, and creates the rest one by one. A row the API refuses
 * is reported with its line; a failure that would hit every row (no key, quota, offline) stops the import
 * and every row not yet sent is reported with it, so no row is dropped silently.
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
  const rejected = [...plan.rejected];
  let created = 0;
  let stopReason: string | null = null;
  for (const [index, row] of plan.toCreate.entries()) {
    if (stopReason === null) {
      const reply = await send('leadCreate', { ...row.input, leads_list_id: listId });
      if (reply.ok) created++;
      else if (reply.error.kind === 'unprocessable' || reply.error.kind === 'bad_params') {
        rejected.push({ line: row.line, reason: { kind: 'refused', message: errorSentence(reply.error) } });
      } else stopReason = errorSentence(reply.error);
    }
    if (stopReason !== null) rejected.push({ line: row.line, reason: { kind: 'refused', message: stopReason } });
    onProgress(index + 1, plan.toCreate.length);
  }
  rejected.sort((a, b) => a.line - b.line);
  return {
    created,
    duplicateInFile: plan.duplicateInFile,
    duplicateInList: plan.duplicateInList,
    rejected,
    ignoredColumns: parsed.ignoredColumns,
  };
}
