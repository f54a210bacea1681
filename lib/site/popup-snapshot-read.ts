import type { browser } from 'wxt/browser';
import type { DomainResult } from '../domains';
import type { PopupOpening } from '../messaging/protocol';

// What the popup paints at once on a second open: the last opening's answers for the site of a tab, kept in
// storage.session (memory only, gone when the browser closes), which the popup reads itself without waking the
// worker. It is a copy of answers the one cache already holds, never a second cache: written only from a
// cached opening, forgotten with the cache, never holding the API key.

export const SITE = 'popup:site:';
export const ANSWERS = 'popup:answers:';

export type Site = Extract<DomainResult, { ok: true }>;
export interface PopupAnswers {
  count: NonNullable<PopupOpening['count']>;
  search: NonNullable<PopupOpening['search']>;
  /** Epoch ms the cache stops answering from the older of the two. */
  expiresAt: number;
}

/** The part of the extension API the popup's read of its copy needs. */
export type SnapshotApi = {
  tabs: Pick<typeof browser.tabs, 'get' | 'query'>;
  storage: { session: Pick<typeof browser.storage.session, 'get'> };
};

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

/**
 * Popup: the tab's site and its answers, when a live copy exists; one storage read beside one tabs read. `api`:
 * the extension API, passed in so that the popup's first script (popup-boot.ts) reads it without the polyfill.
 */
export async function readPopupSnapshot(api: SnapshotApi, tabId: number | null, now = Date.now()): Promise<PopupOpening | null> {
  const [tab, all] = await Promise.all([
    tabId !== null ? api.tabs.get(tabId) : api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]),
    api.storage.session.get(null),
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
