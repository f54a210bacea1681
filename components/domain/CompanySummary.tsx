import { t } from '@/lib/i18n';
import type { CountState } from './use-email-count';

interface CompanySummaryProps {
  display: string;
  organization: string | null;
  pattern: string | null;
  /** Still waiting for the domain search: organization and pattern are not known yet. */
  searching: boolean;
  count: CountState;
}

/** Who the domain belongs to, how its addresses are built, and how many Hunter knows (free count). */
export function CompanySummary({ display, organization, pattern, searching, count }: CompanySummaryProps) {
  return (
    <div class="company-summary">
      <h2 class="company-name">
        {searching ? <span class="skeleton skeleton-title">&nbsp;</span> : (organization ?? display)}
      </h2>
      <p class="company-line">
        <span class="muted">{t('popup_domain')} </span>
        <span class="company-domain">{display}</span>
      </p>
      <p class="company-line">
        <span class="muted">{t('popup_pattern')} </span>
        {searching ? (
          <span class="skeleton skeleton-text">&nbsp;</span>
        ) : (
          <span class="company-pattern">{pattern ? `${pattern}@${display}` : t('popup_patternUnknown')}</span>
        )}
      </p>
      <p class="company-line" aria-live="polite">
        {count.state === 'loading' && <span class="skeleton skeleton-text">&nbsp;</span>}
        {count.state === 'done' && (
          <span class="company-counts">
            {t('popup_countLine', [String(count.data.total), String(count.data.personal_emails), String(count.data.generic_emails)])}
          </span>
        )}
        {count.state === 'error' && <span class="muted">{t('popup_countUnavailable')}</span>}
      </p>
    </div>
  );
}
