import type { DomainFailure } from '@/lib/domains';
import { t } from '@/lib/i18n';
import { reasonSentence } from './SiteBar';

/** The tab's page belongs to no company: why, and what to do instead. */
export function NoSite({ reason }: { reason: DomainFailure | null }) {
  return (
    <p class="alert warn no-site">
      {reason ? reasonSentence(reason) : ''} {t('popup_typeDomain')}
    </p>
  );
}
