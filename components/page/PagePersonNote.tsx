import { t } from '@/lib/i18n';
import type { PageSummary } from './use-page-context';

/** Says where the finder's names came from, or why the page gave none. */
export function PagePersonNote({ page }: { page: PageSummary }) {
  if (page.blocked) return <p class="alert warn page-note" role="status">{t('page_noPerson')}</p>;
  const person = page.person;
  if (!person) return null;
  const work = person.company ? t('page_personWorksAt', [person.fullName, person.company]) : person.fullName;
  return <p class="muted page-note">{t('page_fromPage', work)}</p>;
}
