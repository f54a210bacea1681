import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import { mayRetry, type Verification } from './use-verification';
import { VerificationResult } from './VerificationResult';

/** What a verification shows while it runs, once it answered, or when it failed. */
export function VerificationStatus({ result, onRetry }: { result: Verification; onRetry: () => void }) {
  if (result.state === 'verifying') {
    return (
      <p role="status" class="muted verification-waiting">
        {t('verifier_verifying')} {result.slow && t('verifier_slow')}
      </p>
    );
  }
  if (result.state === 'done') return <VerificationResult data={result.data} />;
  if (result.state === 'error') {
    return (
      <div class="stack">
        {/* 222 reads "The mail server did not answer. Retry later." (error_smtp_unavailable). */}
        <ErrorMessage error={result.error} />
        {mayRetry(result.error) && (
          <div>
            <button type="button" onClick={onRetry}>{t('verifier_retry')}</button>
          </div>
        )}
      </div>
    );
  }
  return null;
}
