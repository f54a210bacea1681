import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { decodeCsvBytes } from '@/lib/bulk/read-csv';

export interface RowsSource {
  text: string;
  fileName: string | null;
}

/** A file input "CSV file" (picked or dropped anywhere on the box) and a textbox "Paste rows". */
export function RowsInput({ source, onChange }: { source: RowsSource; onChange: (source: RowsSource) => void }) {
  const [dragging, setDragging] = useState(false);

  async function readFile(file: File | undefined) {
    if (!file) return;
    onChange({ text: decodeCsvBytes(new Uint8Array(await file.arrayBuffer())), fileName: file.name });
  }

  return (
    <fieldset
      class={`card stack rows-input${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void readFile(e.dataTransfer?.files[0]);
      }}
    >
      <legend>{t('bulk_rowsLegend')}</legend>
      <label>
        {t('bulk_csvFile')}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      </label>
      <p class="muted">{t('bulk_dropHint')}</p>
      <label>
        {t('bulk_pasteRows')}
        <textarea
          rows={6}
          value={source.fileName ? '' : source.text}
          placeholder={source.fileName ? t('bulk_fromFile', source.fileName) : t('bulk_pastePlaceholder')}
          onInput={(e) => onChange({ text: e.currentTarget.value, fileName: null })}
        />
      </label>
    </fieldset>
  );
}
