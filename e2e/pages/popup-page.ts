import type { BrowserContext, Page, Worker } from '@playwright/test';

/**
 * The popup as a user sees it. A test cannot click the toolbar button, so the popup is opened as a tab,
 * aimed at the site's tab with `popup.html?tab=<id>`.
 */
export class PopupPage {
  private constructor(readonly page: Page, readonly siteTabId: number | null) {}

  /** Opens `siteUrl` in a tab (when given), then the popup for that tab. */
  static async open(context: BrowserContext, serviceWorker: Worker, extensionId: string, siteUrl: string | null): Promise<PopupPage> {
    let tabId: number | null = null;
    if (siteUrl) {
      const site = await context.newPage();
      await site.goto(siteUrl).catch(() => undefined);
      await site.bringToFront();
      tabId = await PopupPage.activeTabId(serviceWorker);
    }
    return PopupPage.openForTab(context, extensionId, tabId);
  }

  static async openForTab(context: BrowserContext, extensionId: string, tabId: number | null): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
    return new PopupPage(page, tabId);
  }

  static async activeTabId(serviceWorker: Worker): Promise<number> {
    return serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });
  }

  get domainBox() { return this.page.getByRole('textbox', { name: 'Domain' }); }
  get searchButton() { return this.page.getByRole('button', { name: 'Search', exact: true }); }
  get refreshButton() { return this.page.getByRole('button', { name: 'Refresh' }); }
  get addresses() { return this.page.getByRole('list', { name: 'Addresses' }); }
  get rows() { return this.addresses.locator(':scope > li'); }
  row(email: string) { return this.page.getByRole('listitem', { name: email, exact: true }); }
  get loadMore() { return this.page.getByRole('button', { name: 'Load more' }); }
  get copyAll() { return this.page.getByRole('button', { name: 'Copy all' }); }
  filter(name: 'All' | 'Personal' | 'Generic') { return this.page.getByRole('radio', { name, exact: true }); }
  tab(name: string) { return this.page.getByRole('tab', { name }); }
  get summary() { return this.page.locator('.company-summary'); }
  get accountStrip() { return this.page.getByLabel('Your plan'); }
  get alerts() { return this.page.getByRole('alert'); }

  async searchDomain(domain: string) {
    await this.domainBox.fill(domain);
    await this.domainBox.press('Enter');
  }
}
