import { t } from '@/lib/i18n';

/** The leads manager and the bulk page are pages of the extension: plain links open them in a new tab. */
export function LeadsManagerLink() {
  return (
    <p class="row">
      <a href="/leads.html" target="_blank" rel="noopener noreferrer">
        {t('leads_openManager')}
      </a>
      <span class="muted">{t('leads_managerHelp')}</span>
      <a href="/bulk.html" target="_blank" rel="noopener noreferrer">
        {t('bulk_open')}
      </a>
      <span class="muted">{t('bulk_openHelp')}</span>
    </p>
  );
}
