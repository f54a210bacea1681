import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { SANDBOX_URL } from '../support/constants';

/** The popup's finder, verifier and save-as-lead, as a user sees them: found by role and accessible name. */
export class PopupTools {
  private constructor(readonly page: Page) {}

  /** Opens a site in a tab, then the popup about that tab (a test cannot click the toolbar button). */
  static async openOn(
    context: BrowserContext,
    serviceWorker: Worker,
    extensionId: string,
    siteUrl = 'https://www.stripe.com/jobs',
  ): Promise<PopupTools> {
    const site = await context.newPage();
    await site.goto(siteUrl);
    const tabId = await serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      site.url(),
    );
    if (tabId === undefined) throw new Error(`No tab found for ${siteUrl}`);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    // A fresh profile gets the sandbox key in onInstalled, which may land just after the first open.
    const sections = page.getByRole('tablist');
    for (let tries = 0; tries < 5 && !(await sections.isVisible()); tries++) {
      await sections.waitFor({ timeout: 1_000 }).catch(() => page.reload());
    }
    return new PopupTools(page);
  }

  /** The tools of a popup already open (e.g. by PopupPage). */
  static of(page: Page): PopupTools {
    return new PopupTools(page);
  }

  get finder() { return this.page.getByRole('region', { name: 'Email finder' }); }
  get verifier() { return this.page.getByRole('region', { name: 'Email verifier' }); }
  get answer() { return this.finder.getByRole('article', { name: 'Address found' }); }
  get leadsList() { return this.page.getByRole('combobox', { name: 'Leads list' }); }
  get saveButton() { return this.answer.getByRole('button', { name: 'Save as lead' }); }

  async showFinder() {
    await this.page.getByRole('tab', { name: 'Find' }).click();
  }

  async showVerifier() {
    await this.page.getByRole('tab', { name: 'Verify any' }).click();
  }

  box(name: 'First name' | 'Last name' | 'Full name' | 'Domain' | 'Company'): Locator {
    return this.finder.getByRole('textbox', { name, exact: true });
  }

  async find(names: { first?: string; last?: string; full?: string }, domain?: string) {
    await this.showFinder();
    if (names.first !== undefined) await this.box('First name').fill(names.first);
    if (names.last !== undefined) await this.box('Last name').fill(names.last);
    if (names.full !== undefined) await this.box('Full name').fill(names.full);
    if (domain !== undefined) await this.box('Domain').fill(domain);
    await this.finder.getByRole('button', { name: 'Find email' }).click();
  }

  async verify(email: string) {
    await this.showVerifier();
    await this.verifier.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.verifier.getByRole('button', { name: 'Verify' }).click();
  }

  /** Makes a new list in the popup, chosen for the next save, then deletes it behind the popup's back (another
   *  device, the web app): a save into it gets the API's 422. Returns the list's id. */
  async chooseListDeletedElsewhere(name: string): Promise<string> {
    await this.page.getByRole('button', { name: 'New list…' }).click();
    await this.page.getByRole('textbox', { name: 'New list name' }).fill(name);
    await this.page.getByRole('button', { name: 'Create list' }).click();
    await expect(this.leadsList.locator('option:checked')).toHaveText(name);
    const listId = await this.leadsList.inputValue();
    const deleted = await fetch(`${SANDBOX_URL}/v2/leads_lists/${listId}`, { method: 'DELETE', headers: { 'X-API-KEY': 'sandbox-demo-key' } });
    expect(deleted.status).toBe(204);
    return listId;
  }

  /** Picks a list in the popup's "Leads list" box once the lists are loaded. */
  async chooseList(name: string) {
    await this.leadsList.getByRole('option', { name }).waitFor({ state: 'attached' });
    await this.leadsList.selectOption({ label: name });
  }
}
