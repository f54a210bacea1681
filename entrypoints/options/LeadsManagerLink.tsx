import { t } from '@/lib/i18n';

/** The leads manager is a page of the extension: a plain link opens it in a new tab. */
export function LeadsManagerLink() {
  return (
    <section class="card" aria-labelledby="leads-manager-heading">
      <h2 id="leads-manager-heading">{t('leads_title')}</h2>
      <p class="muted">{t('leads_managerHelp')}</p>
      <a href="/leads.html" target="_blank" rel="noopener noreferrer">
        {t('leads_openManager')}
      </a>
    </section>
  );
}
