import { t } from '@/lib/i18n';

/** The leads manager is a page of the extension: a plain link opens it in a new tab. */
export function LeadsManagerLink() {
  return (
    <p class="row">
      <a href="/leads.html" target="_blank" rel="noopener noreferrer">
        {t('leads_openManager')}
      </a>
      <span class="muted">{t('leads_managerHelp')}</span>
    </p>
  );
}
