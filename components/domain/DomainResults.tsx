import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { DomainSearchEmail, EmailType } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { QUOTA_REASON_ID, type QuotaState } from '@/lib/account/quota';
import { AddressRow } from './AddressRow';
import { CompanySummary } from './CompanySummary';
import { CopyButton } from './CopyButton';
import { ExportCsvButton } from '@/components/ExportCsvButton';
import { timeAgo } from '@/components/time-ago';
import { ResultsSkeleton } from './ResultsSkeleton';
import { TypeFilter } from './TypeFilter';
import { useDomainSearch } from './use-domain-search';
import { useEmailCount } from './use-email-count';
import { loadClassicScript } from '@/components/classic-script';
import type { domainResultsToCsv } from '@/lib/csv/domain-results-csv';
import { useFirstFrameDrawn } from '@/components/first-frame';
import './DomainResults.css';

type PopupCsv = { domainResultsToCsv: typeof domainResultsToCsv };

interface DomainResultsProps {
  /** ASCII, as the API expects. */
  domain: string;
  /** Unicode, as the user reads it. */
  display: string;
  refreshNonce: number;
  quota: QuotaState;
  /** The API said the quota is used up: the popup shows one banner for it instead of this view's error. */
  onQuotaExceeded: () => void;
}

// The CSV library is loaded on the click that needs it (entrypoints/popup-csv.ts): a fifth of the popup's code.
async function exportCsv(rows: DomainSearchEmail[], organization: string | null): Promise<string> {
  const { domainResultsToCsv } = await loadClassicScript<PopupCsv>('popup-csv');
  return domainResultsToCsv(rows, organization);
}

/**
 * The rows the popup's first frame can show: five of the usual height fit under the company, one more for rows
 * without a person's line. The rest are drawn in the next frame, below the fold, so that the first one comes
 * sooner (each row is some thirty elements to render and lay out).
 */
const FIRST_SCREEN_ROWS = 6;

function countOf(type: EmailType | null, count: ReturnType<typeof useEmailCount>): number | null {
  if (count.state !== 'done') return null;
  if (type === 'personal') return count.data.personal_emails;
  if (type === 'generic') return count.data.generic_emails;
  return count.data.total;
}

/** "Who works here": the company, its free address counts, then the addresses page by page. */
export function DomainResults({ domain, display, refreshNonce, quota, onQuotaExceeded }: DomainResultsProps) {
  const [type, setType] = useState<EmailType | null>(null);
  const firstFrameDrawn = useFirstFrameDrawn();
  const count = useEmailCount(domain, refreshNonce);
  // The free count already says when a search would find nobody: then it is not asked at all.
  const knownEmpty = countOf(type, count) === 0;
  const { state, loadMore, hasMore, tryAgain } = useDomainSearch({ domain, type, refreshNonce, knownEmpty });
  // 429 (quota) and 402 (plan's usage limit) both mean: nothing more until the reset.
  const spent = (kind: string | undefined) => kind === 'quota_exceeded' || kind === 'usage_limit';
  const quotaError = spent(state.error?.kind) || spent(state.moreError?.kind) || spent(state.refreshError?.kind);

  useEffect(() => {
    if (quotaError) onQuotaExceeded();
  }, [quotaError]);

  return (
    <div class="domain-results stack">
      <CompanySummary display={display} organization={state.organization} pattern={state.pattern} searching={state.status === 'loading'} count={count} />
      {state.fromCache && state.fetchedAt !== null && (
        <p class="muted cached-note">{t('popup_cachedAt', timeAgo(state.fetchedAt))}</p>
      )}
      <div class="row results-tools">
        <TypeFilter value={type} onChange={setType} />
        <CopyButton text={state.rows.map((row) => row.value).join('\n')} label={t('popup_copyAll')} disabled={state.rows.length === 0} />
        <ExportCsvButton what={domain} csv={() => exportCsv(state.rows, state.organization)} disabled={state.rows.length === 0} />
      </div>
      {state.refreshing && <p class="muted" role="status">{t('popup_refreshing')}</p>}
      {state.refreshError && !quotaError && <ErrorMessage error={state.refreshError} />}
      {/* Enough rows to fill the popup's first screen: what is below stays below until the answer comes. */}
      {state.status === 'loading' && <ResultsSkeleton rows={6} />}
      {state.status === 'error' && state.error && !quotaError && <ErrorMessage error={state.error} onTryAgain={tryAgain} />}
      {state.status === 'ready' && state.rows.length === 0 && <p class="empty">{t('popup_noAddresses', display)}</p>}
      {state.rows.length > 0 && (
        <ul class="address-list" aria-label={t('popup_addresses')}>
          {(firstFrameDrawn ? state.rows : state.rows.slice(0, FIRST_SCREEN_ROWS)).map((email) => (
            <AddressRow key={email.value} email={email} domain={domain} organization={state.organization} verifyDisabled={quota.verificationsSpent} />
          ))}
        </ul>
      )}
      {state.status === 'ready' && state.rows.length > 0 && (
        <p class="muted shown-count">{t('popup_shownOf', [String(state.rows.length), String(state.total)])}</p>
      )}
      {state.limited && <p class="alert warn" role="status">{t('popup_planLimited')}</p>}
      {state.moreError && !quotaError && <ErrorMessage error={state.moreError} onTryAgain={() => void loadMore()} />}
      {hasMore && (
        <button
          type="button"
          class="load-more"
          onClick={() => void loadMore()}
          disabled={state.loadingMore || quota.searchesSpent}
          aria-describedby={quota.searchesSpent ? QUOTA_REASON_ID : undefined}
        >
          {state.loadingMore ? t('popup_loadingMore') : t('popup_loadMore')}
        </button>
      )}
    </div>
  );
}
