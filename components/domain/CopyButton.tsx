import { useState } from 'preact/hooks';
import { IconLabel } from '@/components/Icon';
import { t } from '@/lib/i18n';

interface CopyButtonProps {
  text: string;
  /** The button's name, e.g. "Copy" or "Copy all". */
  label: string;
  disabled?: boolean;
  /** An icon button (a search row's actions), its name unchanged. */
  compact?: boolean;
}

/** Copies text and says so beside the button, so the button keeps its name for assistive tech. */
export function CopyButton({ text, label, disabled, compact }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span class="copy">
      <button type="button" onClick={copy} disabled={disabled} class={compact ? 'icon-button' : undefined} title={compact ? label : undefined}>
        {compact ? <IconLabel icon="copy" label={label} /> : label}
      </button>
      <span role="status" class={outcome === 'failed' ? 'copy-note failed' : 'copy-note'}>
        {outcome === 'copied' ? t('popup_copied') : outcome === 'failed' ? t('popup_copyFailed') : ''}
      </span>
    </span>
  );
}
