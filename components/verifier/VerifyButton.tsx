import { t } from '@/lib/i18n';
import { useVerification } from './use-verification';
import { VerificationStatus } from './VerificationStatus';

/** "Verify" on an address already shown (a search row, the finder's answer): the verdict appears in place. */
export function VerifyButton({ email }: { email: string }) {
  const [result, verify] = useVerification();
  if (result.state === 'idle') {
    return (
      <button type="button" onClick={() => void verify(email)}>
        {t('verifier_verifyButton')}
      </button>
    );
  }
  return <VerificationStatus result={result} onRetry={() => void verify(email)} />;
}
