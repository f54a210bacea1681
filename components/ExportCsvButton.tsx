import { csvFileName, downloadCsv } from '@/lib/csv/download';
import { t } from '@/lib/i18n';

interface ExportCsvButtonProps {
  /** Names the file, e.g. the domain: `quarry-stripe-com-2024-05-01.csv`. */
  what: string;
  /** Builds the CSV when clicked; may load the CSV code only then, so pages that show it stay light. */
  csv: () => string | Promise<string>;
  disabled?: boolean;
}

/** A button that downloads a CSV built on click: no permission needed, nothing leaves the browser. */
export function ExportCsvButton({ what, csv, disabled }: ExportCsvButtonProps) {
  return (
    <button type="button" disabled={disabled} onClick={async () => downloadCsv(csvFileName(what), await csv())}>
      {t('leads_downloadCsv')}
    </button>
  );
}
