import { VerifyButton } from '@/components/verifier/VerifyButton';
import { t } from '@/lib/i18n';

interface FinderGuessProps {
  email: string;
  /** Runs the paid finder for the same name and domain. */
  onFind: () => void;
}

/** The free address the company's pattern gives, said to be a guess; checking it is the user's call. */
export function FinderGuess({ email, onFind }: FinderGuessProps) {
  return (
    <article class="finder-guess card stack" aria-label={t('finder_guessLabel')}>
      <strong class="finder-email">{email}</strong>
      <p class="finder-guess-note">{t('finder_guessNote')}</p>
      <div class="row">
        <VerifyButton email={email} />
        <button type="button" onClick={onFind}>
          {t('finder_guessFind')}
        </button>
      </div>
      <p class="muted finder-guess-cost">{t('finder_guessCost')}</p>
    </article>
  );
}
