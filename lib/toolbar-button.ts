import { browser } from 'wxt/browser';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build. */
export function toolbarButton() {
  return browser.action ?? browser.browserAction;
}
