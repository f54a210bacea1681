import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { errorSentence } from './error-sentence';

/**
 * Failures a second attempt may fix. A paid lookup whose answer was lost (timeout, dropped connection) is never
 * sent again on its own — it may have been served and charged — so the user gets "Try again" instead.
 */
export function mayTryAgain(error: ReplyError): boolean {
  return ['network', 'timeout', 'server', 'rate_limited', 'internal', 'interrupted'].includes(error.kind);
}

/** The error as one sentence; with `onTryAgain`, a "Try again" button when a second attempt may help. */
export function ErrorMessage({ error, onTryAgain }: { error: ReplyError; onTryAgain?: () => void }) {
  return (
    <p class="alert error" role="alert">
      {errorSentence(error)}
      {onTryAgain && mayTryAgain(error) && (
        <>
          {' '}
          <button type="button" class="try-again" onClick={onTryAgain}>{t('error_tryAgain')}</button>
        </>
      )}
    </p>
  );
}
