import { expect, test } from './support/fixtures';
import { tabTo, typeOver } from './support/keyboard';
import { BulkPage } from './pages/bulk-page';
import { LeadsPage } from './pages/leads-page';
import { MenuTools } from './pages/menu-tools';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { PopupTools } from './pages/popup-tools';
import { nameRows } from './support/bulk-rows';

// Each main flow with the keyboard alone: focus moves by Tab, Shift+Tab, arrows, Enter, Space and Escape
// (page.keyboard only, never a click), and each step is checked by what the user sees.

test.describe('keyboard only', () => {
  test.setTimeout(90_000);

  test('popup: search a domain, pick personal addresses, copy, verify and save one as a lead', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/jobs');
    const page = popup.page;
    await expect(popup.rows).toHaveCount(10);
    await tabTo(page, popup.domainBox);
    await typeOver(page, 'asana.com');
    await page.keyboard.press('Enter');
    await expect(popup.summary).toContainText('asana.com');
    // A radio group is one Tab stop; the arrows choose within it.
    await tabTo(page, popup.filter('All'));
    await page.keyboard.press('ArrowRight');
    await expect(popup.filter('Personal')).toBeChecked();
    const justin = popup.row('justin@asana.com');
    await expect(justin).toBeVisible();

    await tabTo(page, justin.getByRole('button', { name: 'Copy' }));
    await page.keyboard.press('Enter');
    await expect(justin.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    await tabTo(page, justin.getByRole('button', { name: 'Verify' }));
    await page.keyboard.press('Space');
    await expect(justin).toContainText(/Valid|Risky|Invalid|Accept all/);
    expect((await sandbox.requests('/v2/email-verifier')).map((r) => r.query.email)).toEqual(['justin@asana.com']);
    await tabTo(page, justin.getByRole('button', { name: 'Save as lead' }));
    await page.keyboard.press('Enter');
    await expect(justin.getByRole('status').filter({ hasText: /^Saved to / })).toBeVisible();
    await expect.poll(async () => (await sandbox.state()).leads.filter((lead) => lead.email === 'justin@asana.com')).toHaveLength(1);
  });

  test('popup: the finder on the Find tab', async ({ context, serviceWorker, extensionId }) => {
    const tools = await PopupTools.openOn(context, serviceWorker, extensionId);
    const page = tools.page;
    await tabTo(page, page.getByRole('tab', { name: 'Who works here' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Find' })).toBeFocused();
    await expect(tools.finder).toBeVisible();
    await tabTo(page, tools.box('Full name'));
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Enter');
    await expect(tools.answer).toContainText('ada@stripe.com');
  });

  test('options: enter a key and save it', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByText('Pro', { exact: true })).toBeVisible();
    await tabTo(options.page, options.keyBox);
    await typeOver(options.page, 'not-a-real-key');
    await tabTo(options.page, options.saveButton);
    await options.page.keyboard.press('Enter');
    await expect(options.alert).toBeVisible();
    await tabTo(options.page, options.keyBox, { back: true });
    await typeOver(options.page, 'sandbox-demo-key');
    await options.page.keyboard.press('Enter');
    await expect(options.status).toContainText('The API accepted the key');
  });

  test('leads manager: edit a lead, delete it, undo', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    const page = leads.page;
    await tabTo(page, leads.lead('Jeremy Hoon'));
    await page.keyboard.press('Enter');
    const position = leads.field('Position');
    await expect(position).toBeVisible();
    await tabTo(page, position);
    await typeOver(page, 'Head of Partnerships');
    await page.keyboard.press('Enter');
    await expect(leads.dialog.getByRole('status')).toHaveText('Saved.');
    const puts = (await sandbox.requests('/v2/leads/1')).filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.body)).toEqual([{ position: 'Head of Partnerships' }]);

    await tabTo(page, leads.dialog.getByRole('button', { name: 'Delete' }));
    await page.keyboard.press('Enter');
    await expect(leads.lead('Jeremy Hoon')).toHaveCount(0);
    await tabTo(page, page.getByRole('button', { name: 'Undo' }));
    await page.keyboard.press('Enter');
    await expect(leads.lead('Jeremy Hoon')).toBeVisible();
    await expect(leads.table).toContainText('Head of Partnerships');

    // Escape closes a dialog.
    await tabTo(page, leads.lead('Jeremy Hoon'));
    await page.keyboard.press('Enter');
    await expect(leads.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(leads.dialog).toHaveCount(0);
    expect((await sandbox.requests('/v2/leads/1')).filter((r) => r.method === 'DELETE')).toEqual([]);
  });

  test('bulk: a Names job from pasted rows to its results', async ({ context, extensionId, sandbox }) => {
    const bulk = await BulkPage.open(context, extensionId);
    const page = bulk.page;
    await tabTo(page, page.getByRole('radio', { name: 'Domains' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Names' })).toBeChecked();
    await tabTo(page, page.getByRole('textbox', { name: 'Paste rows' }));
    // What Ctrl+V does: the rows arrive as one insertion.
    await page.keyboard.insertText(['name,website', ...nameRows(6)].join('\n'));
    await expect(bulk.cost).toContainText('Distinct questions: 6');
    await tabTo(page, bulk.button('Start'));
    await page.keyboard.press('Enter');
    await bulk.waitUntilFinished(30_000);
    await expect(bulk.results).toContainText('@asana.com');
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(6);
  });

  test('the card from the right-click menu on a link: Tab within it, Escape closes it, focus returns to the link', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://news.example.org/article');
    const link = page.locator('#asana-link');
    await tabTo(page, link);
    // The menu key cannot be pressed in a test (a native menu): its item's handler runs as Chrome would call it.
    await menu.click(page, 'quarry-find-link', { linkUrl: await link.evaluate((a) => (a as HTMLAnchorElement).href) });
    const card = await MenuTools.card(page);
    await expect(card.getByRole('list', { name: 'Addresses at asana.com' })).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Quarry' })).toBeFocused();
    await tabTo(page, card.getByRole('button', { name: 'Close' }));
    // Key down and key up apart: Chromium may never acknowledge the key-up of a press that removed the frame.
    await page.keyboard.down('Escape');
    await expect(page.locator('quarry-card')).toHaveCount(0);
    await page.keyboard.up('Escape');
    await expect(link).toBeFocused();
  });
});
