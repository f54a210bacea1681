import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The leads manager as a user sees it: found by role and accessible name. */
export class LeadsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<LeadsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/leads.html`);
    return new LeadsPage(page);
  }

  get lists() { return this.page.getByRole('navigation', { name: 'Lists' }); }
  get filters() { return this.page.getByRole('search', { name: 'Filter leads' }); }
  get table() { return this.page.getByRole('table', { name: 'Leads' }); }
  get rows() { return this.table.getByRole('row'); }
  get pager() { return this.page.getByRole('navigation', { name: 'Pages' }); }
  get dialog() { return this.page.getByRole('dialog'); }
  get newLeadButton() { return this.page.getByRole('button', { name: 'New lead' }); }
  get importButton() { return this.page.getByRole('button', { name: 'Import CSV' }); }
  get exportButton() { return this.page.getByRole('button', { name: 'Export CSV' }); }

  list(name: string): Locator {
    return this.lists.getByRole('button', { name: new RegExp(`^${escape(name)} \\(`) });
  }

  lead(name: string): Locator {
    return this.table.getByRole('button', { name, exact: true });
  }

  field(name: string, scope: Locator = this.dialog): Locator {
    return scope.getByRole('textbox', { name, exact: true });
  }

  async selectList(name: string) {
    await this.list(name).click();
  }

  async newList(name: string) {
    await this.lists.getByRole('button', { name: 'New list' }).click();
    await this.lists.getByRole('textbox', { name: 'List name' }).fill(name);
    await this.lists.getByRole('button', { name: 'Create list' }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
