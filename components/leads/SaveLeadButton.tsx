import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { IconLabel } from '@/components/Icon';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import type { OutboxItem } from '@/lib/outbox/types';
import { lastUsedListId } from '@/lib/settings';
import { missingNames } from '@/lib/outbox/lead-names';
import { LeadNamesForm } from './LeadNamesForm';
import { useListChoice, type LeadDraft } from './list-choice';
import './SaveLeadButton.css';

type Shown =
  | { state: 'idle' }
  | { state: 'naming' }
  | { state: 'saving' }
  | { state: 'saved'; listName: string | null }
  | { state: 'exists'; listName: string | null }
  | { state: 'queued'; outboxId: string }
  | { state: 'error'; error: ReplyError };

const sameAddress = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The outbox item this button stands for: the one it queued, else one queued earlier for the address. */
function findItem(outbox: OutboxItem[], shown: Shown, email: string | null | undefined): OutboxItem | undefined {
  if (shown.state === 'queued') return outbox.find((item) => item.id === shown.outboxId);
  if (shown.state !== 'idle' && shown.state !== 'error') return undefined;
  // The latest one: a save queued from an earlier popup shows as pending, then saved, here too.
  return outbox.findLast((item) => item.operation.kind === 'createLead' && sameAddress(item.operation.draft.email, email));
}

/** Shows a queued save as it goes: pending, then saved (or the reason it could not be). */
function fromOutbox(item: OutboxItem): Shown {
  if (item.state === 'pending') return { state: 'queued', outboxId: item.id };
  if (item.state === 'failed') return { state: 'error', error: item.error ?? { kind: 'internal', status: null, message: '' } };
  const place = item.saved;
  return place?.existed ? { state: 'exists', listName: place.listName } : { state: 'saved', listName: place?.listName ?? null };
}

/** "Save as lead" into the chosen list; says where it went, that it was already there, or that it waits. */
export function SaveLeadButton({ draft, compact }: { draft: LeadDraft; compact?: boolean }) {
  const choice = useListChoice();
  const [own, setOwn] = useState<Shown>({ state: 'idle' });
  const item = findItem(choice.outbox, own, draft.email);
  // After a failure, only a failed item speaks for the button (an older delivered one is not this save).
  const shown = item && (own.state === 'idle' || own.state === 'queued' || item.state === 'failed') ? fromOutbox(item) : own;

  async function save(named: LeadDraft) {
    setOwn({ state: 'saving' });
    const listId = choice.listId;
    const reply = await send('saveLead', { draft: named, listId });
    if (!reply.ok) {
      await choice.refreshOutbox();
      return setOwn({ state: 'error', error: reply.error });
    }
    const outcome = reply.data;
    if (listId !== null) void lastUsedListId.setValue(listId);
    // Every save is an outbox item now: the page's copy of the outbox learns of it (a later row of the same
    // address, or this answer drawn again, shows it as saved).
    void choice.refreshOutbox();
    if (outcome.state === 'queued') {
      setOwn({ state: 'queued', outboxId: outcome.outboxId });
    } else if (outcome.state === 'saved') {
      setOwn({ state: 'saved', listName: outcome.listName ?? choice.listName(listId) });
    } else {
      setOwn({ state: 'exists', listName: outcome.listName });
    }
  }

  async function retryNow() {
    await send('outboxDeliver', null);
    await choice.refreshOutbox();
  }

  return (
    <div class="save-lead">
      {(shown.state === 'idle' || shown.state === 'saving' || shown.state === 'error') && (
        // Not before the lists are known: without a chosen list the API would pick its newest one.
        <button
          type="button"
          onClick={() => (missingNames(draft) ? setOwn({ state: 'naming' }) : void save(draft))}
          disabled={shown.state === 'saving' || choice.lists === null}
          class={compact ? 'icon-button' : undefined}
          title={compact ? t('saveLead_button') : undefined}
        >
          {compact ? <IconLabel icon="save" label={t('saveLead_button')} /> : t('saveLead_button')}
        </button>
      )}
      {shown.state === 'naming' && <LeadNamesForm draft={draft} onSave={(named) => void save(named)} onCancel={() => setOwn({ state: 'idle' })} />}
      {shown.state === 'saving' && <span role="status" class="muted">{t('saveLead_saving')}</span>}
      {shown.state === 'saved' && (
        <span role="status" class="save-lead-done">
          {shown.listName ? t('saveLead_savedTo', shown.listName) : t('saveLead_saved')}
        </span>
      )}
      {shown.state === 'exists' && (
        <span role="status" class="save-lead-done">
          {shown.listName ? t('saveLead_alreadyIn', shown.listName) : t('saveLead_alreadySaved')}
        </span>
      )}
      {shown.state === 'queued' && (
        <>
          <span role="status" class="save-lead-pending">{t('saveLead_pending')}</span>
          <button type="button" onClick={() => void retryNow()}>{t('saveLead_retryNow')}</button>
        </>
      )}
      {shown.state === 'error' && <ErrorMessage error={shown.error} />}
    </div>
  );
}
