import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Loadable } from '@/components/use-reply';
import type { LeadsListSummary } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { NewListForm } from '@/components/NewListForm';
import { ListEntry } from './ListEntry';

interface ListsPanelProps {
  lists: Loadable<LeadsListSummary[]>;
  selected: number | null;
  onSelect: (id: number | null) => void;
  onChanged: () => void;
  onGone: () => void;
  /** A create, rename or delete the API refused (kept in the outbox as a failed write). */
  onWriteFailed: () => void;
}

/** Every list with its lead count; pick one to see its leads, or create, rename and delete lists. */
export function ListsPanel({ lists, selected, onSelect, onChanged, onGone, onWriteFailed }: ListsPanelProps) {
  const [creating, setCreating] = useState(false);

  return (
    <nav class="lists-panel card" aria-labelledby="lists-heading">
      <h2 id="lists-heading">{t('leads_listsHeading')}</h2>
      <ul class="lists">
        <li>
          <button type="button" class="list-pick" aria-current={selected === null ? 'true' : undefined} onClick={() => onSelect(null)}>
            {t('leads_allLists')}
          </button>
        </li>
        {lists.state === 'loading' &&
          [0, 1, 2].map((i) => (
            <li key={i} class="skeleton list-skeleton" aria-hidden="true">
              …
            </li>
          ))}
        {lists.state === 'done' &&
          lists.data.map((list) => (
            <ListEntry
              key={list.id}
              list={list}
              selected={selected === list.id}
              onSelect={() => onSelect(list.id)}
              onChanged={onChanged}
              onGone={onGone}
              onWriteFailed={onWriteFailed}
            />
          ))}
      </ul>
      {lists.state === 'loading' && <p class="visually-hidden" role="status">{t('common_loading')}</p>}
      {lists.state === 'error' && <ErrorMessage error={lists.error} />}
      {lists.state === 'done' && lists.data.length === 0 && <p class="muted">{t('leads_noLists')}</p>}
      {creating ? (
        <NewListForm
          label={t('leads_listName')}
          onCancel={() => setCreating(false)}
          onFailed={onWriteFailed}
          // Waits in the outbox: the page says so with the other waiting changes, and reloads the lists once it is
          // sent — a list that never showed up would be created a second time.
          onQueued={() => {
            setCreating(false);
            onChanged();
          }}
          onCreated={(list) => {
            setCreating(false);
            onChanged();
            onSelect(list.id);
          }}
        />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          {t('leads_newList')}
        </button>
      )}
    </nav>
  );
}
