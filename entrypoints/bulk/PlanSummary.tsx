import { t } from '@/lib/i18n';
import type { BulkKind, CostEstimate, InvalidRow } from '@/lib/bulk/types';
import { formatDuration } from './duration';

interface PlanSummaryProps {
  kind: BulkKind;
  invalid: InvalidRow[];
  duplicates: number;
  estimate: CostEstimate;
  starting: boolean;
  onStart: (onlyWhatFits: boolean) => void;
}

/** What the job will cost before it spends anything, the rows that will not be asked, and the start buttons. */
export function PlanSummary({ kind, invalid, duplicates, estimate, starting, onStart }: PlanSummaryProps) {
  const counter = kind === 'addresses' ? t('bulk_verifications') : t('bulk_searches');
  const overQuota = estimate.remaining !== null && estimate.paid > estimate.remaining;
  return (
    <section class="card stack plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('bulk_costTitle')}</h2>
      <ul class="cost-list">
        <li>{t('bulk_costQuestions', String(estimate.questions))}</li>
        <li>{t('bulk_costPaid', String(estimate.paid))}</li>
        <li>{t('bulk_costCached', String(estimate.cached))}</li>
        <li>{t('bulk_costGuessed', String(estimate.guessed))}</li>
        {duplicates > 0 && <li>{t('bulk_costDuplicates', String(duplicates))}</li>}
        <li>
          {estimate.remaining === null
            ? t('bulk_remainingUnknown')
            : t('bulk_remaining', [String(estimate.remaining), counter]) + (estimate.resetDate ? ` ${t('bulk_resets', estimate.resetDate)}` : '')}
        </li>
        {estimate.paid > 0 && <li>{t('bulk_duration', formatDuration(estimate.durationMs))}</li>}
      </ul>
      {kind === 'addresses' && <p class="muted">{t('bulk_verifierLimit')}</p>}
      {estimate.overDomainLimit > 0 && (
        <p class="alert warn" role="status">{t('bulk_overDomainLimit', String(estimate.overDomainLimit))}</p>
      )}
      {overQuota && (
        <p class="alert warn" role="alert">{t('bulk_overQuota', [String(estimate.paid), String(estimate.remaining), counter])}</p>
      )}
      {invalid.length > 0 && <InvalidRows invalid={invalid} />}
      <div class="row">
        {overQuota ? (
          <>
            <button type="button" class="primary" disabled={starting || estimate.fits === 0} onClick={() => onStart(true)}>
              {t('bulk_runWhatFits', String(estimate.fits))}
            </button>
            <button type="button" disabled={starting} onClick={() => onStart(false)}>
              {t('bulk_runAll')}
            </button>
          </>
        ) : (
          <button type="button" class="primary" disabled={starting || estimate.questions === 0} onClick={() => onStart(false)}>
            {t('bulk_start')}
          </button>
        )}
      </div>
    </section>
  );
}

function InvalidRows({ invalid }: { invalid: InvalidRow[] }) {
  return (
    <details open={invalid.length <= 20}>
      <summary>{t('bulk_invalidTitle', String(invalid.length))}</summary>
      <ul class="invalid-list" aria-label={t('bulk_invalidList')}>
        {invalid.slice(0, 500).map((row) => (
          <li key={row.line}>
            {t('bulk_invalidRow', [String(row.line), t(`bulk_invalid_${row.reason}`)])}
            {row.value && <span class="muted"> — {row.value}</span>}
          </li>
        ))}
      </ul>
      {invalid.length > 500 && <p class="muted">{t('bulk_invalidMore', String(invalid.length - 500))}</p>}
    </details>
  );
}
