import { t } from '@/lib/i18n';
import { lastPageOffset, PAGE_SIZES } from '@/lib/leads/filters';

interface PagerProps {
  offset: number;
  limit: number;
  /** null while the first answer is awaited. */
  total: number | null;
  onOffset: (offset: number) => void;
  onLimit: (limit: number) => void;
}

/** "1–25 of 250" with previous/next and a page size of at most 100 (the API's limit). */
export function Pager({ offset, limit, total, onOffset, onLimit }: PagerProps) {
  const shownTo = total === null ? offset + limit : Math.min(total, offset + limit);
  return (
    <nav class="pager row" aria-label={t('leads_pagerLabel')}>
      <span class="pager-range">
        {total === null ? '\u00a0' : total === 0 ? t('leads_rangeNone') : t('leads_range', [String(offset + 1), String(shownTo), String(total)])}
      </span>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {t('leads_previousPage')}
      </button>
      <button type="button" disabled={total === null || offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        {t('leads_nextPage')}
      </button>
      <label class="inline">
        {t('leads_pageSize')}
        <select
          value={String(limit)}
          onChange={(e) => onLimit(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={String(size)}>{size}</option>
          ))}
        </select>
      </label>
      {total !== null && offset > lastPageOffset(total, limit) && (
        <button type="button" onClick={() => onOffset(lastPageOffset(total, limit))}>{t('leads_lastPage')}</button>
      )}
    </nav>
  );
}
