import { errorSentence } from '@/components/error-sentence';
import { t } from '@/lib/i18n';
import type { OutboxItem } from '@/lib/outbox/types';
import './FailedWrites.css';

/** What the user did, in their words: "Save of ada@stripe.com", "Edit of lead 42", "Rename of list A to B"… */
export function writeLabel(item: OutboxItem): string {
  const operation = item.operation;
  if (operation.kind === 'createLead') {
    const { email, first_name, last_name } = operation.draft;
    return t('outbox_saveOf', email?.trim() || [first_name, last_name].filter(Boolean).join(' '));
  }
  switch (operation.kind) {
    case 'updateLead':
      return t('outbox_editOf', String(operation.id));
    case 'deleteLead':
      return t('outbox_deleteOf', String(operation.id));
    case 'createList':
      return t('outbox_createListOf', operation.name);
    case 'renameList':
      return t('outbox_renameListOf', [operation.oldName, operation.name]);
    case 'deleteList':
      return t('outbox_deleteListOf', operation.name);
  }
}

export interface FailedWritesProps {
  items: readonly OutboxItem[];
  onRetry: (id: string) => void;
  onDismiss: (id: string) => void;
}

/** Writes the API refused for good (or that gave up after many tries): each with its reason, Retry and Dismiss. */
export function FailedWrites({ items, onRetry, onDismiss }: FailedWritesProps) {
  const failed = items.filter((item) => item.state === 'failed');
  if (failed.length === 0) return null;
  return (
    <section class="failed-writes alert error" aria-labelledby="failed-writes-title">
      <h2 id="failed-writes-title">{t('outbox_failedTitle', String(failed.length))}</h2>
      <ul>
        {failed.map((item) => {
          const label = writeLabel(item);
          return (
            <li key={item.id} aria-label={label}>
              <p>
                <strong>{label}</strong> — {item.error ? errorSentence(item.error) : t('outbox_notSent')}
              </p>
              <div class="row">
                <button type="button" aria-label={t('outbox_retryThis', label)} onClick={() => onRetry(item.id)}>
                  {t('outbox_retry')}
                </button>
                <button type="button" aria-label={t('outbox_dismissThis', label)} onClick={() => onDismiss(item.id)}>
                  {t('outbox_dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
