import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LeadsListPicker } from '@/components/leads/list-choice';
import { ResultsSkeleton } from '@/components/domain/ResultsSkeleton';
import { quotaOf } from '@/lib/account/quota';
import { t } from '@/lib/i18n';
import { AccountStrip } from './AccountStrip';
import type { TabSite } from './App';
import { POPUP_TABS, type Site } from './popup-tabs';
import { PopupFailedWrites } from './PopupFailedWrites';
import { QuotaBanner } from './QuotaBanner';
import { SiteBar } from './SiteBar';
import { panelId, TabBar, tabId } from './TabBar';
import { useAccount } from './use-account';
import { useOpeningTab } from '@/components/page/use-opening-tab';
import { usePageContext } from '@/components/page/use-page-context';
import { usePopupView } from '@/components/recent/use-popup-view';
import type { PageContextReply } from '@/lib/recent/types';

/** The popup with a key: the site, the plan, the sections, and the ways out to the full pages. */
export function Popup({ tab, page: read }: { tab: TabSite; page: PageContextReply | null }) {
  const [typed, setTyped] = useState<Site | null>(null);
  const [refreshNonce, setRefreshNonce] = useState(0);
  const [quotaHit, setQuotaHit] = useState(false);
  // The page is read on open (the user asked by opening): a profile opens the finder, pre-filled.
  const page = usePageContext(read);
  const popupView = usePopupView();
  const [active, setActive] = useOpeningTab(POPUP_TABS[0]!.id, page, popupView);
  // A panel is drawn the first time it is shown, then kept (with what the user typed in it): the first
  // paint draws one panel, not four.
  const visited = useVisited(active);
  const account = useAccount(refreshNonce);

  const fromTab = tab?.site.ok ? { domain: tab.site.domain, display: tab.site.display } : null;
  const site = typed ?? fromTab;
  const accountQuota = quotaOf(account.state === 'done' ? account.data : null);
  // A 429 on a search means the same as an account that says "used up", even before the account answers.
  const quota = { ...accountQuota, searchesSpent: accountQuota.searchesSpent || quotaHit };
  const context = {
    tabId: tab?.id ?? null,
    site,
    noSiteReason: tab && !tab.site.ok ? tab.site.reason : null,
    quota,
    refreshNonce,
    onQuotaExceeded: () => setQuotaHit(true),
    page,
    menuAnswer: popupView?.view === 'recent' ? popupView.answer : null,
  };

  return (
    <main class="popup">
      <header class="popup-header stack">
        <h1 class="visually-hidden">{t('popup_title')}</h1>
        {tab && (
          <SiteBar
            site={site}
            askForDomain={!site}
            onChoose={(chosen) => setTyped(chosen)}
            onRefresh={() => {
              setQuotaHit(false);
              setRefreshNonce((n) => n + 1);
            }}
            searchesSpent={quota.searchesSpent}
          />
        )}
        <AccountStrip account={account} />
        <QuotaBanner quota={quota} />
        <TabBar tabs={POPUP_TABS} active={active} onSelect={setActive} />
        <LeadsListPicker />
        <PopupFailedWrites />
      </header>
      {POPUP_TABS.map((entry) => (
        <section key={entry.id} id={panelId(entry.id)} role="tabpanel" aria-labelledby={tabId(entry.id)} hidden={entry.id !== active} class="popup-panel">
          {visited.has(entry.id) && (tab ? entry.render(context) : <ResultsSkeleton />)}
        </section>
      ))}
      <footer class="popup-footer row">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/leads.html') })}>
          {t('popup_openLeads')}
        </button>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/bulk.html') })}>
          {t('bulk_open')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
      </footer>
    </main>
  );
}

function useVisited(active: string): ReadonlySet<string> {
  const [visited] = useState(() => new Set<string>());
  visited.add(active);
  return visited;
}
