import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { MenuTools } from './pages/menu-tools';
import { markupFromData } from './support/hostile-markup';

/** Whether the toolbar popup is open (headless Chromium opens it, but Playwright cannot drive it). */
async function toolbarPopupOpen(serviceWorker: Worker): Promise<boolean> {
  return serviceWorker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] })).some((c) => c.documentUrl?.includes('/popup.html')));
}

/** As in a browser that opens popups only on a user gesture: the menu falls back to a window of popup.html. */
async function withoutToolbarPopup(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const refuse = () => Promise.reject(new Error('openPopup needs a user gesture'));
    chrome.action.openPopup = refuse;
    const native = (globalThis as { browser?: { action?: { openPopup: unknown } } }).browser;
    if (native?.action) native.action.openPopup = refuse;
  });
}

async function popupWindowOpenedBy(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html'), timeout: 10_000 });
  await action();
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

test.describe('right-click "Find email" on a name', () => {
  test('the card shows the address in the page, found with one call; copy, verify, save and Escape work', async ({ context, serviceWorker, sandbox }) => {
    // Permissions cannot be granted to an extension origin: the clipboard is read back from the web page.
    await context.grantPermissions(['clipboard-read'], { origin: 'https://www.stripe.com' });
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    const selected = await MenuTools.select(page, '#recruiter');
    await menu.click(page, 'quarry-find-person', { selectionText: selected });

    const card = await MenuTools.card(page);
    const answer = card.getByRole('article', { name: 'Address found' });
    await expect(answer).toContainText('ada@stripe.com');
    const finds = await sandbox.requests('/v2/email-finder');
    expect(finds).toHaveLength(1);
    expect(finds[0]!.query).toMatchObject({ domain: 'stripe.com', first_name: 'Ada', last_name: 'Lovelace' });
    // The focus moved into the card, onto its heading.
    await expect(card.getByRole('heading', { name: 'Quarry' })).toBeFocused();

    await page.bringToFront();
    await card.getByRole('button', { name: 'Copy address' }).click();
    await expect(card.getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ada@stripe.com');

    await answer.getByRole('button', { name: 'Verify' }).click();
    await expect(answer).toContainText(/Valid\s*Score \d+ \/ 100/);
    expect((await sandbox.requests('/v2/email-verifier')).map((r) => r.query.email)).toEqual(['ada@stripe.com']);

    await card.getByRole('combobox', { name: 'Leads list' }).getByRole('option', { name: 'My leads list' }).waitFor({ state: 'attached' });
    await card.getByRole('combobox', { name: 'Leads list' }).selectOption({ label: 'My leads list' });
    await answer.getByRole('button', { name: 'Save as lead' }).click();
    await expect(answer.getByText('Saved to My leads list')).toBeVisible();
    const { leads } = await sandbox.state();
    expect(leads.filter((lead) => lead.email === 'ada@stripe.com')).toHaveLength(1);

    // Escape closes the card and gives the page back as it was.
    // Key down and key up apart: Chromium never acknowledges a key-up sent to the card's frame once the
    // key-down has removed it, which left a whole press hanging now and then.
    await card.getByRole('heading', { name: 'Quarry' }).focus();
    await page.keyboard.down('Escape');
    await expect(page.locator('quarry-card')).toHaveCount(0);
    await page.keyboard.up('Escape');
  });

  test('a page that fades or covers the card cannot get a click through: its buttons turn off until it is seen', async ({ context, serviceWorker, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    const { page, card } = await menu.cardForRecruiter(context);
    const answer = card.getByRole('article', { name: 'Address found' });
    await expect(answer.getByRole('button', { name: 'Verify' })).toBeEnabled();

    // What a clickjacking page would do: make the card nearly transparent, over a decoy.
    const fade = (opacity: string) => page.evaluate((value) => document.querySelector<HTMLElement>('quarry-card')!.style.setProperty('opacity', value, 'important'), opacity);
    await fade('0.05');
    await expect(answer.getByRole('button', { name: 'Verify' })).toBeDisabled();
    await expect(card.getByText(/covering or fading this card/)).toBeVisible();
    expect(await sandbox.requests('/v2/email-verifier')).toHaveLength(0);

    await fade('1');
    await expect(answer.getByRole('button', { name: 'Verify' })).toBeEnabled();
  });

  test('the answer the click asked for is in the card’s very first render (buttons off until seen); a slow one shows “Searching” first', async ({ context, serviceWorker, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    const { page, card } = await menu.cardForRecruiter(context);
    await expect(card.getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');

    // What the next card's first render puts on screen, seen the moment it lands in the card's frame.
    await page.addInitScript(() => {
      if (!location.pathname.endsWith('/card.html')) return;
      new MutationObserver((_, observer) => {
        const app = document.getElementById('app');
        if (!app?.firstElementChild) return;
        observer.disconnect();
        const verify = [...app.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Verify');
        (window as { firstRender?: unknown }).firstRender = {
          addresses: [...app.querySelectorAll('[elementtiming="quarry-address"]')].map((address) => address.textContent),
          searching: app.querySelectorAll('.card-skeleton').length,
          verifyOff: verify?.matches(':disabled') ?? null,
        };
      }).observe(document, { childList: true, subtree: true });
    });
    // The same question again: the click's lookup (from the cache this time) is in before the card asks for it.
    await menu.click(page, 'quarry-find-person', { selectionText: await MenuTools.select(page, '#recruiter') });
    const next = await MenuTools.card(page, card);
    await expect(next.getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');
    expect(await next.evaluate(() => (window as { firstRender?: unknown }).firstRender)).toEqual({ addresses: ['ada@stripe.com'], searching: 0, verifyOff: true });
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(1);

    // A slow answer: the card does not sit blank while the API takes its time ("Searching" first, then the addresses).
    await sandbox.latency(1_000);
    await menu.click(page, 'quarry-find-page');
    const slow = await MenuTools.card(page, next);
    await expect(slow.getByRole('list', { name: 'Addresses at stripe.com' }).locator(':scope > li')).toHaveCount(5);
    expect(await slow.evaluate(() => (window as { firstRender?: unknown }).firstRender)).toEqual({ addresses: [], searching: 1, verifyOff: null });
    // Its line to the page's host script was taken before that first render: its close button works.
    await slow.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('quarry-card')).toHaveCount(0);
  });

  test('no page style leaks in or out, and the page cannot reach into the card', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://news.example.org/article');
    const before = await page.locator('#headline').evaluate((h) => [getComputedStyle(h).color, getComputedStyle(h).fontFamily]);
    await menu.click(page, 'quarry-find-person', { selectionText: await MenuTools.select(page, '#person') });
    const card = await MenuTools.card(page);
    await expect(card.getByRole('article', { name: 'Address found' })).toContainText('@example.org');

    const heading = card.getByRole('heading', { name: 'Quarry' });
    const inside = await heading.evaluate((h) => [getComputedStyle(h).color, getComputedStyle(h).fontFamily]);
    expect(inside[0]).not.toBe('rgb(255, 0, 0)');
    expect(inside[1]).not.toContain('Comic Sans');
    expect(await page.locator('#headline').evaluate((h) => [getComputedStyle(h).color, getComputedStyle(h).fontFamily])).toEqual(before);
    // The host is the only thing added; its shadow root is closed to the page's scripts.
    expect(await page.evaluate(() => document.querySelector('quarry-card')?.shadowRoot ?? null)).toBeNull();
    const hostStyle = await page.locator('quarry-card').evaluate((h) => getComputedStyle(h).position);
    expect(hostStyle).toBe('fixed');
    // The close button closes it.
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('quarry-card')).toHaveCount(0);
  });

  test('a one-word selection: the card asks for the other part and spends nothing until it has it', async ({ context, serviceWorker, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    await menu.click(page, 'quarry-find-person', { selectionText: 'Lovelace' });
    const card = await MenuTools.card(page);
    await expect(card.getByText('“Lovelace” is only one word')).toBeVisible();
    expect(await sandbox.requests('/v2/email-finder')).toEqual([]);

    const form = card.getByRole('form', { name: 'Complete the name' });
    await expect(form.getByRole('textbox', { name: 'Company domain or name' })).toHaveValue('stripe.com');
    await form.getByRole('textbox', { name: 'First name' }).fill('Ada');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Lovelace');
    await form.getByRole('button', { name: 'Find email' }).click();
    await expect(card.getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(1);
  });
});

test.describe('right-click "Find email" on a link or a page', () => {
  test('a link: the top addresses of the link’s site, through the same cache as the popup', async ({ context, serviceWorker, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://news.example.org/article');
    const linkUrl = await page.locator('#asana-link').evaluate((a) => (a as HTMLAnchorElement).href);
    await menu.click(page, 'quarry-find-link', { linkUrl });
    const card = await MenuTools.card(page);
    const rows = card.getByRole('list', { name: 'Addresses at asana.com' }).locator(':scope > li');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('@asana.com');
    const searches = await sandbox.requests('/v2/domain-search');
    expect(searches.map((r) => r.query)).toEqual([expect.objectContaining({ domain: 'asana.com', limit: '10', offset: '0' })]);

    // The same question again costs nothing: the answer comes from the cache the popup uses too.
    await menu.click(page, 'quarry-find-link', { linkUrl });
    await expect((await MenuTools.card(page, card)).getByRole('list', { name: 'Addresses at asana.com' })).toBeVisible();
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);
  });

  test('the page: its site’s addresses, hostile strings shown as text', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    await menu.click(page, 'quarry-find-page');
    const card = await MenuTools.card(page);
    const list = card.getByRole('list', { name: 'Addresses at stripe.com' });
    await expect(list.locator(':scope > li')).toHaveCount(5);
    await expect(card.getByText('Stripe: 137 addresses known')).toBeVisible();
    await expect(list).toContainText('<script>window.__pwned=1</script>');
    expect(await markupFromData(card)).toEqual([]);
  });
});

test('"Find emails at this site" searches the tab’s own domain, never the company a page’s JSON-LD names', async ({ context, serviceWorker, sandbox }) => {
  const menu = new MenuTools(serviceWorker);
  const page = await context.newPage();
  await page.goto('https://news.example.org/staff');
  await menu.click(page, 'quarry-find-page');
  const card = await MenuTools.card(page);
  await expect(card.getByText(/example\.org/).first()).toBeVisible();
  const asked = [...(await sandbox.requests('/v2/domain-search')), ...(await sandbox.requests('/v2/email-count'))].map((r) => r.query.domain);
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((domain) => domain === 'example.org')).toBe(true);
});

test.describe('where no card may be shown', () => {
  test('on LinkedIn the page is never changed: the answer opens in the popup, in Recent', async ({ context, serviceWorker, sandbox, extensionId }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/jane-doe');
    const selected = await MenuTools.select(page, 'h1');
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);
    const requestsFromPage: string[] = [];
    page.on('request', (request) => requestsFromPage.push(request.url()));

    await menu.click(page, 'quarry-find-person', { selectionText: selected });
    await expect.poll(() => toolbarPopupOpen(serviceWorker)).toBe(true);
    const finds = await sandbox.requests('/v2/email-finder');
    expect(finds.map((r) => r.query)).toEqual([expect.objectContaining({ company: 'Stripe', first_name: 'Jane', last_name: 'Doe' })]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    expect(await page.locator('quarry-card').count()).toBe(0);
    expect(requestsFromPage).toEqual([]);

    // What that popup lists under "Recent" (opened again as a tab, since a test cannot see the toolbar popup).
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Recent' }).click();
    const item = popup.getByRole('listitem', { name: 'Jane Doe at stripe.com' });
    await expect(item.getByRole('article', { name: 'Address found' })).toContainText('jane@stripe.com');
  });

  test('a browser that cannot tell whether the page hides the card (no IntersectionObserver v2, as Firefox): the answer opens in the popup', async ({ context, serviceWorker, sandbox, extensionId }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    // Firefox's IntersectionObserver has no `isVisible`: take it away in Quarry's isolated world of this page,
    // where the card's host script runs (the page's own scripts cannot reach that world).
    await serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () => void delete (IntersectionObserverEntry.prototype as { isVisible?: boolean }).isVisible,
      });
    }, page.url());

    await menu.click(page, 'quarry-find-person', { selectionText: await MenuTools.select(page, '#recruiter') });
    await expect.poll(() => toolbarPopupOpen(serviceWorker)).toBe(true);
    expect(await page.locator('quarry-card').count()).toBe(0);
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(1);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Recent' }).click();
    await expect(popup.getByRole('listitem', { name: 'Ada Lovelace at stripe.com' }).getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');
  });

  test('a browser page refuses scripts: a popup window opens on Recent with the answer', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    await withoutToolbarPopup(serviceWorker);
    const page = await context.newPage();
    await page.goto('chrome://version/');
    const popup = await popupWindowOpenedBy(context, () => menu.click(page, 'quarry-find-link', { linkUrl: 'https://www.asana.com/' }));
    await expect(popup.getByRole('tab', { name: 'Recent' })).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByRole('listitem', { name: 'asana.com' }).getByRole('list', { name: 'Addresses at asana.com' })).toBeVisible();
  });

  test('a one-word name on LinkedIn: the popup opens on Recent and asks there', async ({ context, serviceWorker, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    await withoutToolbarPopup(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/jane-doe');
    const popup = await popupWindowOpenedBy(context, () => menu.click(page, 'quarry-find-person', { selectionText: 'Jane' }));
    await expect(popup.getByRole('tab', { name: 'Recent' })).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByText('“Jane” is only one word')).toBeVisible();
    expect(await sandbox.requests('/v2/email-finder')).toEqual([]);
    const form = popup.getByRole('form', { name: 'Complete the name' });
    await expect(form.getByRole('textbox', { name: 'Company domain or name' })).toHaveValue('Stripe');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Doe');
    await form.getByRole('button', { name: 'Find email' }).click();
    await expect(popup.getByRole('listitem', { name: 'Jane Doe at stripe.com' })).toBeVisible();
  });
});

