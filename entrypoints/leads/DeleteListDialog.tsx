import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { LeadsListSummary } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { Dialog } from './Dialog';

interface DeleteListDialogProps {
  list: LeadsListSummary;
  onClose: () => void;
  onDeleted: () => void;
  onGone: () => void;
  onFailed: () => void;
}

/** Deleting a list deletes its leads with it (the API has no "keep them"), so the user is told how many. */
export function DeleteListDialog({ list, onClose, onDeleted, onGone, onFailed }: DeleteListDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReplyError | null>(null);

  async function remove() {
    setBusy(true);
    // Through the outbox; queued (API out of reach) closes too: the page lists what waits.
    const reply = await send('listDelete', { id: list.id, name: list.name });
    setBusy(false);
    if (!reply.ok && reply.error.kind === 'not_found') return onGone();
    if (!reply.ok) {
      onFailed();
      return setError(reply.error);
    }
    onDeleted();
  }

  return (
    <Dialog title={t('leads_deleteListTitle', list.name)} onClose={onClose}>
      <p>{list.leads_count > 0 ? t('leads_deleteListLeads', String(list.leads_count)) : t('leads_deleteListEmpty')}</p>
      <p class="muted">{t('leads_cannotUndo')}</p>
      {error && <ErrorMessage error={error} />}
      <div class="row dialog-actions">
        <button type="button" class="primary danger-fill" disabled={busy} onClick={() => void remove()}>
          {t('leads_confirmDeleteList')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common_cancel')}
        </button>
      </div>
    </Dialog>
  );
}
