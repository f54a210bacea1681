import { t } from '@/lib/i18n';
import type { RejectedRow } from '@/lib/leads/import-plan';
import { problemSentence } from './field-labels';
import type { ImportOutcome } from './run-import';

function reasonText({ reason }: RejectedRow): string {
  switch (reason.kind) {
    case 'invalid':
      return reason.problems.map(problemSentence).join(' ');
    case 'unreadable':
      return reason.problem === 'extra_fields' ? t('leads_rowExtraFields') : t('leads_rowMalformed');
    case 'refused':
      return reason.message;
  }
}

/** What the import did: created, skipped as duplicates (and where), and every rejected line with why. */
export function ImportReport({ outcome, listName }: { outcome: ImportOutcome; listName: string }) {
  const duplicates = outcome.duplicateInFile.length + outcome.duplicateInList.length;
  return (
    <section class="import-report stack" aria-label={t('leads_importReport')}>
      <p class="alert ok" role="status">{t('leads_importCreated', [String(outcome.created), listName])}</p>
      {outcome.waiting > 0 && <p class="alert warn" role="status">{t('leads_importWaiting', String(outcome.waiting))}</p>}
      {duplicates > 0 && (
        <p>
          {t('leads_importDuplicates', [String(duplicates), String(outcome.duplicateInFile.length), String(outcome.duplicateInList.length)])}
        </p>
      )}
      {outcome.ignoredColumns.length > 0 && <p class="muted">{t('leads_importIgnoredColumns', outcome.ignoredColumns.join(', '))}</p>}
      {outcome.rejected.length > 0 && (
        <>
          <p class="alert warn">{t('leads_importRejected', String(outcome.rejected.length))}</p>
          <ul class="rejected-rows">
            {outcome.rejected.map((row) => (
              <li key={row.line}>{t('leads_importLine', [String(row.line), reasonText(row)])}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
