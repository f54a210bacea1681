import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** A native modal dialog: focus moves in and stays, Escape closes it, the page behind is inert. */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="icon" aria-label={t('leads_close')} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
