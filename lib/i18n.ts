import { browser } from 'wxt/browser';

// WXT types getMessage for messages in public/_locales; ours are merged from locales/ at build time.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A user-facing string from `locales/<lang>/*.json`; the key itself when missing, so gaps are visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return (browser.i18n.getMessage as GetMessage)(key, substitutions) || key;
}
