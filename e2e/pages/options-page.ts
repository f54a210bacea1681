import type { BrowserContext, Page } from '@playwright/test';

/** The options page as a user sees it: found by role and accessible name. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  get keyBox() { return this.page.getByRole('textbox', { name: 'API key' }); }
  get baseUrlBox() { return this.page.getByRole('textbox', { name: 'API base URL' }); }
  get saveButton() { return this.page.getByRole('button', { name: 'Save', exact: true }); }
  get removeKeyButton() { return this.page.getByRole('button', { name: 'Remove key' }); }
  get defaultList() { return this.page.getByRole('combobox', { name: 'Default leads list' }); }
  get account() { return this.page.getByRole('definition'); }
  get connection() { return this.page.getByRole('region', { name: 'Hunter API key' }); }
  get alert() { return this.connection.getByRole('alert'); }
  get status() { return this.connection.getByRole('status'); }

  async showAdvanced() {
    if (!(await this.baseUrlBox.isVisible())) await this.page.getByText('Advanced').click();
  }

  async saveKey(key: string) {
    await this.keyBox.fill(key);
    await this.saveButton.click();
  }
}
