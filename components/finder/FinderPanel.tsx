import { useEffect, useId, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ListChoiceProvider, useHasListChoice } from '@/components/leads/list-choice';
import type { EmailFinderData } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { guessEmailFromPattern } from '@/lib/names/email-pattern';
import { FinderAnswer } from './FinderAnswer';
import { FinderGuess } from './FinderGuess';
import { readFieldsName, readFinderFields, type FinderFields, type FinderProblem, type FinderQuery } from './finder-input';
import { useKnownPattern } from './use-known-pattern';
import './FinderPanel.css';

export interface FinderPrefill {
  firstName?: string;
  lastName?: string;
  fullName?: string;
  company?: string | null;
}

interface FinderPanelProps {
  /** The current site's registrable domain, or null when the page has none. */
  domain: string | null;
  prefill?: FinderPrefill;
  /** Show a "Leads list" picker with the answer. Default: only when the page has no list choice of its own. */
  listPicker?: boolean;
}

type Answer =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; data: EmailFinderData; query: FinderQuery }
  | { state: 'error'; error: ReplyError };

const problemError = (problem: FinderProblem): ReplyError => ({
  kind: 'invalid_input',
  status: null,
  message: '',
  details: t(problem.key, problem.substitution ?? ''),
});

/** Find a person's address from their name and the company's domain; nothing is sent until both make sense. */
export function FinderPanel({ domain, prefill, listPicker }: FinderPanelProps) {
  const pageHasPicker = useHasListChoice();
  const [fields, setFields] = useState<FinderFields>({
    firstName: prefill?.firstName ?? '',
    lastName: prefill?.lastName ?? '',
    fullName: prefill?.fullName ?? '',
    domain: domain ?? '',
    company: prefill?.company ?? '',
  });
  const [problems, setProblems] = useState<FinderProblem[]>([]);
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });
  const ids = useId();
  const known = useKnownPattern(fields.domain);
  const guessName = known ? readFieldsName(fields) : null;
  const guess = known && guessName ? guessEmailFromPattern(known.pattern, guessName, known.domain) : null;
  // The paid answer for the same person replaces the guess.
  const answered =
    answer.state === 'loading' ||
    (answer.state === 'done' && answer.query.domain === known?.domain && answer.query.first === guessName?.first && answer.query.last === guessName?.last);

  // The page is read after the popup opens: late props fill the boxes the user has not typed in.
  useEffect(() => {
    setFields((f) => ({
      firstName: f.firstName || prefill?.firstName || '',
      lastName: f.lastName || prefill?.lastName || '',
      fullName: f.fullName || prefill?.fullName || '',
      domain: f.domain || domain || '',
      company: f.company || prefill?.company || '',
    }));
  }, [domain, prefill?.firstName, prefill?.lastName, prefill?.fullName, prefill?.company]);

  const edit = (name: keyof FinderFields) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setFields((f) => ({ ...f, [name]: value }));
  };

  function submit(event: Event) {
    event.preventDefault();
    void find();
  }

  async function find() {
    const domain = fields.domain.trim()
      ? await send('resolveDomain', { input: fields.domain })
      : ({ ok: true, data: { ok: false, reason: 'empty' } } as const);
    if (!domain.ok) return setAnswer({ state: 'error', error: domain.error });
    const read = readFinderFields(fields, domain.data);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    const { query } = read;
    // A pasted URL becomes the domain it names, so the user sees what is searched.
    if (query.domain) setFields((f) => ({ ...f, domain: query.display }));
    setAnswer({ state: 'loading' });
    const where = query.domain ? { domain: query.domain } : { company: query.company ?? '' };
    const reply = await send('emailFinder', { ...where, first_name: query.first, last_name: query.last });
    setAnswer(reply.ok ? { state: 'done', data: reply.data.value.data, query } : { state: 'error', error: reply.error });
  }

  const nameProblem = problems.find((p) => p.field === 'name');
  const domainProblem = problems.find((p) => p.field === 'domain');

  return (
    <ListChoiceProvider>
      <section class="finder-panel stack" aria-label={t('finder_heading')}>
        <form class="stack" onSubmit={submit} noValidate>
          <div class="finder-names">
            <label>
              {t('finder_firstName')}
              <input value={fields.firstName} onInput={edit('firstName')} aria-invalid={!!nameProblem} autoComplete="off" />
            </label>
            <label>
              {t('finder_lastName')}
              <input value={fields.lastName} onInput={edit('lastName')} aria-invalid={!!nameProblem} autoComplete="off" />
            </label>
          </div>
          <label>
            {t('finder_fullName')}
            <input
              value={fields.fullName}
              onInput={edit('fullName')}
              aria-invalid={!!nameProblem}
              aria-describedby={`${ids}-full-help`}
              autoComplete="off"
            />
          </label>
          <p id={`${ids}-full-help`} class="muted finder-help">{t('finder_nameHelp')}</p>
          {nameProblem && <ErrorMessage error={problemError(nameProblem)} />}
          <label>
            {t('finder_domain')}
            <input
              value={fields.domain}
              onInput={edit('domain')}
              aria-invalid={!!domainProblem}
              placeholder="stripe.com"
              autoComplete="off"
              spellcheck={false}
            />
          </label>
          <label>
            {t('finder_company')}
            <input
              value={fields.company}
              onInput={edit('company')}
              aria-describedby={`${ids}-company-help`}
              autoComplete="off"
            />
          </label>
          <p id={`${ids}-company-help`} class="muted finder-help">{t('finder_companyHelp')}</p>
          {domainProblem && <ErrorMessage error={problemError(domainProblem)} />}
          <div>
            <button type="submit" class="primary" disabled={answer.state === 'loading'}>
              {t('finder_findButton')}
            </button>
          </div>
        </form>
        {guess && !answered && <FinderGuess key={guess} email={guess} onFind={() => void find()} />}
        {answer.state === 'loading' && (
          <div class="finder-answer card finder-skeleton" role="status" aria-label={t('finder_searching')}>
            <span class="skeleton">{t('finder_searching')}</span>
          </div>
        )}
        {answer.state === 'error' && <ErrorMessage error={answer.error} onTryAgain={() => void find()} />}
        {answer.state === 'done' && (
          <FinderAnswer
            key={`${answer.query.domain}|${answer.data.email ?? ''}`}
            data={answer.data}
            query={answer.query}
            company={prefill?.company ?? null}
            listPicker={listPicker ?? !pageHasPicker}
          />
        )}
      </section>
    </ListChoiceProvider>
  );
}