test.describe('Recent', () => {
  test('lists every menu answer, newest first, with copy, verify and save', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    await menu.click(page, 'quarry-find-person', { selectionText: 'Ada Lovelace' });
    await expect((await MenuTools.card(page)).getByRole('article', { name: 'Address found' })).toBeVisible();
    await page.goto('https://news.example.org/article');
    await menu.click(page, 'quarry-find-link', { linkUrl: 'https://www.asana.com/' });
    await expect((await MenuTools.card(page)).getByRole('list', { name: 'Addresses at asana.com' })).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Recent' }).click();
    const items = popup.getByRole('list', { name: 'Recent answers' }).locator(':scope > li');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toHaveAccessibleName('asana.com');
    await expect(items.nth(1)).toHaveAccessibleName('Ada Lovelace at stripe.com');
    await expect(items.nth(1).getByRole('link', { name: 'on www.stripe.com' })).toHaveAttribute('href', 'https://www.stripe.com/jobs');

    const ada = items.nth(1).getByRole('article', { name: 'Address found' });
    await ada.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(async () => (await sandbox.requests('/v2/email-verifier')).length).toBe(1);
    await ada.getByRole('button', { name: 'Save as lead' }).click();
    await expect(ada.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();

    await popup.getByRole('button', { name: 'Clear recent answers' }).click();
    await expect(popup.getByText('Nothing yet.')).toBeVisible();
  });

  test('a card’s answer is shown once: the same card page opened again has nothing', async ({ context, serviceWorker }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    await menu.click(page, 'quarry-find-person', { selectionText: 'Ada Lovelace' });
    const card = await MenuTools.card(page);
    await expect(card.getByRole('article', { name: 'Address found' })).toBeVisible();
    const again = await context.newPage();
    await again.goto(card.url());
    await expect(again.getByText('This card has nothing to show any more.')).toBeVisible();
    await expect(again.getByRole('article')).toHaveCount(0);
  });
});

test('the menu items are created on install', async ({ serviceWorker }) => {
  expect((await new MenuTools(serviceWorker).waitForMenus()).sort()).toEqual(['quarry-find-link', 'quarry-find-page', 'quarry-find-person']);
});
