import { browser } from 'wxt/browser';
import { domainForPage } from '../../domains';
import type { PageContext } from '../../page-context/types';
import type { PageContextReply } from '../../recent/types';
import type { Handlers } from '../router';

export type PageHandlers = Pick<Handlers, 'pageContext'>;

/** The built page-reader (entrypoints/page-reader.ts). */
export const PAGE_READER_FILE = '/page-reader.js';

function isPageContext(value: unknown): value is PageContext {
  const context = value as PageContext | null;
  return typeof context?.url === 'string' && typeof context.blocked === 'boolean' && typeof context.person === 'object';
}

/**
 * Reads the page of a tab on demand. `readable` is false where no script may run (browser pages, the Web
 * Store, the PDF viewer, a tab Quarry has no access to): then only the tab's address is known, if that.
 */
export async function readTab(tabId: number): Promise<PageContextReply & { readable: boolean }> {
  let context: PageContext | null = null;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] });
    if (isPageContext(injection?.result)) context = injection.result;
  } catch {
    // Not scriptable: fall back to the tab's address below.
  }
  const url = context?.url ?? (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
  const person = context?.person ?? null;
  return {
    url,
    domain: url ? domainForPage(url, person) : { ok: false, reason: 'not_web' },
    person,
    blocked: context?.blocked ?? false,
    readable: context !== null,
  };
}

export const pageHandlers: PageHandlers = {
  pageContext: async ({ tabId }) => {
    const { readable: _readable, ...reply } = await readTab(tabId);
    return reply;
  },
};
