// Quarry's main flows in Debian's firefox-esr, on the Firefox e2e build (`wxt build -b firefox --mode e2e`).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'node:test';
import { E2E_BUILD } from './support/firefox';
import { useFirefox } from './support/suite';
import { byLabel, byRole, textOf, until, untilText } from './support/wait';

const STRIPE_JOBS = 'https://www.stripe.com/jobs';
const SHOTS = resolve('test-results/firefox');

describe('Firefox: main flows (e2e build)', () => {
  const { test } = useFirefox(E2E_BUILD);

  test('options: a key typed in is checked with the account call, then plan and usage are shown', async ({ firefox, sandbox }) => {
    const options = await firefox.openExtensionPage('options.html');
    await (await byRole(options, 'button', 'Remove key')).click();
    const connection = await byRole(options, 'region', 'Hunter API key');
    await untilText(connection, /key is removed/);
    await (await byLabel(options, 'API key')).type('sandbox-demo-key');
    await (await byRole(options, 'button', 'Save')).click();

    await untilText(connection, /The API accepted the key/);
    await untilText(connection, /A key is saved: sand•+-key/);
    const account = await until(() => options.$('[aria-label="Account"]'), 'the account summary');
    const shown = await untilText(account, /\d+ used of \d+/);
    assert.match(shown, /Pro/);
    const accountCalls = await sandbox.requests('/v2/account');
    assert.ok(accountCalls.length > 0);
    assert.ok(accountCalls.every((call) => call.keyVia === 'header'));
  });

  test('popup on a site: the company, its pattern and its addresses, names in every script drawn, rows reached by scrolling too', async ({ firefox, sandbox }) => {
    const options = await firefox.openExtensionPage('options.html');
    await firefox.openSite(STRIPE_JOBS);
    const tabId = await firefox.tabIdOf(options, STRIPE_JOBS);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    // The toolbar popup's size: the first screen shows about six rows, the rest are reached by scrolling.
    await popup.setViewport({ width: 400, height: 600 });

    const addresses = await byRole(popup, 'list', 'Addresses');
    await untilText(addresses, /patrick@stripe\.com/);
    assert.equal(await (await byRole(popup, 'textbox', 'Domain')).evaluate((box) => (box as HTMLInputElement).value), 'stripe.com');
    await byRole(popup, 'heading', 'Stripe');
    await (await byRole(popup, 'button', 'Load more')).click();
    await untilText(await until(() => popup.$('body'), 'the popup'), /110 shown of 137/);

    // Every row is drawn, however far below the first screen: its text is on the page (innerText is empty for a
    // row the browser skipped, as Firefox did with `content-visibility: auto`: blank boxes until scrolled to).
    const drawn = await addresses.evaluate((list) => [...list.children].map((row) => (row as HTMLElement).innerText));
    assert.equal(drawn.length, 110);
    const blank = drawn.filter((text) => !/@stripe\.com/.test(text));
    assert.equal(blank.length, 0, `${blank.length} of ${drawn.length} rows drawn without their address`);
    const text = await textOf(addresses);
    for (const name of ['Patrick Collison', 'Анна Петрова', 'Γιώργος Παπαδόπουλος', '伟 王', 'محمد العلي', '花子 佐藤', 'デザイナー', 'José Ñúñez-Gómez']) {
      assert.ok(text.includes(name), `${name} in the list`);
    }
    // What a person sees scrolling to the end: the last row on screen, its address where the eye is.
    await popup.keyboard.press('End');
    const last = drawn.at(-1)!.split('\n')[0]!;
    await until(() => popup.evaluate((address) => {
      const row = document.querySelector(`[aria-label="${address}"]`)!;
      const box = row.getBoundingClientRect();
      const seen = document.elementFromPoint(box.left + 20, box.top + 10);
      return box.bottom <= innerHeight && box.top >= 0 && Boolean(seen && row.contains(seen)) && (row as HTMLElement).innerText.includes(address);
    }, last), `${last} on screen after End`);
    // What a person would see, names in every script drawn with a real font (setup.sh installs Noto CJK and Arabic).
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-names-in-every-script.png'), fullPage: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-scrolled-to-the-end.png') });
    assert.deepEqual((await sandbox.requests('/v2/domain-search')).map((r) => r.query.domain), ['stripe.com', 'stripe.com']);
  });

  test('finder: first and last name on the site give the address and its score', async ({ firefox, sandbox }) => {
    const popup = await popupOn(firefox);
    await (await byRole(popup, 'tab', 'Find')).click();
    const finder = await byRole(popup, 'region', 'Email finder');
    await until(async () => (await byRole(finder, 'textbox', 'Domain')).evaluate((box) => (box as HTMLInputElement).value === 'stripe.com'), 'the domain from the page');
    await (await byRole(finder, 'textbox', 'First name')).type('Patrick');
    await (await byRole(finder, 'textbox', 'Last name')).type('Collison');
    await (await byRole(finder, 'button', 'Find email')).click();

    const answer = await byRole(finder, 'article', 'Address found');
    await untilText(answer, /patrick@stripe\.com[\s\S]*Score 99 \/ 100/);
    const calls = await sandbox.requests('/v2/email-finder');
    assert.equal(calls.length, 1);
    assert.deepEqual([calls[0]!.query.domain, calls[0]!.query.first_name, calls[0]!.query.last_name], ['stripe.com', 'Patrick', 'Collison']);
  });

  test('verifier: an address typed in gets its status and score', async ({ firefox, sandbox }) => {
    const popup = await popupOn(firefox);
    await (await byRole(popup, 'tab', 'Verify any')).click();
    const verifier = await byRole(popup, 'region', 'Email verifier');
    await (await byRole(verifier, 'textbox', 'Email')).type('patrick@stripe.com');
    await (await byRole(verifier, 'button', 'Verify')).click();
    await untilText(verifier, /Valid[\s\S]*Score \d+ \/ 100/);
    assert.deepEqual((await sandbox.requests('/v2/email-verifier')).map((r) => r.query.email), ['patrick@stripe.com']);
  });

  test('save as lead: the finder’s answer goes into the chosen list', async ({ firefox, sandbox }) => {
    const popup = await popupOn(firefox);
    const list = await byRole(popup, 'combobox', 'Leads list');
    await until(() => list.evaluate((select) => [...(select as HTMLSelectElement).options].some((o) => o.text === 'Prospects')), 'the lists');
    await list.select(await list.evaluate((select) => [...(select as HTMLSelectElement).options].find((o) => o.text === 'Prospects')!.value));
    await (await byRole(popup, 'tab', 'Find')).click();
    const finder = await byRole(popup, 'region', 'Email finder');
    await (await byRole(finder, 'textbox', 'Full name')).type('Γιώργος Παπαδόπουλος');
    await (await byRole(finder, 'button', 'Find email')).click();
    const answer = await byRole(finder, 'article', 'Address found');
    await (await byRole(answer, 'button', 'Save as lead')).click();
    await untilText(answer, /Saved to Prospects/);

    const saved = (await sandbox.state()).leads.filter((lead) => lead.email === 'giorgos@stripe.com');
    assert.equal(saved.length, 1);
    assert.equal(saved[0]!.leads_list_id, 2);
    assert.equal(saved[0]!.first_name, 'Γιώργος');
  });

  test('leads manager: the lists and their leads, and a lead edited', async ({ firefox, sandbox }) => {
    const leads = await firefox.openExtensionPage('leads.html');
    const lists = await byRole(leads, 'navigation', 'Lists');
    await untilText(lists, /My leads list \(2 leads\)/);
    assert.match(await textOf(lists), /Prospects \(4 leads\)/);
    const table = await byRole(leads, 'table', 'Leads');
    await (await byRole(table, 'button', 'Анна Петрова')).click();

    const dialog = await until(() => leads.$('dialog[open], [role="dialog"]'), 'the lead dialog');
    const position = await byRole(dialog, 'textbox', 'Position');
    await position.click({ count: 3 });
    await position.type('Staff engineer');
    await (await byRole(dialog, 'button', 'Save')).click();
    await until(async () => (await sandbox.state()).leads.find((lead) => lead.email === 'anna@stripe.com')?.position === 'Staff engineer', 'the edit in the sandbox');
    await untilText(table, /Staff engineer/);
  });

  test('right-click "Find email" on a selected name: the real menu answers in the toolbar popup (no card: Firefox cannot tell whether the page hides it)', async ({ firefox, sandbox }) => {
    const options = await firefox.openExtensionPage('options.html');
    const site = await firefox.openSite(STRIPE_JOBS);
    await firefox.clickMenuItem(site, '#recruiter', 'quarry-find-person', { selectText: true });

    const answer = await until(() => firefox.toolbarPopupText(options, 'li[aria-label="Ada Lovelace at stripe.com"]'), 'the answer in the toolbar popup');
    assert.match(answer, /ada@stripe\.com/);
    // Firefox has no IntersectionObserver v2: no card was left in the page.
    assert.equal(await site.$('quarry-card'), null);
    const finds = await sandbox.requests('/v2/email-finder');
    assert.equal(finds.length, 1);
    assert.deepEqual([finds[0]!.query.domain, finds[0]!.query.first_name, finds[0]!.query.last_name], ['stripe.com', 'Ada', 'Lovelace']);
  });
});

/** A site in a tab, then the popup about that tab opened as a page (the toolbar popup is tested in shipped-build). */
async function popupOn(firefox: import('./support/firefox').QuarryFirefox) {
  const options = await firefox.openExtensionPage('options.html');
  await firefox.openSite(STRIPE_JOBS);
  const popup = await firefox.openExtensionPage(`popup.html?tab=${await firefox.tabIdOf(options, STRIPE_JOBS)}`);
  await byRole(popup, 'tablist', 'Sections');
  return popup;
}
