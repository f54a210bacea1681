import { t } from '@/lib/i18n';

/** Fixed-size placeholders the size of real rows, so nothing jumps when the answer comes. */
export function ResultsSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div class="results-skeleton" role="status" aria-label={t('popup_loadingAddresses')}>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} class="skeleton-row" aria-hidden="true">
          <span class="skeleton skeleton-text wide">&nbsp;</span>
          <span class="skeleton skeleton-text">&nbsp;</span>
          <span class="skeleton skeleton-text short">&nbsp;</span>
        </div>
      ))}
    </div>
  );
}
