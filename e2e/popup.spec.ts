import { expect, test } from './support/fixtures';
import { PopupPage } from './pages/popup-page';
import { markupFromData } from './support/hostile-markup';

const STRIPE_JOBS = 'https://www.stripe.com/jobs';

test.describe('popup: who works here', () => {
  test('on www.stripe.com/jobs it shows stripe.com, the organization, the free counts and the first page', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);

    await expect(popup.domainBox).toHaveValue('stripe.com');
    await expect(popup.page.getByRole('heading', { name: 'Stripe', exact: true })).toBeVisible();
    await expect(popup.summary).toContainText('{first}@stripe.com');
    await expect(popup.summary).toContainText('137 addresses known');
    await expect(popup.summary).toContainText(/\d+ personal, \d+ generic/);
    await expect(popup.rows).toHaveCount(10);
    const patrick = popup.row('patrick@stripe.com');
    await expect(patrick).toContainText('Patrick Collison');
    await expect(patrick).toContainText('CEO');
    await expect(patrick).toContainText('99%');
    await expect(patrick).toContainText('verified valid on 2025-03-14');
    await expect(patrick.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(patrick.getByRole('button', { name: 'Verify' })).toBeVisible();
    await expect(patrick.getByRole('button', { name: 'Save as lead' })).toBeVisible();
    await expect(popup.page.getByRole('combobox', { name: 'Leads list' })).toBeVisible();

    // Sources: a count that opens to the links, each safe and opening apart from the popup.
    await patrick.getByText('20 sources').click();
    const links = patrick.locator('.sources a');
    await expect(links).toHaveCount(20);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('href', /^https:\/\//);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
    }

    const searches = (await sandbox.requests('/v2/domain-search')).map((r) => r.query);
    expect(searches).toEqual([expect.objectContaining({ domain: 'stripe.com', limit: '10', offset: '0' })]);
    expect(await sandbox.requests('/v2/email-count')).toHaveLength(1);
  });

  test('hostile strings from the API are shown as text and never run', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    const mallory = popup.row('mallory@stripe.com');
    await expect(mallory).toContainText('<script>window.__pwned=1</script>');
    await expect(mallory).toContainText('<img src=x onerror="window.__pwned=1">');
    await mallory.getByText('3 sources').click();
    await expect(mallory).toContainText('javascript:window.__pwned=1');
    await popup.row('info@stripe.com').getByText('1 source').click();

    expect(await markupFromData(popup.page)).toEqual([]);
    // The hostile LinkedIn value is not a link; Patrick's real one is.
    await expect(mallory.getByRole('link', { name: 'LinkedIn' })).toHaveCount(0);
    await expect(popup.row('patrick@stripe.com').getByRole('link', { name: 'LinkedIn' })).toHaveAttribute('href', 'https://www.linkedin.com/in/patrickcollison');
  });
});

