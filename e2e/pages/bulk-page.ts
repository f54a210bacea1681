import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The bulk page as a user sees it: found by role and accessible name. */
export class BulkPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<BulkPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/bulk.html`);
    return new BulkPage(page);
  }

  get progressbar() { return this.page.getByRole('progressbar', { name: 'Job progress' }); }
  get results() { return this.page.getByRole('table', { name: 'Results' }); }
  get cost() { return this.page.getByRole('region', { name: 'Cost before anything is spent' }); }
  get invalidRows() { return this.page.getByRole('list', { name: 'Rows that cannot be asked' }); }
  button(name: string): Locator { return this.page.getByRole('button', { name, exact: true }); }

  async kind(name: 'Domains' | 'Names' | 'Addresses') {
    await this.page.getByRole('radio', { name }).check();
  }

  async paste(text: string) {
    await this.page.getByRole('textbox', { name: 'Paste rows' }).fill(text);
  }

  async pickFile(name: string, bytes: Buffer) {
    await this.page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  }

  /** Waits until every question of the job is answered (progress at its maximum) and the job says so. */
  async waitUntilFinished(timeout: number) {
    await expect(this.page.getByText('Finished.')).toBeVisible({ timeout });
  }

  async answered(): Promise<number> {
    return Number(await this.progressbar.getAttribute('aria-valuenow'));
  }
}
