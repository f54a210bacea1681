import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';

export type MenuItem = 'quarry-find-person' | 'quarry-find-link' | 'quarry-find-page';

/**
 * The right-click menu as a test can use it: native menus cannot be clicked, so the e2e build exposes the same
 * click handler on `globalThis.__quarryTest` in the service worker (absent from the shipped build).
 */
export class MenuTools {
  constructor(readonly serviceWorker: Worker) {}

  /** The items are made in onInstalled, which may run after the worker is up. */
  async waitForMenus(): Promise<string[]> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const ids = await this.serviceWorker.evaluate(() => (globalThis as { __quarryTest?: { menus(): string[] } }).__quarryTest?.menus() ?? []);
      if (ids.length === 3) return ids;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('The context menu items were never created');
  }

  /** Clicks an item for the tab showing `page`, as Chrome would call the handler. */
  async click(page: Page, item: MenuItem, extra: { selectionText?: string; linkUrl?: string } = {}): Promise<void> {
    await this.waitForMenus();
    await this.serviceWorker.evaluate(
      async ({ url, item, extra }) => {
        // A browser page (chrome://) hides its address from Quarry: it is then the active tab.
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url)
          ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
        if (!tab) throw new Error(`no tab for ${url}`);
        const hook = (globalThis as { __quarryTest?: { clickMenu(info: unknown, tab: unknown): Promise<void> } }).__quarryTest!;
        await hook.clickMenu({ menuItemId: item, pageUrl: url, frameId: 0, editable: false, ...extra }, tab);
      },
      { url: page.url(), item, extra },
    );
  }

  /** The card for the recruiter's name on stripe.com/jobs: the page opened, the name selected, "Find email" clicked. */
  async cardForRecruiter(context: BrowserContext): Promise<{ page: Page; card: Frame }> {
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    await this.click(page, 'quarry-find-person', { selectionText: await MenuTools.select(page, '#recruiter') });
    return { page, card: await MenuTools.card(page) };
  }

  /** Selects the text of an element, as the user would before right-clicking. */
  static async select(page: Page, selector: string): Promise<string> {
    return page.locator(selector).evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
  }

  /** The page's current card frame (`replacing`: the card a new one replaces) (its shadow root is closed, so the page's own scripts cannot reach it either). */
  static async card(page: Page, replacing?: Frame): Promise<Frame> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const frame = page.frames().filter((f) => f !== replacing && !f.isDetached() && f.url().includes('/card.html')).at(-1);
      if (frame) return frame;
      await page.waitForTimeout(100);
    }
    throw new Error('No card in the page');
  }
}
