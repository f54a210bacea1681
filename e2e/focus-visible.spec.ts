import { expect, test } from './support/fixtures';
import { expectFocusVisible } from './support/focus-visible';
import { tabTo } from './support/keyboard';
import { BulkPage } from './pages/bulk-page';
import { LeadsPage } from './pages/leads-page';
import { MenuTools } from './pages/menu-tools';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { nameRows } from './support/bulk-rows';

// Every control Tab reaches shows where focus is: an outline or ring of at least 2 px, 3:1 against what is
// behind it, not clipped, in light and in dark (WCAG 2.4.7 and 1.4.11). Each page in the states that have the
// most controls.

test.describe('focus visible everywhere', () => {
  test.setTimeout(120_000);

  test('popup: results, and each tab', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/team');
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await expect(popup.rows).toHaveCount(10);
    await expectFocusVisible(popup.page, 'who works here', 30);
    for (const [tab, atLeast] of [['Find', 8], ['Verify any', 8], ['People', 20], ['Recent', 8]] as const) {
      await tabTo(popup.page, popup.page.getByRole('tab', { selected: true }));
      while (!(await popup.tab(tab).evaluate((el) => el === document.activeElement))) await popup.page.keyboard.press('ArrowRight');
      await expect(popup.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(popup.page.getByRole('tabpanel', { name: tab })).toBeVisible();
      if (tab === 'People') await expect(popup.page.getByRole('list', { name: 'People on this page' }).getByRole('listitem')).toHaveCount(24);
      await expectFocusVisible(popup.page, `the ${tab} tab`, atLeast);
    }
  });

  test('options', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByText('Pro', { exact: true })).toBeVisible();
    await options.showAdvanced();
    await expectFocusVisible(options.page, 'options, advanced settings open', 8);
  });

  test('leads manager: the table and a lead dialog', async ({ context, extensionId, sandbox }) => {
    await sandbox.seedLeads('Conference', 4);
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.rows.nth(1)).toBeVisible();
    await expectFocusVisible(leads.page, 'leads table', 20);
    await tabTo(leads.page, leads.lead('Jeremy Hoon'));
    await leads.page.keyboard.press('Enter');
    await expect(leads.dialog.getByRole('textbox', { name: 'Position', exact: true })).toBeVisible();
    await expectFocusVisible(leads.page, 'lead dialog', 15);
  });

  test('bulk page: a new job with its columns and cost, then the finished job', async ({ context, extensionId }) => {
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Names');
    await bulk.paste(['name,website', ...nameRows(12), 'Madonna,asana.com'].join('\n'));
    await expect(bulk.cost).toContainText('Distinct questions: 12');
    await expectFocusVisible(bulk.page, 'a new job, priced', 8);
    await tabTo(bulk.page, bulk.button('Start'));
    await bulk.page.keyboard.press('Enter');
    await bulk.waitUntilFinished(30_000);
    await expect(bulk.results).toContainText('@asana.com');
    await expectFocusVisible(bulk.page, 'a finished job', 3);
  });

  test('the in-page card', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    const { page, card } = await menu.cardForRecruiter(context);
    await expect(card.getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');
    await expect(card.getByRole('heading', { name: 'Quarry' })).toBeFocused();
    await expectFocusVisible(page, 'card with an address', 4, card);
  });
});
