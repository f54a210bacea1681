import { useState } from 'preact/hooks';
import type { LeadsListSummary } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { Dialog } from './Dialog';
import { ImportReport } from './ImportReport';
import { Progress } from './Progress';
import { runImport, type ImportFileProblem, type ImportOutcome } from './run-import';
import { LeadsFetchFailed } from './fetch-leads';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { ReplyError } from '@/lib/messaging/protocol';

interface ImportDialogProps {
  lists: LeadsListSummary[];
  initialListId: number | null;
  onClose: () => void;
  onImported: () => void;
}

/** Import a CSV of leads into a chosen list, then say exactly what happened to every row. */
export function ImportDialog({ lists, initialListId, onClose, onImported }: ImportDialogProps) {
  const [listId, setListId] = useState<number | null>(initialListId ?? lists[0]?.id ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  const [outcome, setOutcome] = useState<{ result: ImportOutcome; listName: string } | null>(null);
  const [problem, setProblem] = useState<ImportFileProblem | 'no_file' | 'no_list' | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);

  async function start(event: Event) {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    if (listId === null) return setProblem('no_list');
    if (!file) return setProblem('no_file');
    setProblem(null);
    setProgress({ done: 0, total: null });
    try {
      const result = await runImport(await file.text(), listId, (done, total) => setProgress({ done, total }));
      if (typeof result === 'string') return setProblem(result);
      setOutcome({ result, listName: lists.find((list) => list.id === listId)?.name ?? '' });
      onImported();
    } catch (failure) {
      if (!(failure instanceof LeadsFetchFailed)) throw failure;
      setError(failure.error);
    } finally {
      setProgress(null);
    }
  }

  const problemText = {
    empty: t('leads_importEmpty'),
    no_name_columns: t('leads_importNoNames'),
    no_file: t('leads_importNoFile'),
    no_list: t('leads_importNoList'),
  };

  return (
    <Dialog title={t('leads_importTitle')} onClose={onClose}>
      <form class="stack" onSubmit={start}>
        <p class="muted">{t('leads_importHelp')}</p>
        <label>
          {t('leads_importInto')}
          <select value={listId === null ? '' : String(listId)} onChange={(e) => setListId(Number((e.currentTarget as HTMLSelectElement).value))}>
            {listId === null && <option value="">{t('leads_chooseList')}</option>}
            {lists.map((list) => (
              <option key={list.id} value={String(list.id)}>{list.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('leads_csvFile')}
          <input type="file" accept=".csv,text/csv" onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)} />
        </label>
        {problem && <p class="alert error" role="alert">{problemText[problem]}</p>}
        {error && <ErrorMessage error={error} />}
        {progress && <Progress label={t('leads_importProgress')} done={progress.done} total={progress.total} />}
        <div class="row dialog-actions">
          <button type="submit" class="primary" disabled={progress !== null}>{t('leads_import')}</button>
          <button type="button" onClick={onClose}>{t('leads_close')}</button>
        </div>
      </form>
      {outcome && <ImportReport outcome={outcome.result} listName={outcome.listName} />}
    </Dialog>
  );
}
