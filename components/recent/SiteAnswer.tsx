import { AddressRow } from '@/components/domain/AddressRow';
import { LeadsListPicker } from '@/components/leads/list-choice';
import { t } from '@/lib/i18n';
import type { RecentSite } from '@/lib/recent/types';

/** The first addresses of a site, each with the popup's own row (copy, verify, save). */
export function SiteAnswer({ entry, listPicker }: { entry: RecentSite; listPicker: boolean }) {
  const name = entry.organization || entry.display;
  if (entry.emails.length === 0) {
    return <p class="muted" role="status">{t('recent_siteEmpty', entry.display)}</p>;
  }
  return (
    <div class="stack">
      <p class="muted">{t('recent_siteTotal', [name, String(entry.total)])}</p>
      {listPicker && <LeadsListPicker />}
      <ul class="recent-addresses stack" aria-label={t('recent_addressesOf', entry.display)}>
        {entry.emails.map((email) => (
          <AddressRow key={email.value} email={email} domain={entry.domain} organization={entry.organization} verifyDisabled={false} />
        ))}
      </ul>
    </div>
  );
}
