import { t } from '@/lib/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 min ago" in the user's language. Plain arithmetic on purpose: the first `toLocaleString` of a page
 * loads the locale data and cost the popup ~20 ms before its first paint.
 */
export function timeAgo(then: number, now = Date.now()): string {
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return t('time_justNow');
  if (elapsed < HOUR) return t('time_minutesAgo', String(Math.floor(elapsed / MINUTE)));
  if (elapsed < DAY) return t('time_hoursAgo', String(Math.floor(elapsed / HOUR)));
  return t('time_daysAgo', String(Math.floor(elapsed / DAY)));
}
