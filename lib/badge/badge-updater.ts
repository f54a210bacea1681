import { browser, type Browser } from 'wxt/browser';
import { domainForPage } from '../domains';
import { badgeEnabled } from '../settings';
import { badgeText } from './badge-text';
import { toolbarButton } from '../toolbar-button';

export interface BadgeOptions {
  /** The free email-count total for a domain, through the response cache; null when it cannot be had. */
  countFor: (domain: string) => Promise<number | null>;
}

const TABS: Browser.permissions.Permissions = { permissions: ['tabs'] };

/**
 * The toolbar badge: the number of addresses known for the active tab's domain. It sends every visited
 * site's domain to the API, so it runs only while the user has turned it on AND granted `tabs`; losing
 * either clears it. Listeners are added at once (the worker may have been woken by one of these events).
 */
export function startBadge({ countFor }: BadgeOptions) {
  async function isOn(): Promise<boolean> {
    const [enabled, granted] = await Promise.all([badgeEnabled.getValue(), browser.permissions.contains(TABS)]);
    return enabled && granted;
  }

  async function show(tabId: number, url: string | undefined): Promise<void> {
    if (!(await isOn())) return;
    const site = url ? domainForPage(url, null) : null;
    const count = site?.ok ? await countFor(site.domain).catch(() => null) : null;
    await toolbarButton().setBadgeText({ tabId, text: badgeText(count) });
  }

  async function showActiveTabs(): Promise<void> {
    const tabs = await browser.tabs.query({ active: true });
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : show(tab.id, tab.url))));
  }

  async function clearAll(): Promise<void> {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : toolbarButton().setBadgeText({ tabId: tab.id, text: '' }))));
    await toolbarButton().setBadgeText({ text: '' });
  }

  async function sync(): Promise<void> {
    if (await isOn()) await showActiveTabs();
    else await clearAll();
  }

  const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

  browser.tabs.onActivated.addListener(({ tabId }) => {
    quietly(browser.tabs.get(tabId).then((tab) => show(tabId, tab.url)));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Chrome clears a tab's badge when it navigates: set it again once the new URL is known.
    if (tab.active && (change.url !== undefined || change.status === 'complete')) quietly(show(tabId, tab.url));
  });
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes('tabs')) quietly(badgeEnabled.setValue(false).then(clearAll));
  });
  browser.permissions.onAdded.addListener(() => quietly(sync()));
  badgeEnabled.watch(() => quietly(sync()));

  return { sync, show };
}

