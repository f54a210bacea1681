import { t } from '@/lib/i18n';
import { FIELDS_BY_KIND, type BulkField, type BulkKind, type ColumnMapping, type InputRow } from '@/lib/bulk/types';

interface ColumnMapProps {
  kind: BulkKind;
  header: string[] | null;
  rows: InputRow[];
  columns: number;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** The guessed column for each field, shown for the user to change before anything runs. */
export function ColumnMap({ kind, header, rows, columns, mapping, onChange }: ColumnMapProps) {
  const columnName = (i: number) => {
    const sample = rows[0]?.cells[i] ?? '';
    const name = header?.[i] || t('bulk_columnN', String(i + 1));
    return sample ? `${name} (${sample.slice(0, 30)})` : name;
  };
  const choose = (field: BulkField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  return (
    <fieldset class="card column-map">
      <legend>{t('bulk_columnsLegend')}</legend>
      <div class="map-grid">
        {FIELDS_BY_KIND[kind].map((field) => (
          <label key={field}>
            {t(`bulk_field_${field}`)}
            <select value={mapping[field] === undefined ? '' : String(mapping[field])} onChange={(e) => choose(field, e.currentTarget.value)}>
              <option value="">{t('bulk_noColumn')}</option>
              {Array.from({ length: columns }, (_, i) => (
                <option key={i} value={String(i)}>
                  {columnName(i)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
