import { browser } from 'wxt/browser';
import { domainForPage } from '../../domains';
import type { Reply } from '../../messaging/protocol';
import { firstPageQuestion } from '../../site/first-page';
import { toReplyError } from '../app-error';
import type { Handlers } from '../router';
import { keyStatus } from './key-handlers';
import { readTab } from './page-handlers';
import { cacheLifetimeHours } from '../../settings';
import { hostOf, rememberForPopup } from '../../site/popup-snapshot';

export type PopupHandlers = Pick<Handlers, 'openPopup'>;

/** A handler's answer as the reply the popup would have received for it. */
async function asReply<T>(run: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return { ok: false, error: toReplyError(error) };
  }
}

/** The tab the popup is about. Its URL is readable through activeTab, granted by the toolbar click. */
async function targetTab(tabId: number | null): Promise<{ id: number | null; url: string | null }> {
  try {
    const tab = tabId !== null
      ? await browser.tabs.get(tabId)
      : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    return { id: tab?.id ?? tabId, url: tab?.url || null };
  } catch {
    return { id: tabId, url: null }; // closed meanwhile: the popup still works through the Domain box
  }
}

/** The tab's page, read on open (the user asked by opening); null when there is no tab to read. */
async function readPage(tabId: number | null) {
  if (tabId === null) return null;
  const { readable: _readable, ...page } = await readTab(tabId);
  return page;
}

/**
 * One round trip for the popup's first paint, through the same cached lookups it would otherwise ask for.
 * The page is read first: a page about a person (an article, a team page, a profile) opens on Find, so the
 * site's paid search is not asked for a view nobody sees. `opensForMenuAnswer`: the popup is opening to show a
 * right-click answer, so the site's paid search waits until the user looks at it.
 */
export function popupHandlers(
  lookups: Pick<Handlers, 'emailCount' | 'domainSearch'>,
  opensForMenuAnswer: () => Promise<boolean>,
): PopupHandlers {
  return {
    async openPopup({ tabId }) {
      const [tab, status, forMenu] = await Promise.all([targetTab(tabId), keyStatus(), opensForMenuAnswer()]);
      // LinkedIn and other people sites are never the company the user is after.
      const site = tab.url ? domainForPage(tab.url, null) : ({ ok: false, reason: 'not_web' } as const);
      if (!site.ok) return { tabId: tab.id, site, keyStatus: status, count: null, search: null, page: await readPage(tab.id) };
      const counted = asReply(() => lookups.emailCount({ domain: site.domain }));
      const page = await readPage(tab.id);
      const shown = status.hasKey && !forMenu && !page?.person;
      const [count, search] = await Promise.all([
        counted,
        shown ? asReply(() => lookups.domainSearch(firstPageQuestion(site.domain))) : Promise.resolve(null),
      ]);
      if (count.ok && search?.ok) {
        const host = hostOf(tab.url);
        const lifetimeMs = (await cacheLifetimeHours.getValue()) * 3_600_000;
        const expiresAt = Math.min(count.data.fetchedAt, search.data.fetchedAt) + lifetimeMs;
        // Read again on a later open, they come from the cache: said so there ("cached 3 min ago").
        const cached = <T extends { data: { fromCache: boolean } }>(reply: T): T => ({ ...reply, data: { ...reply.data, fromCache: true } });
        if (host) await rememberForPopup(host, site, { count: cached(count), search: cached(search), expiresAt });
      }
      return { tabId: tab.id, site, keyStatus: status, count, search, page };
    },
  };
}
