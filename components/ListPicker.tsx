import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { NewListForm } from './NewListForm';

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

  return (
    <div class="stack">
      <div class="row">
        <label for={selectId}>{label}</label>
        <select
          id={selectId}
          value={value === null ? '' : String(value)}
          onChange={(e) => {
            const raw = e.currentTarget.value;
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
        <NewListForm
          label={t('lists_newListName')}
          onCancel={() => setCreating(false)}
          onCreated={(list) => {
            setCreating(false);
            onCreated(list);
          }}
        />
      )}
    </div>
  );
}
