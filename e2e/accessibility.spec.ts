import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/accessibility';
import { BulkPage } from './pages/bulk-page';
import { LeadsPage } from './pages/leads-page';
import { MenuTools } from './pages/menu-tools';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { PopupTools } from './pages/popup-tools';
import { nameRows } from './support/bulk-rows';

// axe on every page and state the other suites reach, in light and in dark: no serious or critical violation
// (WCAG 2.2 A/AA, contrast included). One browser per area, many states in it, to keep the suite's time down.

test.describe('accessibility (axe, light and dark)', () => {
  // Each axe run takes a second or two on a loaded machine, and each test makes a dozen.
  test.setTimeout(120_000);
  test('popup: every tab, with answers, a verdict, a saved lead and the new-list form', async ({ context, serviceWorker, extensionId }) => {
    const tools = await PopupTools.openOn(context, serviceWorker, extensionId);
    const popup = tools.page;
    await popup.setViewportSize({ width: 400, height: 600 });
    const patrick = popup.getByRole('listitem', { name: 'patrick@stripe.com', exact: true });
    await expect(patrick).toBeVisible();
    await expectAccessible(popup, 'who works here');

    await patrick.getByRole('button', { name: 'Verify' }).click();
    await patrick.getByRole('button', { name: 'Save as lead' }).click();
    await patrick.getByRole('button', { name: 'Copy' }).click();
    await expect(patrick.getByRole('status').filter({ hasText: /Saved|Already/ })).toBeVisible();
    await expect(patrick.getByText(/valid|Valid/).first()).toBeVisible();
    await patrick.getByText(/sources/).click();
    await expectAccessible(popup, 'a row verified, saved, copied, its sources open');

    await popup.getByRole('button', { name: 'New list…' }).click();
    await expectAccessible(popup, 'the new-list form');

    await tools.find({ full: 'Ada Lovelace' });
    await expect(tools.answer).toBeVisible();
    await expectAccessible(popup, 'finder answer');

    await tools.verify('patrick@stripe.com');
    await expect(tools.verifier.getByText('Valid', { exact: true })).toBeVisible();
    await expectAccessible(popup, 'verifier verdict');

    await popup.getByRole('tab', { name: 'Recent' }).click();
    await expect(popup.getByRole('tabpanel')).toBeVisible();
    await expectAccessible(popup, 'recent answers');
  });

  test('popup states: empty, error, no company, quota spent, no key', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/jobs');
    await expect(popup.rows.first()).toBeVisible();
    await popup.searchDomain('example.org');
    await expect(popup.page.getByText('Hunter knows no address at example.org yet')).toBeVisible();
    await expectAccessible(popup.page, 'empty domain');

    await sandbox.failNext({ path: '/v2/domain-search', status: 500, count: 5 });
    await popup.searchDomain('asana.com');
    await expect(popup.alerts).toBeVisible();
    await expectAccessible(popup.page, 'search error');

    await popup.searchDomain('gmail.com');
    await expect(popup.alerts.filter({ hasText: 'webmail' })).toBeVisible();
    await expectAccessible(popup.page, 'a domain refused');

    const noSite = await PopupPage.open(context, serviceWorker, extensionId, 'chrome://version/');
    await expect(noSite.page.getByText('This page is not a company website.')).toBeVisible();
    await expectAccessible(noSite.page, 'no company on this page');

    const options = await OptionsPage.open(context, extensionId);
    await options.saveKey('sandbox-spent-key');
    await expect(options.status).toContainText('The API accepted the key');
    const spent = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/jobs');
    await expect(spent.page.getByRole('alert').filter({ hasText: 'used up' })).toBeVisible();
    await expectAccessible(spent.page, 'quota spent');

    await options.page.bringToFront();
    await options.removeKeyButton.click();
    await expect(options.status).toContainText('key is removed');
    const noKey = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/jobs');
    await expect(noKey.page.getByText('needs your Hunter API key')).toBeVisible();
    await expectAccessible(noKey.page, 'no key');
    await expectAccessible(options.page, 'options without a key');
  });

  test('options: account, advanced settings, a refused key, the new-list form', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByText('Pro', { exact: true })).toBeVisible();
    await options.showAdvanced();
    await expectAccessible(options.page, 'options with a key');

    await options.saveKey('not-a-real-key');
    await expect(options.alert).toBeVisible();
    await options.page.getByRole('button', { name: 'New list…' }).click();
    await expectAccessible(options.page, 'a refused key, the new-list form');
  });

  test('leads manager: the table and every dialog', async ({ context, extensionId, sandbox }) => {
    await sandbox.seedLeads('Conference', 4);
    const leads = await LeadsPage.open(context, extensionId);
    await leads.selectList('Conference');
    await expect(leads.rows.nth(1)).toBeVisible();
    await expectAccessible(leads.page, 'leads table');

    await leads.newLeadButton.click();
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.dialog.getByText('First name is required.')).toBeVisible();
    await expectAccessible(leads.page, 'new lead dialog, refused');
    await leads.page.keyboard.press('Escape');
    await expect(leads.dialog).toHaveCount(0);

    await leads.rows.nth(1).getByRole('button').click();
    await expect(leads.dialog).toBeVisible();
    await expectAccessible(leads.page, 'lead dialog');
    await leads.dialog.getByRole('button', { name: 'Close' }).click();

    await leads.importButton.click();
    await expect(leads.dialog).toBeVisible();
    await expectAccessible(leads.page, 'import dialog');
    await leads.page.keyboard.press('Escape');

    await leads.lists.getByRole('button', { name: 'Delete list Conference' }).click();
    await expect(leads.dialog).toContainText('deleted with it');
    await expectAccessible(leads.page, 'delete list dialog');
    await leads.dialog.getByRole('button', { name: 'Cancel' }).click();

    await leads.lists.getByRole('button', { name: 'Rename list Conference' }).click();
    await leads.lists.getByRole('button', { name: 'New list' }).click();
    await expectAccessible(leads.page, 'renaming a list, the new-list form');
  });

  test('popup People tab: the people of a team page, some selected and found', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/team');
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await expect(popup.rows.first()).toBeVisible();
    await popup.tab('People').click();
    const people = popup.page.getByRole('list', { name: 'People on this page' });
    await expect(people.getByRole('listitem')).toHaveCount(24);
    await expectAccessible(popup.page, 'people on this page, with guesses');

    await people.getByRole('checkbox', { name: 'Grace Hopper' }).check();
    await popup.page.getByRole('button', { name: 'Find selected (1)' }).click();
    await expect(people.getByRole('listitem').filter({ hasText: 'Grace Hopper' })).toContainText('@stripe.com');
    await expectAccessible(popup.page, 'people, one found');
  });

  test('bulk page: input, column mapping, cost, a running job, its results', async ({ context, extensionId, sandbox }) => {
    const bulk = await BulkPage.open(context, extensionId);
    await expect(bulk.page.getByRole('textbox', { name: 'Paste rows' })).toBeVisible();
    await expectAccessible(bulk.page, 'a new job, nothing pasted');

    await bulk.kind('Names');
    await bulk.paste(['name,website', ...nameRows(30), 'Madonna,asana.com'].join('\n'));
    await expect(bulk.page.getByRole('combobox', { name: 'Domain, website or address' })).toBeVisible();
    await expect(bulk.cost).toContainText('Distinct questions: 30');
    await expect(bulk.invalidRows).toBeVisible();
    await expectAccessible(bulk.page, 'columns mapped, the cost, a row refused');

    await bulk.page.getByRole('combobox', { name: 'Domain, website or address' }).selectOption({ label: '(none)' });
    await expect(bulk.page.getByRole('status').filter({ hasText: 'Choose a column for' })).toBeVisible();
    await expectAccessible(bulk.page, 'a field without a column');
    await bulk.page.getByRole('combobox', { name: 'Domain, website or address' }).selectOption('1');
    await expect(bulk.cost).toContainText('Distinct questions: 30');

    // Slow answers keep the job running long enough to look at it.
    await sandbox.latency(400);
    await bulk.button('Start').click();
    await expect(bulk.button('Pause')).toBeVisible();
    await expectAccessible(bulk.page, 'a job running');
    await sandbox.latency(0);
    await bulk.waitUntilFinished(30_000);
    await expect(bulk.results).toContainText('@asana.com');
    await expectAccessible(bulk.page, 'a finished job and its results');
  });

  test('the in-page card: an answer, and the question for a one-word name', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    const { page, card } = await menu.cardForRecruiter(context);
    await expect(card.getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');
    await expectAccessible(page, 'card with an address', card);

    await menu.click(page, 'quarry-find-person', { selectionText: 'Lovelace' });
    const asking = await MenuTools.card(page, card);
    await expect(asking.getByText('“Lovelace” is only one word')).toBeVisible();
    await expectAccessible(page, 'card asking for the other part of the name', asking);
  });
});
