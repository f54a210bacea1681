import type { JSX } from 'preact';
import { DomainResults } from '@/components/domain/DomainResults';
import { PagePersonNote } from '@/components/page/PagePersonNote';
import type { PageSummary } from '@/components/page/use-page-context';
import { lazyPanel } from '@/components/lazy-panel';
import type { CardView } from '@/lib/recent/types';
import { QUOTA_REASON_ID, type QuotaState } from '@/lib/account/quota';
import type { DomainFailure } from '@/lib/domains';
import { NoSite } from './NoSite';

// The tabs behind the first one load their code when first opened.
const FinderPanel = lazyPanel(() => import('@/components/finder/FinderPanel').then((m) => m.FinderPanel));
const VerifierPanel = lazyPanel(() => import('@/components/verifier/VerifierPanel').then((m) => m.VerifierPanel));
const RecentList = lazyPanel(() => import('@/components/recent/RecentList').then((m) => m.RecentList));
const PeoplePanel = lazyPanel(() => import('@/components/people/PeoplePanel').then((m) => m.PeoplePanel));

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
  /** The page's person (read on open), for the finder; null until read. */
  page: PageSummary | null;
  /** A right-click answer this popup was opened to show. */
  menuAnswer: CardView | null;
}

export interface PopupTab {
  id: string;
  /** Message name of the tab's label. */
  labelKey: string;
  render: (context: PopupContext) => JSX.Element;
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
      <fieldset class="bare" disabled={c.quota.searchesSpent} aria-describedby={c.quota.searchesSpent ? QUOTA_REASON_ID : undefined}>
        {c.page && <PagePersonNote page={c.page} />}
        <FinderPanel domain={c.page?.finderDomain ?? c.site?.domain ?? null} prefill={c.page?.prefill} />
      </fieldset>
    ),
  },
  {
    id: 'verifier',
    labelKey: 'popup_tabVerifier',
    render: (c) => (
      <fieldset class="bare" disabled={c.quota.verificationsSpent} aria-describedby={c.quota.verificationsSpent ? QUOTA_REASON_ID : undefined}>
        <VerifierPanel />
      </fieldset>
    ),
  },
  {
    id: 'people',
    labelKey: 'people_tab',
    render: (c) => (
      <fieldset class="bare" disabled={c.quota.searchesSpent}>
        <PeoplePanel tabId={c.tabId} />
      </fieldset>
    ),
  },
  {
    id: 'recent',
    labelKey: 'recent_tab',
    render: (c) => <RecentList menuAnswer={c.menuAnswer} />,
  },
];
