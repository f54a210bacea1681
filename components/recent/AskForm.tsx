import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { siteOfText } from '@/lib/site/site-of-url';
import type { PersonQuestion, RecentEntry } from '@/lib/recent/types';

interface AskFormProps {
  /** What the menu knew: the part of the name it found, the company when the page named one. */
  question: PersonQuestion;
  onAnswer: (entry: RecentEntry) => void;
}

/** The missing part of a name (or the company), typed in place: the search runs only once both are there. */
export function AskForm({ question, onAnswer }: AskFormProps) {
  const [first, setFirst] = useState(question.first);
  const [last, setLast] = useState(question.last);
  const [company, setCompany] = useState(question.domain ?? question.company ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReplyError | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    // The box takes a domain or a company name ("Acme Inc." has a dot and is still a name): what does not
    // read as a domain at all is asked as a company; a webmail or an IP is left to the background to refuse.
    const site = await siteOfText(company);
    const isDomain = site.ok || !['no_suffix', 'invalid', 'empty'].includes(site.reason);
    const reply = await send('findPerson', {
      first,
      last,
      domain: isDomain ? company : null,
      company: isDomain ? null : company,
      pageUrl: question.pageUrl,
    });
    setBusy(false);
    if (reply.ok) onAnswer(reply.data);
    else setError(reply.error);
  }

  return (
    <form class="stack ask-form" onSubmit={submit} noValidate aria-label={t('recent_askLabel')}>
      <div class="row ask-names">
        <label>
          {t('recent_firstName')}
          <input value={first} onInput={(e) => setFirst(e.currentTarget.value)} autoComplete="off" />
        </label>
        <label>
          {t('recent_lastName')}
          <input value={last} onInput={(e) => setLast(e.currentTarget.value)} autoComplete="off" />
        </label>
      </div>
      <label>
        {t('recent_company')}
        <input value={company} onInput={(e) => setCompany(e.currentTarget.value)} autoComplete="off" spellcheck={false} placeholder="stripe.com" />
      </label>
      {error && <ErrorMessage error={error} />}
      <div>
        <button type="submit" class="primary" disabled={busy}>{t('recent_findButton')}</button>
      </div>
    </form>
  );
}
