// The build users get (`wxt build -b firefox`: no <all_urls>, no LinkedIn host permission), pointed at the
// sandbox through the options' base URL and a key typed there, as a user would. Quarry reads a page only after
// the user's toolbar click or menu click (activeTab): these tests show both sides of that.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import type { Page } from 'puppeteer-core';
import { SANDBOX_URL } from '../e2e/support/constants';
import { SHIPPED_BUILD, type QuarryFirefox } from './support/firefox';
import { useFirefox } from './support/suite';
import { byLabel, byRole, textOf, until, untilText } from './support/wait';

const STRIPE_JOBS = 'https://www.stripe.com/jobs';
const PROFILE = 'https://www.linkedin.com/in/jane-doe';

/** Options as a new user fills them: the sandbox as the API base (Advanced), then the key. */
async function connectToSandbox(firefox: QuarryFirefox): Promise<Page> {
  const options = await firefox.openExtensionPage('options.html');
  const advanced = await until(() => options.$('::-p-aria(Advanced)'), 'Advanced');
  // Open once the base is not Hunter's: it stays open then, and a click would close it.
  if (!(await advanced.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open))) await advanced.click();
  const base = await byLabel(options, 'API base URL');
  await base.click({ count: 3 });
  await base.type(`${SANDBOX_URL}/v2`);
  await (await byLabel(options, 'API key')).type('sandbox-demo-key');
  await (await byRole(options, 'button', 'Save')).click();
  await untilText(await byRole(options, 'region', 'Hunter API key'), /The API accepted the key/);
  return options;
}

describe('Firefox: the shipped build and its permissions', () => {
  const { test } = useFirefox(SHIPPED_BUILD);

  test('the shipped manifest asks no host access to sites', () => {
    const manifest = JSON.parse(readFileSync(join(SHIPPED_BUILD, 'manifest.json'), 'utf8')) as { permissions: string[] };
    assert.ok(manifest.permissions.includes('activeTab'));
    assert.deepEqual(manifest.permissions.filter((p) => p.includes('://') || p === '<all_urls>'), ['https://api.hunter.io/*']);
    return Promise.resolve();
  });

  test('without the toolbar click nothing is read: the popup opened for the tab knows neither its address nor its page', async ({ firefox, sandbox }) => {
    const options = await connectToSandbox(firefox);
    for (const url of [STRIPE_JOBS, PROFILE]) {
      await firefox.openSite(url);
      const tabId = await firefox.tabIdOf(options, url).catch(() => null);
      // Without activeTab the tab's address is hidden from Quarry: it cannot even find the tab by it.
      assert.equal(tabId, null, `${url} is hidden from Quarry`);
    }
    const [siteTab] = await options.evaluate(async () =>
      (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({ active: true, currentWindow: true })).map((t) => t.id!));
    const popup = await firefox.openExtensionPage(`popup.html?tab=${siteTab}`);
    const domain = await byLabel(popup, 'Domain');
    await byRole(popup, 'tablist', 'Sections');
    assert.equal(await domain.evaluate((box) => (box as HTMLInputElement).value), '');
    assert.doesNotMatch(await textOf(await popup.$('body') as never), /From this page|Jane Doe/);
    assert.deepEqual(await sandbox.requests('/v2/domain-search'), []);
    assert.deepEqual(await sandbox.requests('/v2/email-count'), []);
    assert.deepEqual(await sandbox.requests('/v2/email-finder'), []);
  });

  test('the real toolbar click grants the site: the popup reads it and searches its addresses', async ({ firefox, sandbox }) => {
    const options = await connectToSandbox(firefox);
    const site = await firefox.openSite(STRIPE_JOBS);
    await firefox.clickToolbarButton(site);

    const addresses = await until(() => firefox.toolbarPopupText(options, '[aria-label="Addresses"]'), 'the addresses in the toolbar popup');
    assert.match(addresses, /patrick@stripe\.com/);
    assert.deepEqual((await sandbox.requests('/v2/domain-search')).map((r) => r.query.domain), ['stripe.com']);
  });

  test('the real toolbar click on a LinkedIn profile: the popup reads the person from the page and finds them', async ({ firefox, sandbox }) => {
    const options = await connectToSandbox(firefox);
    const profile = await firefox.openSite(PROFILE);
    await firefox.clickToolbarButton(profile);

    await until(async () => /From this page: Jane Doe at Stripe\./.test(await firefox.toolbarPopupText(options) ?? ''), 'the person read from the page');
    await firefox.clickInToolbarPopup(options, 'section[aria-label="Email finder"] button[type="submit"]');
    const answer = await until(() => firefox.toolbarPopupText(options, 'article[aria-label="Address found"]'), 'the finder answer');
    assert.match(answer, /@stripe\.com/);
    const [call] = await sandbox.requests('/v2/email-finder');
    assert.deepEqual([call?.query.company, call?.query.first_name, call?.query.last_name], ['Stripe', 'Jane', 'Doe']);
  });

  // The click itself hands Quarry the selected text and the page's address, so this holds with or without activeTab.
  test('the real right-click menu works in the shipped build: the selected name is found and answered in the popup', async ({ firefox, sandbox }) => {
    const options = await connectToSandbox(firefox);
    const site = await firefox.openSite(STRIPE_JOBS);
    await firefox.clickMenuItem(site, '#recruiter', 'quarry-find-person', { selectText: true });

    const answer = await until(() => firefox.toolbarPopupText(options, 'li[aria-label="Ada Lovelace at stripe.com"]'), 'the answer in the toolbar popup');
    assert.match(answer, /ada@stripe\.com/);
    const [call] = await sandbox.requests('/v2/email-finder');
    assert.deepEqual([call?.query.domain, call?.query.first_name, call?.query.last_name], ['stripe.com', 'Ada', 'Lovelace']);
  });
});
