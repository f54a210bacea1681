import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ReplyError, ResponseOf } from '@/lib/messaging/protocol';
import { columnCount, guessMapping, missingFields } from '@/lib/bulk/column-mapping';
import { readCsvText } from '@/lib/bulk/read-csv';
import type { BulkInput, BulkKind, ColumnMapping, DomainOptions } from '@/lib/bulk/types';
import { ColumnMap } from './ColumnMap';
import { DomainFilters } from './DomainFilters';
import { KindChoice } from './KindChoice';
import { PlanSummary } from './PlanSummary';
import { RowsInput, type RowsSource } from './RowsInput';

type Plan = { state: 'idle' } | { state: 'checking' } | { state: 'done'; data: ResponseOf<'bulkPlan'> } | { state: 'error'; error: ReplyError };

/** Rows handed over by the popup's "People" tab (bulk.html#names=<CSV>), or null. */
export function readNamesFragment(): string | null {
  const match = /^#names=(.*)$/s.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** A new job: kind, rows, columns, filters; then its price, computed again whenever any of them changes. */
export function NewJob({ onStarted }: { onStarted: (id: string) => void }) {
  const [fromPage] = useState(readNamesFragment);
  const [kind, setKind] = useState<BulkKind>(fromPage ? 'names' : 'domains');
  const [source, setSource] = useState<RowsSource>({ text: fromPage ?? '', fileName: null });
  const [options, setOptions] = useState<DomainOptions>({ limit: 10 });
  const read = useMemo(() => readCsvText(source.text), [source.text]);
  const columns = columnCount(read.header, read.rows);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [plan, setPlan] = useState<Plan>({ state: 'idle' });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ReplyError | null>(null);

  // A new file or kind: guess the columns again.
  useEffect(() => setMapping(guessMapping(kind, read.header, read.rows)), [kind, read]);

  const missing = missingFields(kind, mapping);
  const input: BulkInput = { kind, header: read.header ?? [], rows: read.rows, mapping, options, fileName: source.fileName };
  const inputKey = JSON.stringify([kind, mapping, options, source.text.length, source.fileName, read.rows.length]);

  useEffect(() => {
    if (read.rows.length === 0 || missing.length > 0) return setPlan({ state: 'idle' });
    setPlan({ state: 'checking' });
    let current = true;
    const timer = setTimeout(async () => {
      const reply = await send('bulkPlan', input);
      if (current) setPlan(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [inputKey, source.text]);

  async function start(onlyWhatFits: boolean) {
    setStarting(true);
    setStartError(null);
    const reply = await send('bulkStart', { input, onlyWhatFits });
    setStarting(false);
    // A reload must not offer the page's people again as a new job.
    if (fromPage) history.replaceState(null, '', location.pathname);
    if (reply.ok) onStarted(reply.data.id);
    else setStartError(reply.error);
  }

  return (
    <div class="stack new-job">
      <KindChoice kind={kind} onChange={setKind} />
      <RowsInput source={source} onChange={setSource} />
      {read.unreadable.length > 0 && (
        <p class="alert warn" role="status">{t('bulk_unreadable', read.unreadable.slice(0, 20).join(', '))}</p>
      )}
      {read.rows.length > 0 && (
        <>
          <p class="muted" role="status">{t('bulk_rowsRead', [String(read.rows.length), read.header ? t('bulk_withHeader') : t('bulk_noHeader')])}</p>
          <ColumnMap kind={kind} header={read.header} rows={read.rows} columns={columns} mapping={mapping} onChange={setMapping} />
          {missing.length > 0 && (
            <p class="alert warn" role="status">{t('bulk_missing', missing.map((f) => t(`bulk_field_${f}`)).join(', '))}</p>
          )}
        </>
      )}
      {kind === 'domains' && <DomainFilters options={options} onChange={setOptions} />}
      {plan.state === 'checking' && <p class="muted" role="status">{t('bulk_checking')}</p>}
      {plan.state === 'error' && <ErrorMessage error={plan.error} />}
      {plan.state === 'done' && (
        <PlanSummary kind={kind} invalid={plan.data.invalid} duplicates={plan.data.duplicates} estimate={plan.data.estimate} starting={starting} onStart={(fits) => void start(fits)} />
      )}
      {startError && <ErrorMessage error={startError} />}
    </div>
  );
}
