import { t } from '@/lib/i18n';
import type { PendingDelete } from './use-lead-deletes';

/** One line per lead whose delete can still be taken back. */
export function UndoBar({ pending, onUndo }: { pending: PendingDelete[]; onUndo: (id: number) => void }) {
  if (pending.length === 0) return null;
  return (
    <div class="undo-bar" role="status">
      {pending.map((item) => (
        <p key={item.id} class="row">
          <span>{t('leads_deletedUndoable', item.label)}</span>
          <button type="button" onClick={() => onUndo(item.id)}>
            {t('leads_undo')}
          </button>
        </p>
      ))}
    </div>
  );
}
