import type { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messaging/ask-background';
import { readPopupSnapshot } from '@/lib/site/popup-snapshot-read';
import { tabIdFromSearch } from '@/lib/site/target-tab';
import type { PopupBoot } from '@/lib/site/popup-boot';

// The popup's first script, a few hundred bytes in its <head>: it asks the background for the opening and
// reads the copy of a cached answer while the browser is still reading the popup's main script, which takes
// both from here (lib/site/popup-boot.ts). The browser's own API, not the polyfill: both speak promises here
// (Chrome's `chrome` on Manifest V3, Firefox's `browser`).
export default defineUnlistedScript((): PopupBoot => {
  const api = (globalThis as unknown as { browser?: typeof browser }).browser ?? (globalThis as unknown as { chrome: typeof browser }).chrome;
  const tabId = tabIdFromSearch(location.search);
  return {
    opening: askBackground((message) => api.runtime.sendMessage(message), 'openPopup', { tabId }),
    snapshot: readPopupSnapshot(api, tabId).catch(() => null),
  };
});
