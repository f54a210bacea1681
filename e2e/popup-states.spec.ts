import { expect, test } from './support/fixtures';
import { SANDBOX_URL } from './support/constants';
import { OptionsPage } from './pages/options-page';
import { MenuTools } from './pages/menu-tools';
import { PopupPage } from './pages/popup-page';

const STRIPE_JOBS = 'https://www.stripe.com/jobs';

async function useKey(context: Parameters<typeof OptionsPage.open>[0], extensionId: string, key: string) {
  const options = await OptionsPage.open(context, extensionId);
  await options.saveKey(key);
  await expect(options.status).toContainText('The API accepted the key');
  await options.page.close();
}

test.describe('popup states', () => {
  test('a free plan asking past the first 10 results is told so, and keeps what it shows', async ({ context, serviceWorker, extensionId, sandbox }) => {
    await useKey(context, extensionId, 'sandbox-free-key');
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    await popup.loadMore.click();
    await expect(popup.page.getByText('Your plan shows the first 10 addresses of a domain')).toBeVisible();
    await expect(popup.rows).toHaveCount(10);
    await expect(popup.loadMore).toHaveCount(0);
    const statuses = (await sandbox.requests('/v2/domain-search')).map((r) => r.status);
    expect(statuses).toEqual([200, 400]);
  });

  test('a spent quota shows one banner and turns the paid actions off', async ({ context, serviceWorker, extensionId }) => {
    await useKey(context, extensionId, 'sandbox-spent-key');
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    const banner = popup.page.getByRole('alert').filter({ hasText: 'used up' });
    await expect(banner).toHaveText(/searches and verifications are used up.*come back on \d{4}-\d{2}-\d{2}/);
    await expect(popup.accountStrip).toContainText('500 / 500');
    // One banner, not an error per failed call.
    await expect(popup.alerts).toHaveCount(1);
    for (const button of [popup.searchButton, popup.refreshButton]) {
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(await banner.innerText());
    }

    await popup.tab('Find').click();
    await expect(popup.page.getByRole('button', { name: 'Find email' })).toBeDisabled();
    await popup.tab('Verify any').click();
    await expect(popup.page.getByRole('button', { name: 'Verify' })).toBeDisabled();
  });

  test('a key known to be spent sends no paid call at all: not on opening the popup, not from the menu', async ({ context, serviceWorker, extensionId, sandbox }) => {
    // Saving the key reads the free account: 500 / 500 searches used. From then on every paid call would be a 429.
    await useKey(context, extensionId, 'sandbox-spent-key');
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.page.getByRole('alert').filter({ hasText: 'used up' })).toHaveText(/come back on \d{4}-\d{2}-\d{2}/);
    await expect(popup.searchButton).toBeDisabled();

    const paid = async () => {
      const logged = await Promise.all(['/v2/domain-search', '/v2/email-finder', '/v2/email-verifier'].map((path) => sandbox.requests(path)));
      return logged.flat().map((r) => `${r.path} ${r.query.domain ?? r.query.email ?? ''} ${r.status}`);
    };
    expect(await paid()).toEqual([]);

    // The menu on another page of a site with addresses: answered with the reason, still without a call.
    const menu = new MenuTools(serviceWorker);
    const site = await context.newPage();
    await site.goto('https://blog.stripe.com/team-story');
    await menu.click(site, 'quarry-find-page');
    const card = await MenuTools.card(site);
    await expect(card.getByText(/quota is used up/)).toBeVisible();
    expect(await paid()).toEqual([]);

    // A site with no address at all: the free count says so, which is the whole answer, spent or not.
    const empty = await PopupPage.open(context, serviceWorker, extensionId, 'https://news.example.org/article.html');
    await empty.tab('Who works here').click();
    await expect(empty.page.getByText('Hunter knows no address at example.org yet')).toBeVisible();
    await expect(empty.summary).toContainText('0 addresses known');
    expect(await paid()).toEqual([]);
  });

  test('without a key the popup offers one link, to the options', async ({ context, serviceWorker, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.removeKeyButton.click();
    await expect(options.status).toContainText('key is removed');
    await options.page.close();

    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.page.getByText('needs your Hunter API key')).toBeVisible();
    await expect(popup.page.getByRole('link')).toHaveCount(1);
    const opened = context.waitForEvent('page');
    await popup.page.getByRole('link', { name: 'Add your API key in the options' }).click();
    await expect(await opened).toHaveURL(`chrome-extension://${extensionId}/options.html`);
  });

  test('a page with no company (IP, chrome://) says so and offers the Domain box', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const byIp = await PopupPage.open(context, serviceWorker, extensionId, `${SANDBOX_URL}/`);
    await expect(byIp.page.getByText('reached by an IP address')).toBeVisible();
    await expect(byIp.domainBox).toBeFocused();
    await expect(byIp.domainBox).toHaveValue('');

    const newTab = await context.newPage();
    await newTab.goto('chrome://version/');
    const chromePopup = await PopupPage.openForTab(context, extensionId, await PopupPage.activeTabId(serviceWorker));
    await expect(chromePopup.page.getByText('This page is not a company website.')).toBeVisible();
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(0);

    await chromePopup.searchDomain('gmail.com');
    await expect(chromePopup.page.getByRole('alert')).toContainText('webmail provider');
    await chromePopup.searchDomain('https://team.asana.com/about');
    await expect(chromePopup.domainBox).toHaveValue('asana.com');
    await expect(chromePopup.rows.first()).toBeVisible();
    const searched = (await sandbox.requests('/v2/domain-search')).map((r) => r.query.domain);
    expect(searched).toEqual(['asana.com']);
  });

  test('Copy and Copy all put the addresses on the clipboard', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    // Permissions cannot be granted to an extension origin: the clipboard is read back from a web page.
    const reader = await context.newPage();
    await reader.goto(STRIPE_JOBS);
    await context.grantPermissions(['clipboard-read'], { origin: 'https://www.stripe.com' });
    const clipboard = async () => {
      await reader.bringToFront();
      const text = await reader.evaluate(() => navigator.clipboard.readText());
      await popup.page.bringToFront();
      return text;
    };

    await popup.page.bringToFront();
    const patrick = popup.row('patrick@stripe.com');
    await patrick.getByRole('button', { name: 'Copy' }).click();
    await expect(patrick.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await clipboard()).toBe('patrick@stripe.com');

    await popup.copyAll.click();
    const all = (await clipboard()).split('\n');
    expect(all).toHaveLength(10);
    expect(all[0]).toBe('patrick@stripe.com');
    expect(all).toContain('mallory@stripe.com');
  });

  test('the popup is usable by keyboard: tabs move with the arrow keys', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    await popup.tab('Who works here').focus();
    await popup.page.keyboard.press('ArrowRight');
    await expect(popup.tab('Find')).toBeFocused();
    await expect(popup.tab('Find')).toHaveAttribute('aria-selected', 'true');
    await expect(popup.page.getByRole('button', { name: 'Find email' })).toBeVisible();
    await popup.page.keyboard.press('Home');
    await expect(popup.row('patrick@stripe.com')).toBeVisible();
  });

  test('"Open leads manager" opens the leads manager in a tab', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    const opened = context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Open leads manager' }).click();
    await expect(await opened).toHaveURL(`chrome-extension://${extensionId}/leads.html`);
  });
});
