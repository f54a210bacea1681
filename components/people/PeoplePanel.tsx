import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ReplyError, ResponseOf } from '@/lib/messaging/protocol';
import { guessEmailFromPattern } from '@/lib/names';
import type { PagePeopleEntry } from '@/lib/page-context/people';
import { PersonFound, type Found } from './PersonFound';
import './PeoplePanel.css';

/** Up to this many are found here, one finder call each; more go to a Names job on the bulk page. */
export const FIND_IN_PLACE = 5;

type People = { state: 'loading' } | { state: 'done'; data: ResponseOf<'pagePeople'> } | { state: 'error'; error: ReplyError };

/** The people the page names, each with a free guess when the company's pattern is known, and "Find selected". */
export function PeoplePanel({ tabId }: { tabId: number | null }) {
  const [people, setPeople] = useState<People>({ state: 'loading' });
  const [pattern, setPattern] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [found, setFound] = useState<ReadonlyMap<number, Found>>(new Map());
  const [sent, setSent] = useState<number | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    void send('pagePeople', { tabId }).then(async (reply) => {
      setPeople(reply.ok ? { state: 'done', data: reply.data } : { state: 'error', error: reply.error });
      if (reply.ok && reply.data.domain.ok && reply.data.people.length > 0) {
        const known = await send('knownPattern', { domain: reply.data.domain.domain });
        if (known.ok && known.data) setPattern(known.data.pattern);
      }
    });
  }, [tabId]);

  if (tabId === null) return <p class="muted">{t('people_noPage')}</p>;
  if (people.state === 'loading') return <p class="muted" role="status">{t('people_reading')}</p>;
  if (people.state === 'error') return <ErrorMessage error={people.error} />;
  const { people: list, domain } = people.data;
  if (list.length === 0) return <p class="muted" role="status">{t('people_none')}</p>;

  const toggle = (i: number) => {
    const next = new Set(selected);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setSelected(next);
  };
  const chosen = [...selected].sort((a, b) => a - b);

  async function findSelected() {
    if (!domain.ok) return;
    if (chosen.length <= FIND_IN_PLACE) {
      setFound(new Map([...found, ...chosen.map((i) => [i, { state: 'loading' }] as const)]));
      await Promise.all(chosen.map(async (i) => {
        const person = list[i]!;
        const reply = await send('emailFinder', { first_name: person.first, last_name: person.last, domain: domain.domain });
        setFound((now) => new Map(now).set(i, reply.ok ? { state: 'done', data: reply.data.value.data } : { state: 'error', error: reply.error }));
      }));
      return;
    }
    // The bulk page shows the job's cost before anything is spent; the rows travel in the address's fragment.
    setSent(chosen.length);
    void browser.tabs.create({ url: browser.runtime.getURL('/bulk.html') + namesJobFragment(chosen.map((i) => list[i]!), domain.domain) });
  }

  return (
    <div class="stack people-panel">
      <p class="muted">{t('people_count', [String(list.length), domain.ok ? domain.display : ''])}</p>
      <label class="inline">
        <input
          type="checkbox" checked={selected.size === list.length}
          onChange={(e) => setSelected(e.currentTarget.checked ? new Set(list.map((_, i) => i)) : new Set())}
        />
        {t('people_selectAll')}
      </label>
      <ul class="people-list" aria-label={t('people_listLabel')}>
        {list.map((person, i) => {
          const guess = pattern && domain.ok ? guessEmailFromPattern(pattern, person, domain.domain) : null;
          return (
            <li key={person.fullName}>
              <label class="inline">
                <input type="checkbox" checked={selected.has(i)} onChange={() => toggle(i)} aria-describedby={person.position ? `role-${i}` : undefined} />
                {person.fullName}
              </label>
              {person.position && <span class="muted people-role" id={`role-${i}`}>{person.position}</span>}
              {guess && !found.has(i) && <span class="people-guess">{guess} <span class="guess-tag">{t('people_guessed')}</span></span>}
              {found.has(i) && <PersonFound found={found.get(i)!} />}
            </li>
          );
        })}
      </ul>
      <div class="row">
        <button type="button" class="primary" disabled={selected.size === 0 || !domain.ok} onClick={() => void findSelected()}>
          {t('people_findSelected', String(selected.size))}
        </button>
        <span class="muted">{selected.size > FIND_IN_PLACE ? t('people_willRunJob') : t('people_willFindHere')}</span>
      </div>
      {sent !== null && <p class="alert ok" role="status">{t('people_sentToJob', String(sent))}</p>}
    </div>
  );
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The selected people as a Names job's CSV (first, last, role, the page's domain), for bulk.html#names=… */
export function namesJobFragment(people: PagePeopleEntry[], domain: string): string {
  const lines = [['first_name', 'last_name', 'position', 'domain'], ...people.map((p) => [p.first, p.last, p.position ?? '', domain])];
  return `#names=${encodeURIComponent(lines.map((cells) => cells.map(csvCell).join(',')).join('\n'))}`;
}
