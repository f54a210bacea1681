import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LeadsListPicker, ListChoiceProvider } from '@/components/leads/list-choice';
import { useReply } from '@/components/use-reply';
import { ResultsSkeleton } from '@/components/domain/ResultsSkeleton';
import { quotaOf } from '@/lib/account/quota';
import type { DomainResult } from '@/lib/domains';
import { t } from '@/lib/i18n';
import { siteOfUrl } from '@/lib/site/site-of-url';
import { readTargetTab } from '@/lib/site/target-tab';
import { AccountStrip } from './AccountStrip';
import { NoKey } from './NoKey';
import { POPUP_TABS, type Site } from './popup-tabs';
import { QuotaBanner } from './QuotaBanner';
import { SiteBar } from './SiteBar';
import { panelId, TabBar, tabId } from './TabBar';
import { useAccount } from './use-account';

export function App() {
  const [keyStatus] = useReply('getKeyStatus', null);
  if (keyStatus.state === 'loading') return <main class="popup"><ResultsSkeleton /></main>;
  if (keyStatus.state === 'error') return <main class="popup"><ErrorMessage error={keyStatus.error} /></main>;
  if (!keyStatus.data.hasKey) return <NoKey />;
  return (
    <ListChoiceProvider>
      <Popup />
    </ListChoiceProvider>
  );
}

/** The site of the target tab, once read: null while reading. */
function useTabSite() {
  const [tab, setTab] = useState<{ id: number | null; site: DomainResult } | null>(null);
  useEffect(() => {
    void readTargetTab(location.search).then((target) => setTab({ id: target.id, site: siteOfUrl(target.url) }));
  }, []);
  return tab;
}

function Popup() {
  const tab = useTabSite();
  const [typed, setTyped] = useState<Site | null>(null);
  const [refreshNonce, setRefreshNonce] = useState(0);
  const [quotaHit, setQuotaHit] = useState(false);
  const [active, setActive] = useState(POPUP_TABS[0]!.id);
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
          />
        )}
        <AccountStrip account={account} />
        <QuotaBanner quota={quota} />
        <TabBar tabs={POPUP_TABS} active={active} onSelect={setActive} />
        <LeadsListPicker />
      </header>
      {POPUP_TABS.map((entry) => (
        <section key={entry.id} id={panelId(entry.id)} role="tabpanel" aria-labelledby={tabId(entry.id)} hidden={entry.id !== active} class="popup-panel">
          {tab ? entry.render(context) : <ResultsSkeleton />}
        </section>
      ))}
      <footer class="popup-footer row">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/leads.html') })}>
          {t('popup_openLeads')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
      </footer>
    </main>
  );
}