test.describe('popup: filter and pages', () => {
  test('the type filter asks for that type and shows only it', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    await expect(popup.filter('All')).toBeChecked();

    await popup.filter('Generic').check();
    await expect(popup.rows.first()).toContainText('generic');
    for (const row of await popup.rows.all()) await expect(row.locator('.tag')).toHaveText('generic');
    await expect(popup.rows.filter({ hasText: 'patrick@stripe.com' })).toHaveCount(0);

    // Back to All: the first page comes from the cache, no second paid call.
    await popup.filter('All').check();
    await expect(popup.row('patrick@stripe.com')).toBeVisible();
    const searches = (await sandbox.requests('/v2/domain-search')).map((r) => r.query.type ?? 'all');
    expect(searches).toEqual(['all', 'generic']);
  });

  test('"Load more" asks 100 at a time: stripe.com\'s 137 addresses cost 3 paid searches, not 14, and then filter without a call', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    await expect(popup.page.getByText('10 shown of 137')).toBeVisible();
    await popup.loadMore.click();
    await expect(popup.page.getByText('110 shown of 137')).toBeVisible();
    await expect(popup.rows).toHaveCount(110);
    await expect(popup.row('patrick@stripe.com')).toBeVisible();
    await popup.loadMore.click();
    await expect(popup.page.getByText('137 shown of 137')).toBeVisible();
    await expect(popup.rows).toHaveCount(137);
    await expect(popup.loadMore).toHaveCount(0);
    const shown = await popup.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
    expect(new Set(shown).size).toBe(137);

    const pages = (await sandbox.requests('/v2/domain-search')).map((r) => `${r.query.offset}+${r.query.limit}`);
    expect(pages).toEqual(['0+10', '10+100', '110+100']);

    // Every address is loaded: Personal / Generic / All are filters over them, not searches.
    await popup.filter('Generic').check();
    await expect(popup.rows.first()).toContainText('generic');
    for (const row of await popup.rows.all()) await expect(row.locator('.tag')).toHaveText('generic');
    const generic = await popup.rows.count();
    await popup.filter('Personal').check();
    await expect(popup.rows).toHaveCount(137 - generic);
    await expect(popup.row('patrick@stripe.com')).toBeVisible();
    await popup.filter('All').check();
    await expect(popup.rows).toHaveCount(137);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(3);
  });

  test('a domain with no address says so, and the free count spares asking again by type', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    await popup.searchDomain('https://news.Example.org/about');
    await expect(popup.domainBox).toHaveValue('example.org');
    await expect(popup.page.getByText('Hunter knows no address at example.org yet')).toBeVisible();
    await expect(popup.summary).toContainText('0 addresses known');
    await expect(popup.loadMore).toHaveCount(0);
    await expect(popup.copyAll).toBeDisabled();

    await popup.filter('Personal').check();
    await expect(popup.page.getByText('Hunter knows no address at example.org yet')).toBeVisible();
    const asked = (await sandbox.requests('/v2/domain-search')).map((r) => `${r.query.domain} ${r.query.type ?? 'all'}`);
    expect(asked).toEqual(['stripe.com all', 'example.org all']);
  });
});

test.describe('popup: failures of a paid search', () => {
  test('a 503 on the paid first page is retried on its own: the rows show, nothing to do', async ({ context, serviceWorker, extensionId, sandbox }) => {
    await sandbox.failNext({ path: '/v2/domain-search', status: 503, count: 1 });
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    expect((await sandbox.requests('/v2/domain-search')).map((r) => r.status)).toEqual([503, 200]);
  });

  test('a dropped connection is not sent again on its own: the user gets "Try again", which asks once', async ({ context, serviceWorker, extensionId, sandbox }) => {
    await sandbox.failNext({ path: '/v2/domain-search', status: 200, drop: true, count: 1 });
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    const alert = popup.alerts.filter({ hasText: 'Quarry could not reach the API' });
    await expect(alert).toBeVisible();
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(popup.rows).toHaveCount(10);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(2);
  });

  test('a 403 that is not a rate limit says so in its own sentence, sent once', async ({ context, serviceWorker, extensionId, sandbox }) => {
    await sandbox.failNext({ path: '/v2/domain-search', status: 403, id: 'forbidden', count: 4 });
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.alerts.filter({ hasText: 'The API refused this request (403)' })).toBeVisible();
    await expect(popup.page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);
  });
});

test.describe('popup: a spent quota', () => {
  test('turns Search, Refresh, Load more and Find off with the reason, and keeps the rows shown', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(popup.rows).toHaveCount(10);
    // The plan runs out meanwhile: the next paid search answers 429.
    await sandbox.failNext({ path: '/v2/domain-search', status: 429, count: 5 });
    await popup.loadMore.click();

    const reason = popup.page.locator('#quota-reason');
    await expect(reason).toContainText('searches');
    await expect(popup.rows).toHaveCount(10);
    await expect(popup.row('patrick@stripe.com')).toBeVisible();
    for (const button of [popup.searchButton, popup.refreshButton, popup.loadMore]) {
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(await reason.innerText());
    }
    await popup.tab('Find').click();
    await expect(popup.page.getByRole('button', { name: 'Find email' })).toBeDisabled();
    await popup.page.getByRole('tab', { name: 'Who works here' }).click();
    await expect(popup.rows).toHaveCount(10);
    await popup.domainBox.press('Enter');
    expect((await sandbox.requests('/v2/domain-search')).map((r) => `${r.query.domain} ${r.status}`)).toEqual(['stripe.com 200', 'stripe.com 429']);
  });
});

