import { t } from '@/lib/i18n';
import { QUOTA_REASON_ID, type QuotaState } from '@/lib/account/quota';

/** One banner for a spent plan, instead of an error on every action that would fail. */
export function QuotaBanner({ quota }: { quota: QuotaState }) {
  const { searchesSpent, verificationsSpent, resetDate } = quota;
  if (!searchesSpent && !verificationsSpent) return null;
  const sentence = searchesSpent && verificationsSpent
    ? t('popup_quotaBoth')
    : searchesSpent ? t('popup_quotaSearches') : t('popup_quotaVerifications');
  return (
    <p id={QUOTA_REASON_ID} class="alert warn quota-banner" role="alert">
      {sentence} {resetDate ? t('popup_quotaResetsOn', resetDate) : t('popup_quotaResetsLater')}
    </p>
  );
}
