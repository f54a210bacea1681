import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { hostOf, isLinkedInHost } from '../page-context/text';
import type { RecentStore } from '../recent/recent-store';
import type { CardView } from '../recent/types';
import type { CardTokens } from './card-tokens';
import { readTab } from './handlers/page-handlers';
import { answerQuestion, type AnswerDeps } from './menu-answers';
import { MENU_IDS, planQuestion, type MenuClick } from './menu-question';
import { openPopup } from './open-popup';
import { injectCard } from './show-card';

const created = new Set<string>();

/** The three "Find email" items; made once per install or update (Chrome keeps them across restarts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  created.clear();
  const make = (id: string, title: string, context: 'selection' | 'link' | 'page') =>
    new Promise<void>((done) => browser.contextMenus.create({ id, title, contexts: [context] }, () => done())).then(() => {
      created.add(id);
    });
  await make(MENU_IDS.selection, t('menus_findPerson'), 'selection');
  // Chrome cannot name each link's domain in the title: the wording stays true for every link.
  await make(MENU_IDS.link, t('menus_findLinkSite'), 'link');
  await make(MENU_IDS.page, t('menus_findPageSite'), 'page');
}

/** The items made so far (the e2e build waits for them: onInstalled may run after the worker starts). */
export function createdMenus(): string[] {
  return [...created];
}

export interface MenuDeps extends AnswerDeps {
  tokens: CardTokens;
  recent: RecentStore;
}

/**
 * A click on one of the items: read the page, decide the question, answer it where the user is — a card in
 * the page, or the popup where no script may run, where the browser cannot tell whether the page hides the card
 * (Firefox), and on LinkedIn, whose pages Quarry never changes.
 */
export function menuClickHandler(deps: MenuDeps) {
  return async function onMenuClick(info: MenuClick, tab: { id?: number; url?: string } | undefined): Promise<void> {
    if (!Object.values(MENU_IDS).includes(info.menuItemId as never)) return;
    const tabId = tab?.id ?? null;
    const page = tabId === null ? null : await readTab(tabId);
    const question = planQuestion(info, { url: page?.url ?? tab?.url ?? null, person: page?.person ?? null });
    const view = answerQuestion(question, deps);
    const inPage = tabId !== null && page?.readable === true && !isLinkedInHost(hostOf(page.url ?? ''));
    if (inPage) {
      try {
        if (await injectCard(tabId, deps.tokens.issue(view), t('card_frameTitle'))) {
          await view;
          return;
        }
        // The browser cannot tell whether the page hides the card: the popup shows the answer instead.
      } catch {
        // The page went away or refused the script: the popup shows the answer instead.
      }
    }
    await showInPopup(await view, tabId, deps.recent);
  };
}

async function showInPopup(answer: CardView, tabId: number | null, recent: RecentStore): Promise<void> {
  await recent.markPopupView({ view: 'recent', answer });
  await openPopup(tabId);
}
