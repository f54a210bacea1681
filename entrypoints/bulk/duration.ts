import { t } from '@/lib/i18n';

/** "40 s", "3 min", "2 h 5 min": a rough figure, rounded up so it is not too hopeful. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return t('bulk_seconds', String(seconds));
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return t('bulk_minutes', String(minutes));
  return t('bulk_hours', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}
