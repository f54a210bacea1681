import { browser } from 'wxt/browser';
import type { DomainResult } from '../domains';
import type { PopupOpening } from '../messaging/protocol';

// What the popup paints at once on a second open: the last opening's answers for the site of a tab, kept in
// storage.session (memory only, gone when the browser closes), which the popup reads itself without waking the
// worker. It is a copy of answers the one cache already holds, never a second cache: written only from a
// cached opening, forgotten with the cache, never holding the API key.

const SITE = 'popup:site:';
const ANSWERS = 'popup:answers:';

type Site = Extract<DomainResult, { ok: true }>;
export interface PopupAnswers {
  count: NonNullable<PopupOpening['count']>;
  search: NonNullable<PopupOpening['search']>;
  /** Epoch ms the cache stops answering from the older of the two. */
  expiresAt: number;
}

/** The host a snapshot is kept under: only web pages have one. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Background: keeps what an opening answered (both answers successful) for the tab's host. */
export async function rememberForPopup(host: string, site: Site, answers: PopupAnswers): Promise<void> {
  await browser.storage.session.set({ [SITE + host]: site, [ANSWERS + site.domain]: answers });
}

/** Background: a refreshed answer for a domain makes its copy stale; the next open takes the worker's path. */
export async function forgetPopupDomain(domain: string): Promise<void> {
  await browser.storage.session.remove(ANSWERS + domain);
}

/** Background: the cache was cleared (by the user, or a new key or API): so are the copies. */
export async function forgetPopupAnswers(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(SITE) || key.startsWith(ANSWERS));
  if (keys.length) await browser.storage.session.remove(keys);
}

/** Popup: the tab's site and its answers, when a live copy exists; one storage read beside one tabs read. */
export async function popupSnapshot(tabId: number | null, now = Date.now()): Promise<PopupOpening | null> {
  const [tab, all] = await Promise.all([
    tabId !== null ? browser.tabs.get(tabId) : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]),
    browser.storage.session.get(null),
  ]);
  const host = hostOf(tab?.url);
  const site = host ? (all[SITE + host] as Site | undefined) : undefined;
  const answers = site ? (all[ANSWERS + site.domain] as PopupAnswers | undefined) : undefined;
  if (!tab || !site || !answers || answers.expiresAt <= now) return null;
  return {
    tabId: tab.id ?? tabId,
    site,
    // Written only when the opening searched with a key; the real status follows from the background.
    keyStatus: { hasKey: true, maskedKey: null, apiBaseUrl: '' },
    count: answers.count,
    search: answers.search,
    page: null,
  };
}
