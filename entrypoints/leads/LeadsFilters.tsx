import { useState } from 'preact/hooks';
import type { LeadsListSummary } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { FILTER_FIELDS, type FilterField } from '@/lib/leads/filters';
import { fieldLabel } from './field-labels';

type Filters = Partial<Record<FilterField, string>>;

interface LeadsFiltersProps {
  lists: LeadsListSummary[];
  listId: number | null;
  filters: Filters;
  onListChange: (id: number | null) => void;
  onApply: (filters: Filters) => void;
}

/**
 * Every documented GET /leads filter; the text ones apply on Enter or "Apply filters", not per keystroke.
 * The form owns its draft: filters change only through it.
 */
export function LeadsFilters({ lists, listId, filters, onListChange, onApply }: LeadsFiltersProps) {
  const [draft, setDraft] = useState<Filters>(filters);
  return (
    <form
      class="filters card"
      role="search"
      aria-label={t('leads_filtersLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <label>
        {t('leads_listFilter')}
        <select
          value={listId === null ? '' : String(listId)}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLSelectElement).value;
            onListChange(raw === '' ? null : Number(raw));
          }}
        >
          <option value="">{t('leads_allLists')}</option>
          {lists.map((list) => (
            <option key={list.id} value={String(list.id)}>
              {list.name}
            </option>
          ))}
        </select>
      </label>
      {FILTER_FIELDS.map((field) => (
        <label key={field}>
          {fieldLabel(field)}
          <input
            type="text"
            value={draft[field] ?? ''}
            onInput={(e) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ))}
      <div class="row filter-actions">
        <button type="submit" class="primary">{t('leads_applyFilters')}</button>
        <button type="button" onClick={() => { setDraft({}); onApply({}); }}>{t('leads_clearFilters')}</button>
      </div>
    </form>
  );
}
