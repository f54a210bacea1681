import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { LeadsListSummary } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { emptyLeadForm } from '@/lib/leads/lead-fields';
import { formToLeadInput, validateLead } from '@/lib/leads/validate-lead';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { Dialog } from './Dialog';
import { apiFieldErrors, problemsToFieldErrors } from './lead-errors';
import { LeadFields, type FieldErrors } from './LeadFields';

interface NewLeadDialogProps {
  lists: LeadsListSummary[];
  initialListId: number | null;
  onClose: () => void;
  /** `queued`: written to the outbox, sent once the API can be reached. */
  onCreated: (queued: boolean) => void;
}

/**
 * A new lead from a form the user is looking at: checked first, then through the outbox like every write
 * (looked for in the chosen list first, so it is never created twice there); a failure keeps what was typed.
 */
export function NewLeadDialog({ lists, initialListId, onClose, onCreated }: NewLeadDialogProps) {
  const [form, setForm] = useState(emptyLeadForm);
  const [listId, setListId] = useState<number | null>(initialListId ?? lists[0]?.id ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ReplyError | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: Event) {
    event.preventDefault();
    const problems = validateLead(form);
    setFieldErrors(problemsToFieldErrors(problems));
    setError(null);
    if (problems.length > 0) return;
    setBusy(true);
    const reply = await send('saveLead', { draft: formToLeadInput(form), listId, lookIn: 'thisList' });
    setBusy(false);
    if (!reply.ok) {
      const besideField = apiFieldErrors(reply.error);
      setFieldErrors(besideField ?? {});
      return setError(besideField ? null : reply.error);
    }
    // Already a lead of this list (looked for before creating): said beside the Email box, nothing created.
    if (reply.data.state === 'exists') return setFieldErrors({ email: t('leads_alreadyInList', reply.data.listName ?? '') });
    onCreated(reply.data.state === 'queued');
  }

  return (
    <Dialog title={t('leads_newLeadTitle')} onClose={onClose}>
      <form class="stack" onSubmit={create} noValidate>
        <label>
          {t('leads_listFilter')}
          <select value={listId === null ? '' : String(listId)} onChange={(e) => setListId(Number((e.currentTarget as HTMLSelectElement).value))}>
            {listId === null && <option value="">{t('leads_latestList')}</option>}
            {lists.map((list) => (
              <option key={list.id} value={String(list.id)}>{list.name}</option>
            ))}
          </select>
        </label>
        <LeadFields form={form} errors={fieldErrors} onChange={setForm} />
        {error && <ErrorMessage error={error} />}
        <div class="row dialog-actions">
          <button type="submit" class="primary" disabled={busy}>{t('leads_save')}</button>
          <button type="button" onClick={onClose}>{t('common_cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
