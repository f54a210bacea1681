import { t } from '@/lib/i18n';
import type { BulkKind } from '@/lib/bulk/types';

const KINDS: readonly BulkKind[] = ['domains', 'names', 'addresses'];

/** Radio buttons "Domains" / "Names" / "Addresses", each with what it runs. */
export function KindChoice({ kind, onChange }: { kind: BulkKind; onChange: (kind: BulkKind) => void }) {
  return (
    <fieldset class="card kind-choice">
      <legend>{t('bulk_kindLegend')}</legend>
      {KINDS.map((k) => (
        <div class="row" key={k}>
          <label class="inline">
            <input type="radio" name="kind" value={k} checked={kind === k} aria-describedby={`kind-help-${k}`} onChange={() => onChange(k)} />
            {t(`bulk_kind_${k}`)}
          </label>
          <span class="muted" id={`kind-help-${k}`}>{t(`bulk_kindHelp_${k}`)}</span>
        </div>
      ))}
    </fieldset>
  );
}
