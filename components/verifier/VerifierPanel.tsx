import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import { readEmail } from './checks';
import { useVerification } from './use-verification';
import { VerificationStatus } from './VerificationStatus';
import './VerifierPanel.css';

/** Verify any typed address; a malformed one is refused here, without spending a verification. */
export function VerifierPanel({ initialEmail = '' }: { initialEmail?: string }) {
  const [text, setText] = useState(initialEmail);
  const [malformed, setMalformed] = useState(false);
  const [result, verify, reset] = useVerification();

  function submit(event: Event) {
    event.preventDefault();
    const email = readEmail(text);
    setMalformed(email === null);
    // A verdict shown beside a different address would mislead: it goes when the address is refused.
    if (email) void verify(email);
    else reset();
  }

  return (
    <section class="verifier-panel stack" aria-label={t('verifier_heading')}>
      <form class="row" onSubmit={submit} noValidate>
        <input
          type="email"
          aria-label={t('verifier_emailLabel')}
          placeholder={t('verifier_emailPlaceholder')}
          value={text}
          aria-invalid={malformed}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          autoComplete="off"
          spellcheck={false}
        />
        <button type="submit" class="primary" disabled={result.state === 'verifying'}>
          {t('verifier_verifyButton')}
        </button>
      </form>
      {malformed && <ErrorMessage error={{ kind: 'invalid_input', status: null, message: '', details: t('verifier_malformed') }} />}
      <div class="verifier-answer">
        <VerificationStatus result={result} onRetry={() => { const email = readEmail(text); if (email) void verify(email); }} />
      </div>
    </section>
  );
}
