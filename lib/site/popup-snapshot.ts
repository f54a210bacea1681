import { browser } from 'wxt/browser';
import type { PopupOpening } from '../messaging/protocol';
import { ANSWERS, readPopupSnapshot, SITE, type PopupAnswers, type Site } from './popup-snapshot-read';

// The background's side of the popup's copy of its cached answers (popup-snapshot-read.ts says what it is).

export { hostOf, type PopupAnswers } from './popup-snapshot-read';

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

/** Popup: the tab's site and its answers, when a live copy exists (popup-snapshot-read.ts). */
export function popupSnapshot(tabId: number | null, now = Date.now()): Promise<PopupOpening | null> {
  return readPopupSnapshot(browser, tabId, now);
}
