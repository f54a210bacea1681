import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { csvFileName, downloadCsv } from '@/lib/csv/download';
import { leadsToCsv } from '@/lib/csv/leads-csv';
import { t } from '@/lib/i18n';
import type { LeadsView } from '@/lib/leads/filters';
import type { ReplyError } from '@/lib/messaging/protocol';
import { fetchEveryLead, LeadsFetchFailed } from './fetch-leads';
import { Progress } from './Progress';

interface ExportCsvProps {
  view: Pick<LeadsView, 'listId' | 'filters'>;
  /** Names the file: the list's name, or "all leads". */
  what: string;
}

/** Exports the current view, every page of it, with a bar while the pages come in. */
export function ExportCsv({ view, what }: ExportCsvProps) {
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);

  async function exportView() {
    setError(null);
    setProgress({ done: 0, total: null });
    try {
      const leads = await fetchEveryLead(view, (done, total) => setProgress({ done, total }));
      downloadCsv(csvFileName(what), leadsToCsv(leads));
    } catch (failure) {
      if (!(failure instanceof LeadsFetchFailed)) throw failure;
      setError(failure.error);
    } finally {
      setProgress(null);
    }
  }

  return (
    <div class="export">
      <button type="button" disabled={progress !== null} onClick={() => void exportView()}>
        {t('leads_exportCsv')}
      </button>
      {progress && <Progress label={t('leads_exportProgress')} done={progress.done} total={progress.total} />}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
