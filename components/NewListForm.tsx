import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { ErrorMessage } from './ErrorMessage';
import type { PickableList } from './ListPicker';

interface NewListFormProps {
  /** The name box's label (its accessible name). */
  label: string;
  onCreated: (list: PickableList) => void;
  onCancel: () => void;
  /** The API refused it (kept in the outbox as a failed write, with Retry and Dismiss where those are shown). */
  onFailed?: () => void;
  /** Written to the outbox, not yet created: a page that watches the outbox takes over (and shows the list once
   *  it is made); without this, the form says that it waits. */
  onQueued?: () => void;
}

/** Names a new leads list and creates it; an empty name or an API refusal is said here and nothing is lost. */
export function NewListForm({ label, onCreated, onCancel, onFailed, onQueued }: NewListFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<ReplyError | null>(null);
  const [busy, setBusy] = useState(false);
  /** Written to the outbox but not yet created (the API is out of reach): it cannot be picked yet. */
  const [queued, setQueued] = useState(false);

  async function create(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError({ kind: 'invalid_input', status: null, message: '', details: t('lists_nameRequired') });
    setBusy(true);
    setQueued(false);
    const reply = await send('listCreate', { name: trimmed });
    setBusy(false);
    if (!reply.ok) {
      onFailed?.();
      return setError(reply.error);
    }
    setError(null);
    setName('');
    if (reply.data.state === 'queued') return onQueued ? onQueued() : setQueued(true);
    onCreated({ id: reply.data.list.id, name: reply.data.list.name, leads_count: 0 });
  }

  return (
    <form class="stack" onSubmit={create}>
      <label>
        {label}
        <input value={name} maxLength={200} autoFocus onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('lists_createList')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {queued && <p class="alert warn" role="status">{t('lists_createPending')}</p>}
    </form>
  );
}
