import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number | null;
  /** Undefined by the browser when Quarry may not see the page (chrome://, no activeTab grant). */
  url: string | null;
}

/** The `?tab=<id>` of a popup URL, when it names a tab. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/**
 * The tab the popup is about: the one named by `popup.html?tab=<id>` (tests, pages opening the popup as a
 * tab), else the active tab of the popup's window. Its URL is readable through `activeTab`, granted by the
 * toolbar click, so Quarry needs no `tabs` permission for this.
 */
export async function readTargetTab(search: string): Promise<TargetTab> {
  const id = tabIdFromSearch(search);
  try {
    const tab = id !== null ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return { id: tab?.id ?? id, url: tab?.url || null };
  } catch {
    // The tab was closed meanwhile: the popup still works through the Domain box.
    return { id, url: null };
  }
}
