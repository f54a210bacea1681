import type { JSX } from 'preact';
import { DomainResults } from '@/components/domain/DomainResults';
import { FinderPanel } from '@/components/finder/FinderPanel';
import { VerifierPanel } from '@/components/verifier/VerifierPanel';
import type { QuotaState } from '@/lib/account/quota';
import type { DomainFailure } from '@/lib/domains';
import { t } from '@/lib/i18n';
import { reasonSentence } from './SiteBar';

export interface Site {
  /** ASCII, as the API expects. */
  domain: string;
  /** Unicode, as the user reads it. */
  display: string;
}

/** What every tab may use of the popup's state. */
export interface PopupContext {
  tabId: number | null;
  site: Site | null;
  /** Why the tab's page has no company, when it has none and nothing was typed. */
  noSiteReason: DomainFailure | null;
  quota: QuotaState;
  refreshNonce: number;
  onQuotaExceeded: () => void;
}

export interface PopupTab {
  id: string;
  /** Message name of the tab's label. */
  labelKey: string;
  render: (context: PopupContext) => JSX.Element;
}

function NoSite({ reason }: { reason: DomainFailure | null }) {
  return (
    <p class="alert warn no-site">
      {reason ? reasonSentence(reason) : ''} {t('popup_typeDomain')}
    </p>
  );
}

/** The popup's sections, in order: a new section is one entry here. */
export const POPUP_TABS: readonly PopupTab[] = [
  {
    id: 'addresses',
    labelKey: 'popup_tabAddresses',
    render: (c) =>
      c.site ? (
        <DomainResults
          key={c.site.domain}
          domain={c.site.domain}
          display={c.site.display}
          refreshNonce={c.refreshNonce}
          quota={c.quota}
          onQuotaExceeded={c.onQuotaExceeded}
        />
      ) : (
        <NoSite reason={c.noSiteReason} />
      ),
  },
  {
    id: 'finder',
    labelKey: 'popup_tabFinder',
    render: (c) => (
      <fieldset class="bare" disabled={c.quota.searchesSpent}>
        <FinderPanel domain={c.site?.domain ?? null} />
      </fieldset>
    ),
  },
  {
    id: 'verifier',
    labelKey: 'popup_tabVerifier',
    render: (c) => (
      <fieldset class="bare" disabled={c.quota.verificationsSpent}>
        <VerifierPanel />
      </fieldset>
    ),
  },
];