test('a Refresh that meets a spent quota (429) keeps the 137 addresses on screen', async ({ context, serviceWorker, extensionId, sandbox }) => {
  const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
  await expect(popup.rows).toHaveCount(10);
  await popup.loadMore.click();
  await expect(popup.rows).toHaveCount(110);
  await popup.loadMore.click();
  await expect(popup.rows).toHaveCount(137);
  await sandbox.failNext({ path: '/v2/domain-search', status: 429, count: 5 });
  await popup.refreshButton.click();
  await expect(popup.page.locator('#quota-reason')).toContainText('searches');
  await expect(popup.refreshButton).toBeDisabled();
  await expect(popup.rows).toHaveCount(137);
  await expect(popup.page.getByText('137 shown of 137')).toBeVisible();
  expect((await sandbox.requests('/v2/domain-search')).map((r) => r.status)).toEqual([200, 200, 200, 429]);
});

test.describe('popup: credits', () => {
  test('a second open of the same site paints the saved answer and makes no paid call; Refresh makes one', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const first = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(first.rows).toHaveCount(10);
    await first.page.close();

    const second = await PopupPage.openForTab(context, extensionId, first.siteTabId);
    await expect(second.rows).toHaveCount(10);
    await expect(second.page.getByText(/Saved answer, just now: no credit used/)).toBeVisible();
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);

    await second.refreshButton.click();
    await expect(second.page.getByText(/Saved answer/)).toHaveCount(0);
    await expect(second.rows).toHaveCount(10);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(2);
  });

  test('a second open shows the saved company and every address of its first screen in its very first render, with no placeholder before them', async ({ context, serviceWorker, extensionId }) => {
    const first = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(first.rows).toHaveCount(10);
    await first.page.close();

    // What the popup's first render put on screen, seen the moment it lands in the page.
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const app = document.getElementById('app');
        if (!app?.firstElementChild) return;
        observer.disconnect();
        const panel = app.querySelector('[role="tabpanel"]:not([hidden])');
        (window as { firstRender?: unknown }).firstRender = {
          company: panel?.querySelector('h2')?.textContent,
          addresses: panel?.querySelectorAll('[aria-label="Addresses"] > li').length,
          placeholders: panel?.querySelectorAll('.skeleton').length,
        };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${first.siteTabId}`);
    await expect(page.getByRole('list', { name: 'Addresses' }).locator(':scope > li')).toHaveCount(10);
    const firstRender = await page.evaluate(() => (window as { firstRender?: { addresses: number } }).firstRender);
    expect(firstRender).toMatchObject({ company: 'Stripe', placeholders: 0 });
    // The rows below the popup's first screen may follow a frame later; every row in view was there at once.
    const inView = await page.evaluate(() => {
      const bottom = document.body.getBoundingClientRect().bottom;
      return [...document.querySelectorAll('[aria-label="Addresses"] > li')].filter((row) => row.getBoundingClientRect().top < bottom).length;
    });
    expect(inView).toBeGreaterThanOrEqual(4);
    expect(firstRender!.addresses).toBeGreaterThanOrEqual(inView);
  });

  test("the popup's instant copy of a saved answer is the cache's: refreshed with it, cleared with it", async ({ context, serviceWorker, extensionId, sandbox }) => {
    const first = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await expect(first.rows).toHaveCount(10);
    await first.refreshButton.click();
    await expect(first.page.getByText(/Saved answer/)).toHaveCount(0);
    await expect(first.rows).toHaveCount(10);
    await first.page.close();
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(2);

    // Reopened: the refreshed answer, from the cache, no call.
    const second = await PopupPage.openForTab(context, extensionId, first.siteTabId);
    await expect(second.rows).toHaveCount(10);
    await expect(second.page.getByText(/Saved answer, just now: no credit used/)).toBeVisible();
    await second.page.close();
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(2);

    // "Clear cache" empties the popup's copy too: the next open asks the API again.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Clear cache' }).click();
    await expect(options.getByText('The cache is empty.', { exact: false })).toBeVisible();
    const third = await PopupPage.openForTab(context, extensionId, first.siteTabId);
    await expect(third.rows).toHaveCount(10);
    await expect(third.page.getByText(/Saved answer/)).toHaveCount(0);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(3);
  });
});
