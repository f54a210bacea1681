import { t } from '@/lib/i18n';
import type { BulkKind } from '@/lib/bulk/types';

const KINDS: readonly BulkKind[] = ['domains', 'names', 'addresses'];

/** Radio buttons "Domains" / "Names" / "Addresses", each with what it runs. */
export function KindChoice({ kind, onChange }: { kind: BulkKind; onChange: (kind: BulkKind) => void }) {
  return (
    <fieldset class="card kind-choice">
      <legend>{t('bulk_kindLegend')}</legend>
      {KINDS.map((k) => (
        <label class="inline" key={k}>
          <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => onChange(k)} />
          <span>{t(`bulk_kind_${k}`)}</span>
          <span class="muted">{t(`bulk_kindHelp_${k}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
