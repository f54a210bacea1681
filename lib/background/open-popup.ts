import { browser } from 'wxt/browser';
import { toolbarButton } from '../toolbar-button';

/**
 * Opens Quarry's popup where the answer could not be shown in the page: the toolbar popup when the browser
 * allows it from here, else a small window of the same page aimed at the tab.
 */
export async function openPopup(tabId: number | null): Promise<void> {
  const action = toolbarButton();
  try {
    await action.openPopup();
    return;
  } catch {
    // No focused window, or a browser that opens popups only on a user gesture.
  }
  const search = tabId === null ? '' : `?tab=${tabId}`;
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html${search}`), type: 'popup', width: 440, height: 640 });
}
