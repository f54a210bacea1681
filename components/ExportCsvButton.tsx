import { csvFileName, downloadCsv } from '@/lib/csv/download';
import { t } from '@/lib/i18n';

interface ExportCsvButtonProps {
  /** Names the file, e.g. the domain: `quarry-stripe-com-2024-05-01.csv`. */
  what: string;
  /** Builds the CSV when clicked (e.g. `() => domainResultsToCsv(emails, organization)`). */
  csv: () => string;
  disabled?: boolean;
}

/** A button that downloads a CSV built on click: no permission needed, nothing leaves the browser. */
export function ExportCsvButton({ what, csv, disabled }: ExportCsvButtonProps) {
  return (
    <button type="button" disabled={disabled} onClick={() => downloadCsv(csvFileName(what), csv())}>
      {t('leads_downloadCsv')}
    </button>
  );
}
