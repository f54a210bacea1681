import { useMemo, useState } from 'preact/hooks';
import { errorSentence } from '@/components/error-sentence';
import { csvFileName, downloadCsv } from '@/lib/csv/download';
import { t } from '@/lib/i18n';
import { resultsToCsv } from '@/lib/bulk/results-csv';
import type { ResultRow, RowState } from '@/lib/bulk/result-rows';
import type { BulkKind } from '@/lib/bulk/types';

// 10,000 rows and more stay responsive: only the rows in view (and a few around) are in the DOM.
export const ROW_HEIGHT = 32;
const VIEW_HEIGHT = 480;
const OVERSCAN = 8;

type SortKey = 'line' | 'question' | 'email' | 'score' | 'status' | 'sources';
const COLUMNS: SortKey[] = ['line', 'question', 'email', 'score', 'status', 'sources'];
const SHOWN: Array<RowState | 'all'> = ['all', 'found', 'not_found', 'failed', 'invalid', 'pending'];

/** What a row says beyond its address: the error, the invalid reason, or "not found". */
export function rowNote(row: ResultRow): string {
  if (row.error) return errorSentence(row.error);
  if (row.invalid) return t(`bulk_invalid_${row.invalid}`);
  if (row.state === 'not_found') return t('bulk_notFound');
  if (row.state === 'pending') return t('bulk_pending');
  return '';
}

function compare(a: ResultRow, b: ResultRow, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (x === y) return a.order - b.order;
  if (x === null) return 1;
  if (y === null) return -1;
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
}

export function ResultsTable({ kind, header, rows }: { kind: BulkKind; header: string[]; rows: ResultRow[] }) {
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState<RowState | 'all'>('all');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'line', descending: false });
  const [scrollTop, setScrollTop] = useState(0);

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const kept = rows.filter((row) =>
      (shown === 'all' || row.state === shown) &&
      (!needle || [row.question, row.email ?? '', row.status ?? '', ...row.cells].some((v) => v.toLowerCase().includes(needle))));
    kept.sort((a, b) => (sort.descending ? -1 : 1) * compare(a, b, sort.key));
    return kept;
  }, [rows, filter, shown, sort]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(visible.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);

  return (
    <section class="card stack results" aria-labelledby="results-title">
      <div class="row">
        <h2 id="results-title">{t('bulk_results')}</h2>
        <button
          type="button" class="push-right" disabled={rows.length === 0}
          onClick={() => downloadCsv(csvFileName(`bulk-${kind}`), resultsToCsv(header, rows, rowNote))}
        >
          {t('bulk_exportCsv')}
        </button>
      </div>
      <div class="row">
        <label>
          {t('bulk_filter')}
          <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        <label>
          {t('bulk_show')}
          <select value={shown} onChange={(e) => setShown(e.currentTarget.value as RowState | 'all')}>
            {SHOWN.map((s) => <option key={s} value={s}>{t(`bulk_show_${s}`)}</option>)}
          </select>
        </label>
        <span class="muted" role="status">{t('bulk_rowsShown', [String(visible.length), String(rows.length)])}</span>
      </div>
      <div class="results-scroll" style={{ height: `${VIEW_HEIGHT}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <table class="results-table" aria-labelledby="results-title" aria-rowcount={visible.length + 1}>
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" class={`col-${key}`} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button" class="sort"
                    onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
                  >
                    {t(`bulk_col_${key}`)}
                  </button>
                </th>
              ))}
              <th scope="col" class="col-note">{t('bulk_col_note')}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />}
            {visible.slice(first, last).map((row, i) => (
              <tr key={row.order} aria-rowindex={first + i + 2} class={`state-${row.state}`}>
                <td class="number">{row.line}</td>
                <td>{row.question}</td>
                <td>
                  {row.email ?? ''}
                  {row.guessed && <span class="guess-tag">{t('bulk_guessed')}</span>}
                </td>
                <td class="number">{row.score ?? ''}</td>
                <td>{row.status ?? ''}</td>
                <td class="number">{row.sources ?? ''}</td>
                <td>{rowNote(row)}</td>
              </tr>
            ))}
            {last < visible.length && <tr aria-hidden="true" style={{ height: `${(visible.length - last) * ROW_HEIGHT}px` }} />}
          </tbody>
        </table>
        {visible.length === 0 && <p class="empty muted">{t('bulk_noRows')}</p>}
      </div>
    </section>
  );
}
