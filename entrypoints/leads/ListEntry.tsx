import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { LeadsListSummary } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { DeleteListDialog } from './DeleteListDialog';

interface ListEntryProps {
  list: LeadsListSummary;
  selected: boolean;
  onSelect: () => void;
  onChanged: () => void;
  onGone: () => void;
  onWriteFailed: () => void;
}

/** One list: pick it, rename it in place, or delete it after saying what happens to its leads. */
export function ListEntry({ list, selected, onSelect, onChanged, onGone, onWriteFailed }: ListEntryProps) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<ReplyError | null>(null);

  async function rename(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError({ kind: 'invalid_input', status: null, message: '', details: t('leads_listNameRequired') });
    const reply = await send('listUpdate', { id: list.id, name: trimmed, oldName: list.name });
    if (!reply.ok && reply.error.kind === 'not_found') return onGone();
    if (!reply.ok) {
      onWriteFailed();
      return setError(reply.error);
    }
    setError(null);
    setRenaming(false);
    // Queued: the leads manager says what waits in the outbox and reloads the lists once it is sent.
    onChanged();
  }

  return (
    <li class="list-entry">
      {renaming ? (
        <form class="row" onSubmit={rename}>
          <label class="grow">
            {t('leads_listName')}
            <input value={name} maxLength={200} autoFocus onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="primary">{t('leads_save')}</button>
          <button type="button" onClick={() => { setRenaming(false); setName(list.name); setError(null); }}>
            {t('common_cancel')}
          </button>
        </form>
      ) : (
        <div class="row list-line">
          <button type="button" class="list-pick grow" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
            <span class="list-name">{list.name}</span>
            <span class="muted"> {t('leads_leadCount', String(list.leads_count))}</span>
            {list.team_id !== null && <span class="muted"> · {t('leads_team', String(list.team_id))}</span>}
          </button>
          <button type="button" class="small" aria-label={t('leads_renameList', list.name)} onClick={() => setRenaming(true)}>
            {t('leads_rename')}
          </button>
          <button type="button" class="small danger" aria-label={t('leads_deleteList', list.name)} onClick={() => setConfirming(true)}>
            {t('leads_delete')}
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {confirming && (
        <DeleteListDialog
          list={list}
          onClose={() => setConfirming(false)}
          onDeleted={() => { setConfirming(false); onChanged(); }}
          onGone={() => { setConfirming(false); onGone(); }}
          onFailed={onWriteFailed}
        />
      )}
    </li>
  );
}
