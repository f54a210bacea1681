import { t } from '@/lib/i18n';
import { lastPageOffset, PAGE_SIZES, type PageSize } from '@/lib/leads/filters';

interface PagerProps {
  offset: number;
  limit: PageSize;
  /** null while the first answer is awaited. */
  total: number | null;
  onOffset: (offset: number) => void;
  onLimit: (limit: PageSize) => void;
}

/** "1–25 of 250" with previous/next and a page size of at most 100 (the API's limit), or every lead at once. */
export function Pager({ offset, limit, total, onOffset, onLimit }: PagerProps) {
  const size = limit === 'all' ? null : limit;
  const from = size === null ? 0 : offset;
  const shownTo = total === null ? from + (size ?? 0) : size === null ? total : Math.min(total, offset + size);
  return (
    <nav class="pager row" aria-label={t('leads_pagerLabel')}>
      <span class="pager-range">
        {total === null ? '\u00a0' : total === 0 ? t('leads_rangeNone') : t('leads_range', [String(from + 1), String(shownTo), String(total)])}
      </span>
      {size !== null && (
        <>
          <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - size))}>
            {t('leads_previousPage')}
          </button>
          <button type="button" disabled={total === null || offset + size >= total} onClick={() => onOffset(offset + size)}>
            {t('leads_nextPage')}
          </button>
        </>
      )}
      <label class="inline">
        {t('leads_pageSize')}
        <select
          value={String(limit)}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            onLimit(value === 'all' ? 'all' : Number(value));
          }}
        >
          {PAGE_SIZES.map((choice) => (
            <option key={choice} value={String(choice)}>{choice === 'all' ? t('leads_pageSizeAll') : choice}</option>
          ))}
        </select>
      </label>
      {size !== null && total !== null && offset > lastPageOffset(total, size) && (
        <button type="button" onClick={() => onOffset(lastPageOffset(total, size))}>{t('leads_lastPage')}</button>
      )}
    </nav>
  );
}
