// The Chrome build users get (`wxt build`: no <all_urls>, activeTab only), pointed at the sandbox through the
// options' base URL and a key typed there. The real toolbar click is Extensions.triggerAction over the DevTools
// protocol (Chromium needs --enable-unsafe-extension-debugging for it); the menu and the shortcut cannot be
// triggered for real in Chromium (README, "What each browser lets a test do").
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from './support/fixtures';
import { SANDBOX_URL } from './support/constants';
import { launchWithQuarry } from './support/launch';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

const SHIPPED_BUILD = resolve('.output/chrome-mv3');
const STRIPE_JOBS = 'https://www.stripe.com/jobs';
const PROFILE = 'https://www.linkedin.com/in/jane-doe';

const test = base.extend({
  context: async ({ sandbox: _resetFirst }, use) => {
    const context = await launchWithQuarry({ extensionDir: SHIPPED_BUILD, extraArgs: ['--enable-unsafe-extension-debugging'] });
    await use(context);
    await context.close();
  },
});

/** Options as a new user fills them: the sandbox as the API base (Advanced), then the key. */
async function connectToSandbox(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
  const options = await OptionsPage.open(context, extensionId);
  await options.showAdvanced();
  await options.baseUrlBox.fill(`${SANDBOX_URL}/v2`);
  await options.saveKey('sandbox-demo-key');
  await expect(options.status).toContainText('The API accepted the key');
  return options;
}

/** The real toolbar click on Quarry's button for the tab showing `site`: opens the popup, grants activeTab. */
async function clickToolbarButton(context: BrowserContext, extensionId: string, site: Page): Promise<void> {
  const cdp = await context.browser()!.newBrowserCDPSession().catch(() => context.newCDPSession(site));
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never) as { targetInfos: Array<{ targetId: string; url: string; type: string }> };
  const tab = targetInfos.find((target) => target.type === 'tab' && target.url === site.url());
  if (!tab) throw new Error(`No tab target for ${site.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
}

/** The text of `selector` in the open toolbar popup, read from another extension page (Playwright cannot reach the popup). */
function toolbarPopupText(extensionPage: Page, selector = 'body'): Promise<string | null> {
  return extensionPage.evaluate((css) => {
    const [view] = chrome.extension.getViews({ type: 'popup' });
    return view?.document.querySelector<HTMLElement>(css)?.innerText ?? null;
  }, selector);
}

test.describe('the shipped Chrome build: activeTab, granted by the toolbar click', () => {
  test('without the toolbar click nothing is read: the popup for the tab knows neither its address nor its page', async ({ context, serviceWorker, extensionId, sandbox }) => {
    await connectToSandbox(context, extensionId);
    for (const url of [STRIPE_JOBS, PROFILE]) {
      const site = await context.newPage();
      await site.goto(url);
    }
    const tabs = await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.url ?? null));
    expect(tabs.filter((url) => url?.startsWith('https://'))).toEqual([]);

    const tabId = await PopupPage.activeTabId(serviceWorker);
    const popup = await PopupPage.openForTab(context, extensionId, tabId);
    await expect(popup.page.getByRole('tablist')).toBeVisible();
    await expect(popup.domainBox).toHaveValue('');
    await expect(popup.page.getByText(/From this page/)).toHaveCount(0);
    expect(await sandbox.requests('/v2/domain-search')).toEqual([]);
    expect(await sandbox.requests('/v2/email-count')).toEqual([]);
  });

  test('the real toolbar click grants the site: the popup reads it and searches its addresses', async ({ context, extensionId, sandbox }) => {
    const options = await connectToSandbox(context, extensionId);
    const site = await context.newPage();
    await site.goto(STRIPE_JOBS);
    await clickToolbarButton(context, extensionId, site);

    await expect.poll(() => toolbarPopupText(options.page, '[aria-label="Addresses"]'), { timeout: 10_000 }).toContain('patrick@stripe.com');
    expect((await sandbox.requests('/v2/domain-search')).map((r) => r.query.domain)).toEqual(['stripe.com']);
  });

  test('the real toolbar click on a LinkedIn profile: the popup reads the person from the page', async ({ context, extensionId, sandbox }) => {
    const options = await connectToSandbox(context, extensionId);
    const profile = await context.newPage();
    await profile.goto(PROFILE);
    await clickToolbarButton(context, extensionId, profile);

    await expect.poll(() => toolbarPopupText(options.page), { timeout: 10_000 }).toContain('From this page: Jane Doe at Stripe.');
    expect(await sandbox.requests('/v2/email-finder')).toEqual([]);
  });
});
