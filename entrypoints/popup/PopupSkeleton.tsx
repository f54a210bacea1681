import { ResultsSkeleton } from '@/components/domain/ResultsSkeleton';

/** The popup's shape while it opens: its header's boxes at their real heights, then rows, so nothing jumps. */
export function PopupSkeleton() {
  return (
    <main class="popup">
      <div class="popup-header stack" aria-hidden="true">
        <span class="skeleton popup-skeleton-bar">&nbsp;</span>
        <p class="account-strip"><span class="skeleton skeleton-text wide">&nbsp;</span></p>
        <span class="skeleton popup-skeleton-tabs">&nbsp;</span>
        <span class="skeleton popup-skeleton-bar short">&nbsp;</span>
      </div>
      <ResultsSkeleton rows={8} />
    </main>
  );
}
