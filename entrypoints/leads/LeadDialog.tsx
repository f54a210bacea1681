import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Lead, LeadInput, LeadsListSummary } from '@/lib/hunter';
import { isSafeHttpUrl } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import { leadToForm, type LeadForm } from '@/lib/leads/lead-fields';
import { changedLeadFields, validateLead } from '@/lib/leads/validate-lead';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { Dialog } from './Dialog';
import { apiFieldErrors, problemsToFieldErrors } from './lead-errors';
import { leadLabel } from './lead-label';
import { LeadFields, type FieldErrors } from './LeadFields';

interface LeadDialogProps {
  leadId: number;
  lists: LeadsListSummary[];
  onClose: () => void;
  /** Saved or moved (or queued in the outbox). */
  onChanged: () => void;
  onGone: () => void;
  onDelete: (lead: { id: number; label: string }) => void;
}

/** One lead, re-read from the API: every field editable (PUT of what changed), move, delete. */
export function LeadDialog({ leadId, lists, onClose, onChanged, onGone, onDelete }: LeadDialogProps) {
  const [lead, setLead] = useState<Lead | null>(null);
  const [before, setBefore] = useState<LeadForm | null>(null);
  const [form, setForm] = useState<LeadForm | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ReplyError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const reply = await send('leadGet', { id: leadId });
      if (!reply.ok && reply.error.kind === 'not_found') return onGone();
      if (!reply.ok) return setError(reply.error);
      setLead(reply.data.data);
      setBefore(leadToForm(reply.data.data));
      setForm(leadToForm(reply.data.data));
      setMoveTo(reply.data.data.leads_list?.id ?? null);
    })();
  }, [leadId]);

  async function update(changes: Partial<LeadInput>, done: string): Promise<boolean> {
    setBusy(true);
    setStatus(null);
    const reply = await send('leadUpdate', { id: leadId, changes });
    setBusy(false);
    if (!reply.ok) {
      if (reply.error.kind === 'not_found') {
        onGone();
        return false;
      }
      const besideField = apiFieldErrors(reply.error);
      setFieldErrors(besideField ?? {});
      setError(besideField ? null : reply.error);
      return false;
    }
    setError(null);
    setFieldErrors({});
    setStatus(reply.data.state === 'queued' ? t('leads_savedPending') : done);
    onChanged();
    return true;
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!form || !before) return;
    const problems = validateLead(form);
    setFieldErrors(problemsToFieldErrors(problems));
    if (problems.length > 0) return setStatus(null);
    const changes = changedLeadFields(before, form);
    if (Object.keys(changes).length === 0) return setStatus(t('leads_nothingChanged'));
    if (await update(changes, t('leads_saved'))) setBefore(form);
  }

  async function move() {
    if (moveTo === null || !lead || moveTo === lead.leads_list?.id) return;
    const target = lists.find((list) => list.id === moveTo);
    if (await update({ leads_list_id: moveTo }, t('leads_moved', target?.name ?? String(moveTo)))) {
      setLead({ ...lead, leads_list: target ? { ...target } : lead.leads_list });
    }
  }

  const title = lead ? leadLabel(lead) : t('leads_leadTitle');
  return (
    <Dialog title={title} onClose={onClose}>
      {!form && !error && <div class="dialog-skeleton skeleton" role="status">{t('common_loading')}</div>}
      {form && lead && (
        <form class="stack" onSubmit={save} noValidate>
          <p class="muted">
            {t('leads_inList', lead.leads_list?.name ?? t('leads_noList'))}
            {isSafeHttpUrl(lead.linkedin_url) && (
              <>
                {' · '}
                <a href={lead.linkedin_url} target="_blank" rel="noopener noreferrer">{t('leads_openLinkedIn')}</a>
              </>
            )}
            {isSafeHttpUrl(lead.website) && (
              <>
                {' · '}
                <a href={lead.website} target="_blank" rel="noopener noreferrer">{t('leads_openWebsite')}</a>
              </>
            )}
          </p>
          <LeadFields form={form} errors={fieldErrors} onChange={setForm} />
          {error && <ErrorMessage error={error} />}
          {status && <p class="alert ok" role="status">{status}</p>}
          <div class="row dialog-actions">
            <button type="submit" class="primary" disabled={busy}>{t('leads_save')}</button>
            <label class="inline">
              {t('leads_moveTo')}
              <select value={moveTo === null ? '' : String(moveTo)} onChange={(e) => setMoveTo(Number((e.currentTarget as HTMLSelectElement).value))}>
                {moveTo === null && <option value="">{t('leads_noList')}</option>}
                {lists.map((list) => (
                  <option key={list.id} value={String(list.id)}>{list.name}</option>
                ))}
              </select>
            </label>
            <button type="button" disabled={busy || moveTo === null || moveTo === lead.leads_list?.id} onClick={() => void move()}>
              {t('leads_move')}
            </button>
            <button type="button" class="danger push-right" disabled={busy} onClick={() => onDelete({ id: lead.id, label: leadLabel(lead) })}>
              {t('leads_delete')}
            </button>
          </div>
        </form>
      )}
      {!form && error && <ErrorMessage error={error} />}
    </Dialog>
  );
}
