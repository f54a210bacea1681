import { ErrorMessage } from '@/components/ErrorMessage';
import type { EmailFinderData } from '@/lib/hunter';
import { t } from '@/lib/i18n';
import type { ReplyError } from '@/lib/messaging/protocol';

export type Found = { state: 'loading' } | { state: 'done'; data: EmailFinderData } | { state: 'error'; error: ReplyError };

/** One person's finder answer in the People list. */
export function PersonFound({ found }: { found: Found }) {
  if (found.state === 'loading') return <span class="muted" role="status">{t('people_finding')}</span>;
  if (found.state === 'error') return <ErrorMessage error={found.error} />;
  if (!found.data.email) return <span class="muted">{t('people_notFound')}</span>;
  return (
    <span class="people-found">
      {found.data.email}
      {found.data.score !== null && <span class="muted"> {t('people_score', String(found.data.score))}</span>}
    </span>
  );
}
