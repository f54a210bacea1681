import { readAccountUsage, type HunterClient } from '@/lib/hunter';
import { t } from '@/lib/i18n';

type Account = Awaited<ReturnType<HunterClient['account']>>['data'];

function usage(figure: { used: number; available: number } | null): string {
  return figure ? t('account_usedOf', [String(figure.used), String(figure.available)]) : t('account_unknown');
}

/** Plan and what is left of it, as the API reports it. */
export function AccountSummary({ account }: { account: Account }) {
  const { searches, verifications, resetDate } = readAccountUsage(account);
  const name = [account.first_name, account.last_name].filter(Boolean).join(' ');
  return (
    <dl class="account-grid" aria-label={t('account_label')}>
      <dt>{t('account_plan')}</dt>
      <dd>{account.plan_name ?? t('account_unknown')}</dd>
      <dt>{t('account_owner')}</dt>
      <dd>{[name, account.email].filter(Boolean).join(' · ') || t('account_unknown')}</dd>
      <dt>{t('account_searches')}</dt>
      <dd>{usage(searches)}</dd>
      <dt>{t('account_verifications')}</dt>
      <dd>{usage(verifications)}</dd>
      <dt>{t('account_resetDate')}</dt>
      <dd>{resetDate ?? t('account_unknown')}</dd>
    </dl>
  );
}
