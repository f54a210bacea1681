import { readVerdict, type EmailVerifierData } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { checkLines } from './checks';
import './VerificationResult.css';

const MARK = { good: '✓', bad: '✗', none: '–' } as const;

/** A verdict: status chip, score, and every check in plain words behind a disclosure. */
export function VerificationResult({ data }: { data: EmailVerifierData }) {
  const { status, score } = readVerdict(data);
  return (
    <div class="verification">
      <div class="row">
        <span class={`verdict-chip verdict-${status}`}>{t(`verifier_status_${status}`)}</span>
        <span class="muted">{score === null ? t('verifier_noScore') : t('verifier_score', String(score))}</span>
      </div>
      <details class="verification-checks">
        <summary>{t('verifier_checksSummary')}</summary>
        <ul aria-label={t('verifier_checksLabel')}>
          {checkLines(data).map((line) => (
            <li key={line.name} class={`check-${line.tone}`}>
              <span aria-hidden="true">{MARK[line.tone]}</span> {t(line.key)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
