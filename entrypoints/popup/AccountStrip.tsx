import { ErrorMessage } from '@/components/ErrorMessage';
import { readAccountUsage, type Usage } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { AccountState } from './use-account';

const figure = (usage: Usage | null) => (usage ? t('popup_usage', [String(usage.used), String(usage.available)]) : t('popup_unknown'));

/** Searches and verifications used of the plan, and when they reset: one line, always the same height. */
export function AccountStrip({ account }: { account: AccountState }) {
  if (account.state === 'error') return <ErrorMessage error={account.error} />;
  if (account.state === 'loading') {
    return (
      <p class="account-strip" role="status" aria-label={t('popup_accountLoading')}>
        <span class="skeleton skeleton-text wide">&nbsp;</span>
      </p>
    );
  }
  const { searches, verifications, resetDate } = readAccountUsage(account.data);
  return (
    // A paragraph cannot carry a name; a labelled group can, so "Your plan" is read before the figures.
    <p class="account-strip" role="group" aria-label={t('popup_accountLabel')}>
      <span>{t('popup_searches')} <strong>{figure(searches)}</strong></span>
      <span>{t('popup_verifications')} <strong>{figure(verifications)}</strong></span>
      <span>{t('popup_resets')} {resetDate ?? t('popup_unknown')}</span>
    </p>
  );
}
