import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { LeadDraft } from '@/lib/outbox/types';

/**
 * The API needs a first and a last name for a lead; a row without them (info@…, a name-less finder answer)
 * asks for them here, pre-filled with what is known, before anything is sent.
 */
export function LeadNamesForm({ draft, onSave, onCancel }: { draft: LeadDraft; onSave: (named: LeadDraft) => void; onCancel: () => void }) {
  const [first, setFirst] = useState(draft.first_name?.trim() ?? '');
  const [last, setLast] = useState(draft.last_name?.trim() ?? '');
  const ready = first.trim() !== '' && last.trim() !== '';
  return (
    <form
      class="lead-names stack"
      aria-label={t('saveLead_namesTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSave({ ...draft, first_name: first.trim(), last_name: last.trim() });
      }}
    >
      <p class="muted">{t('saveLead_namesNeeded')}</p>
      <div class="row">
        <label>
          {t('saveLead_firstName')}
          <input type="text" value={first} autoFocus={first === ''} required onInput={(e) => setFirst(e.currentTarget.value)} />
        </label>
        <label>
          {t('saveLead_lastName')}
          <input type="text" value={last} autoFocus={first !== '' && last === ''} required onInput={(e) => setLast(e.currentTarget.value)} />
        </label>
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={!ready}>
          {t('saveLead_saveNamed')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('saveLead_cancel')}
        </button>
      </div>
    </form>
  );
}
