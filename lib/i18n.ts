import { browser } from 'wxt/browser';

/** A user-facing string from `locales/<lang>/*.json`; the key itself when missing, so gaps are visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
