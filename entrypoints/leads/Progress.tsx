import { t } from '@/lib/i18n';

/** A labelled bar with "n of total" beside it, for exports and imports. */
export function Progress({ label, done, total }: { label: string; done: number; total: number | null }) {
  return (
    <div class="progress row">
      <progress aria-label={label} max={total ?? undefined} value={total === null ? undefined : done} />
      <span class="muted">{total === null ? t('common_loading') : t('leads_progress', [String(done), String(total)])}</span>
    </div>
  );
}
