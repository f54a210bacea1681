import { IconLabel } from '@/components/Icon';
import { t } from '@/lib/i18n';
import { useVerification } from './use-verification';
import { VerificationStatus } from './VerificationStatus';

/** "Verify" on an address already shown (a search row, the finder's answer): the verdict appears in place. */
export function VerifyButton({ email, compact }: { email: string; compact?: boolean }) {
  const [result, verify] = useVerification();
  if (result.state === 'idle') {
    return (
      <button type="button" onClick={() => void verify(email)} class={compact ? 'icon-button' : undefined} title={compact ? t('verifier_verifyButton') : undefined}>
        {compact ? <IconLabel icon="verify" label={t('verifier_verifyButton')} /> : t('verifier_verifyButton')}
      </button>
    );
  }
  return <VerificationStatus result={result} onRetry={() => void verify(email)} />;
}
