import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ReplyError } from '@/lib/messaging/protocol';
import { ErrorMessage } from './ErrorMessage';

export interface PickableList {
  id: number;
  name: string;
  leads_count?: number | null;
}

interface ListPickerProps {
  label: string;
  lists: PickableList[];
  value: number | null;
  onChange: (id: number | null) => void;
  /** Called with the new list once the API has created it. */
  onCreated: (list: PickableList) => void;
  /** Text of the empty choice, e.g. "Hunter's default"; omitted: no empty choice. */
  emptyChoice?: string;
}

/** A leads list combobox with "New list…" inline, shared by the options, the popup and the leads manager. */
export function ListPicker({ label, lists, value, onChange, onCreated, emptyChoice }: ListPickerProps) {
  const selectId = useId();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<ReplyError | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError({ kind: 'invalid_input', status: null, message: '', details: t('lists_nameRequired') });
      return;
    }
    setBusy(true);
    const reply = await send('listCreate', { name: trimmed });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    const created = { id: reply.data.data.list_id, name: reply.data.data.name, leads_count: 0 };
    setError(null);
    setName('');
    setCreating(false);
    onCreated(created);
  }

  return (
    <div class="stack">
      <div class="row">
        <label for={selectId}>{label}</label>
        <select
          id={selectId}
          value={value === null ? '' : String(value)}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLSelectElement).value;
            onChange(raw === '' ? null : Number(raw));
          }}
        >
          {emptyChoice !== undefined && <option value="">{emptyChoice}</option>}
          {lists.map((list) => (
            <option key={list.id} value={String(list.id)}>
              {list.name}
            </option>
          ))}
        </select>
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            {t('lists_newList')}
          </button>
        )}
      </div>
      {creating && (
        <form class="row" onSubmit={create}>
          <input
            aria-label={t('lists_newListName')}
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            maxLength={200}
            autoFocus
          />
          <button type="submit" class="primary" disabled={busy}>
            {t('lists_createList')}
          </button>
          <button type="button" onClick={() => { setCreating(false); setError(null); }}>
            {t('common_cancel')}
          </button>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
