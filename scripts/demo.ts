// `npm run demo`: Quarry's test build in Chromium against the local sandbox, with the demo key already set.
// With a display, the browser stays open for you to use; without one (or with --headless), the same walk-through
// runs headless and saves what a user would see:
// - demo-screenshots/screens/<screen>-{light,dark}.png: every screen, whole, in both colour schemes;
// - store/screenshots/<n>-<what>.png: the five 1280×800 store screenshots, Quarry in use on a page.
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSandbox } from '../sandbox/server';
import { CERT_DIR, SANDBOX_PORT, SITE_PORT } from '../e2e/support/constants';
import { launchWithQuarry } from '../e2e/support/launch';
import { startSiteServer } from '../e2e/support/site-server';
import { MenuTools } from '../e2e/pages/menu-tools';

const SCREENS = resolve('demo-screenshots/screens');
const STORE_SHOTS = resolve('store/screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
/** The stores' screenshot size (Chrome Web Store: 1280×800; addons.mozilla.org takes the same). */
const STORE_SIZE = { width: 1280, height: 800 };
/** The toolbar popup's size in the browser (entrypoints/popup/popup.css gives it a fixed 400×580). */
const POPUP_SIZE = { width: 400, height: 580 };

type Scheme = 'light' | 'dark';

/** Waits until the page has its fonts and has painted in `scheme`. */
async function settle(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
}

/** One screen, whole, in light and in dark: `<name>-light.png`, `<name>-dark.png`. */
async function screens(page: Page, name: string): Promise<string[]> {
  const paths: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await settle(page, scheme);
    const path = `${SCREENS}/${name}-${scheme}.png`;
    await page.screenshot({ path, fullPage: true });
    paths.push(path);
  }
  await settle(page, 'light');
  return paths;
}

/** The browser window drawn in a store screenshot: its content is what the page or the popup shows. */
const WINDOW = { width: 780, bar: 36, content: { width: 780, height: 652 } };

interface StoreShot {
  name: string;
  caption: string;
  detail: string;
  /** The site or Quarry page shown in the window, at WINDOW.content's size. */
  page: Page;
  /** The toolbar popup open over the page, when it is. */
  popup?: Page;
  scheme: Scheme;
}

/**
 * A 1280×800 store screenshot: a caption on the left, on the right a browser window with the page and, where
 * there is one, Quarry's popup under the toolbar, as the browser shows it. Nothing is drawn but what the
 * pages show; the window is a frame around them.
 */
async function storeShot(context: BrowserContext, shot: StoreShot): Promise<string> {
  const png = async (page: Page, scheme: Scheme) => {
    await settle(page, scheme);
    const image = (await page.screenshot()).toString('base64');
    await settle(page, 'light');
    return image;
  };
  const popupImage = shot.popup ? await png(shot.popup, shot.scheme) : null;
  const pageImage = await png(shot.page, shot.popup ? 'light' : shot.scheme);
  const icon = readFileSync(resolve('public/icon/128.png')).toString('base64');
  const dark = shot.scheme === 'dark';
  const frame = await context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  await frame.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; position: relative;
      font-family: 'Noto Sans', system-ui, sans-serif; color: ${dark ? '#e8eaf0' : '#1d2330'};
      background: ${dark ? 'linear-gradient(160deg, #1f2633, #12161e)' : 'linear-gradient(160deg, #f3f6fb, #dde5f2)'}; }
    .caption { position: absolute; left: 56px; top: 0; bottom: 0; width: 340px; display: flex; flex-direction: column; justify-content: center; gap: 18px; }
    .caption img { width: 64px; height: 64px; }
    h1 { margin: 0; font-size: 36px; line-height: 1.15; }
    p { margin: 0; font-size: 19px; line-height: 1.45; color: ${dark ? '#b7bfcd' : '#475062'}; }
    .window { position: absolute; right: 48px; top: ${(STORE_SIZE.height - WINDOW.bar - WINDOW.content.height) / 2}px; width: ${WINDOW.width}px;
      border-radius: 10px; overflow: hidden; box-shadow: 0 18px 48px rgba(0,0,0,${dark ? '.55' : '.22'}); background: #fff; }
    .bar { height: ${WINDOW.bar}px; background: ${dark ? '#2b303a' : '#e6e9ef'}; display: flex; align-items: center; gap: 8px; padding: 0 14px; }
    .dot { width: 11px; height: 11px; border-radius: 50%; background: ${dark ? '#596070' : '#c3c8d2'}; }
    .address { margin-left: 14px; flex: 1; height: 22px; border-radius: 11px; background: ${dark ? '#1c2028' : '#fff'}; font-size: 13px; line-height: 22px; padding: 0 12px; color: ${dark ? '#b7bfcd' : '#475062'}; }
    .toolbar-icon { width: 18px; height: 18px; border-radius: 4px; outline: 2px solid ${dark ? '#7aa7ff' : '#3b6fd8'}; outline-offset: 2px; }
    .content { position: relative; display: block; width: ${WINDOW.content.width}px; height: ${WINDOW.content.height}px; }
    .popup { position: absolute; right: 6px; top: ${WINDOW.bar + 2}px; border-radius: 8px; border: 1px solid rgba(0,0,0,.25); box-shadow: 0 10px 30px rgba(0,0,0,.35); }
  </style>
  <div class="caption"><img src="data:image/png;base64,${icon}" alt=""><h1>${shot.caption}</h1><p>${shot.detail}</p></div>
  <div class="window">
    <div class="bar"><span class="dot"></span><span class="dot"></span><span class="dot"></span>
      <span class="address">${new URL(shot.page.url()).host === 'www.stripe.com' ? shot.page.url() : 'Quarry'}</span>
      <img class="toolbar-icon" src="data:image/png;base64,${icon}" alt=""></div>
    <img class="content" src="data:image/png;base64,${pageImage}" alt="">
    ${popupImage ? `<img class="popup" src="data:image/png;base64,${popupImage}" alt="">` : ''}
  </div>`);
  await frame.locator('img').evaluateAll((images) => Promise.all(images.map((img) => (img as HTMLImageElement).decode())));
  await frame.evaluate(() => document.fonts.ready);
  const path = `${STORE_SHOTS}/${shot.name}.png`;
  await frame.screenshot({ path });
  await frame.close();
  return path;
}

/** A store screenshot of a Quarry page as it is at 1280×800. */
async function storeShotOfPage(page: Page, name: string): Promise<string> {
  await settle(page, 'light');
  const path = `${STORE_SHOTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * The sandbox's leads include hostile markup on purpose (the tests check it stays text); a store screenshot
 * shows the leads a user would have, so the demo deletes those through the API first, as a user could.
 */
async function removeHostileLeads(apiBase: string): Promise<void> {
  const headers = { 'X-API-KEY': 'sandbox-demo-key' };
  const { data } = (await (await fetch(`${apiBase}/leads?limit=100`, { headers })).json()) as { data: { leads: Array<Record<string, unknown>> } };
  for (const lead of data.leads.filter((one) => /[<>]/.test(JSON.stringify(one)))) {
    await fetch(`${apiBase}/leads/${lead.id}`, { method: 'DELETE', headers });
  }
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async (want) => (await chrome.tabs.query({})).find((tab) => tab.url === want)!.id!, url);
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function walkThrough(context: BrowserContext, extensionId: string, apiBase: string): Promise<string[]> {
  const saved: string[] = [];
  await removeHostileLeads(apiBase);
  const site = await context.newPage();
  await site.setViewportSize(WINDOW.content);
  await site.goto('https://www.stripe.com/jobs');
  const tabId = await tabIdOf(context, site.url());

  const options = await context.newPage();
  await options.setViewportSize(STORE_SIZE);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText('Pro', { exact: true }).waitFor();
  saved.push(...(await screens(options, 'options')));

  const popup = await openPopup(context, extensionId, tabId);
  await popup.getByRole('button', { name: 'Load more' }).waitFor();
  saved.push(...(await screens(popup, 'popup-who-works-here')));
  // Scrolled down to the names in other scripts (the rows above them include the sandbox's hostile-markup fixture).
  await popup.getByRole('listitem', { name: 'anna@stripe.com', exact: true }).evaluate((row) => row.scrollIntoView({ block: 'start' }));
  saved.push(await storeShot(context, {
    name: '1-who-works-here', page: site, popup, scheme: 'light',
    caption: 'Who works here', detail: 'Open Quarry on a company’s site: every address known there, who it is, how sure, and where it was seen. Names in every script.',
  }));
  await popup.evaluate(() => window.scrollTo(0, 0));

  // Three of them saved as leads with their row's button: the leads manager shows them below.
  for (const address of ['wei@stripe.com', 'mohammed@stripe.com', 'hanako@stripe.com']) {
    const row = popup.getByRole('listitem', { name: address, exact: true });
    await row.getByRole('button', { name: 'Save as lead' }).click();
    await row.getByText('Saved to Prospects').waitFor();
  }
  await popup.reload();
  await popup.getByRole('button', { name: 'Load more' }).waitFor();

  await popup.getByRole('tab', { name: 'Find' }).click();
  await popup.getByRole('textbox', { name: 'Full name' }).fill('Γιώργος Παπαδόπουλος');
  await popup.getByRole('button', { name: 'Find email' }).click();
  const found = popup.getByRole('article', { name: 'Address found' });
  await found.waitFor();
  saved.push(...(await screens(popup, 'popup-finder')));
  await found.evaluate((answer) => answer.scrollIntoView({ block: 'end' }));
  saved.push(await storeShot(context, {
    name: '2-finder', page: site, popup, scheme: 'light',
    caption: 'Find an address', detail: 'A name and the site you are on give the address, its score and where it was seen.',
  }));
  await popup.evaluate(() => window.scrollTo(0, 0));

  await popup.getByRole('tab', { name: 'Verify any' }).click();
  await popup.getByRole('textbox', { name: 'Email' }).fill('patrick@stripe.com');
  await popup.getByRole('button', { name: 'Verify' }).click();
  await popup.getByRole('region', { name: 'Email verifier' }).getByText('Valid', { exact: true }).waitFor();
  await popup.getByRole('region', { name: 'Email verifier' }).getByText('Every check').click();
  saved.push(...(await screens(popup, 'popup-verifier')));
  saved.push(await storeShot(context, {
    name: '3-verifier-dark', page: site, popup, scheme: 'dark',
    caption: 'Check before you write', detail: 'The verifier says whether an address takes mail, every check in full. Light or dark, as your system is.',
  }));

  // People on a team page: the names a page shows, with the free guesses from the company's pattern.
  const team = await context.newPage();
  await team.setViewportSize(STORE_SIZE);
  await team.goto('https://www.stripe.com/team');
  const teamPopup = await openPopup(context, extensionId, await tabIdOf(context, team.url()));
  await teamPopup.getByRole('list', { name: 'Addresses' }).getByRole('listitem').first().waitFor();
  await teamPopup.getByRole('tab', { name: 'People' }).click();
  await teamPopup.getByRole('checkbox', { name: 'Ada Lovelace' }).waitFor();
  saved.push(...(await screens(teamPopup, 'popup-people')));
  await teamPopup.close();
  await team.close();

  const leads = await context.newPage();
  await leads.setViewportSize(STORE_SIZE);
  await leads.goto(`chrome-extension://${extensionId}/leads.html`);
  await leads.getByRole('table', { name: 'Leads' }).getByRole('button', { name: 'Анна Петрова' }).waitFor();
  saved.push(...(await screens(leads, 'leads-manager')));
  // The leads manager needs the width of a tab: shown whole, as it is at 1280×800.
  await leads.getByRole('table', { name: 'Leads' }).getByRole('button', { name: '伟 王' }).click();
  await leads.getByRole('dialog').getByRole('textbox', { name: 'Position' }).waitFor();
  saved.push(...(await screens(leads, 'leads-manager-lead-dialog')));
  saved.push(await storeShotOfPage(leads, '5-leads-manager'));
  await leads.keyboard.press('Escape');

  // The right-click "Find email for …" on a selected name: the answer card in the page.
  await site.bringToFront();
  const worker = context.serviceWorkers()[0]!;
  const selected = await MenuTools.select(site, '#recruiter');
  await new MenuTools(worker).click(site, 'quarry-find-person', { selectionText: selected });
  await (await MenuTools.card(site)).getByRole('article', { name: 'Address found' }).waitFor();
  saved.push(...(await screens(site, 'card-in-page')));
  saved.push(await storeShot(context, {
    name: '4-card-from-the-right-click-menu', page: site, scheme: 'light',
    caption: 'Right-click a name', detail: 'Select a name on any page and choose “Find email”: the answer opens beside what you are reading.',
  }));

  // What the menu answered is kept under Recent in the popup.
  await popup.reload();
  await popup.getByRole('tab', { name: 'Recent' }).click();
  await popup.getByRole('listitem', { name: 'Ada Lovelace at stripe.com' }).waitFor();
  saved.push(...(await screens(popup, 'popup-recent')));

  // A bulk job of names in several scripts, run to its end.
  const bulk = await context.newPage();
  await bulk.setViewportSize(STORE_SIZE);
  await bulk.goto(`chrome-extension://${extensionId}/bulk.html`);
  await bulk.getByRole('radio', { name: 'Names' }).check();
  await bulk.getByRole('textbox', { name: 'Paste rows' }).fill(
    'first name,last name,domain\nAda,Lovelace,stripe.com\nАнна,Петрова,stripe.com\n伟,王,stripe.com\nمحمد,العلي,stripe.com\n花子,佐藤,stripe.com\nPatrick,Collison,stripe.com\n',
  );
  await bulk.getByRole('region', { name: 'Cost before anything is spent' }).getByText('Distinct questions', { exact: false }).waitFor();
  saved.push(...(await screens(bulk, 'bulk-priced')));
  await bulk.getByRole('button', { name: 'Start', exact: true }).click();
  await bulk.getByText('Finished.').waitFor({ timeout: 30_000 });
  saved.push(...(await screens(bulk, 'bulk-finished')));
  return saved;
}

async function main() {
  mkdirSync(SCREENS, { recursive: true });
  mkdirSync(STORE_SHOTS, { recursive: true });
  const sandbox = await startSandbox({ port: SANDBOX_PORT });
  const sites = await startSiteServer(resolve('e2e/sites'), SITE_PORT, CERT_DIR);
  console.log(`Sandbox API: ${sandbox.apiBase} (demo key sandbox-demo-key is already set in this build)`);
  console.log(`Local test sites: https://www.stripe.com/jobs, https://www.linkedin.com/in/… (served on 127.0.0.1:${SITE_PORT})`);

  const context = await launchWithQuarry({ headless, viewport: STORE_SIZE });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const saved = await walkThrough(context, extensionId, sandbox.apiBase);
  console.log(`\nScreenshots of the walk-through:\n${saved.map((path) => `  ${path}`).join('\n')}`);

  if (headless) {
    await context.close();
    await sandbox.close();
    sites.close();
    return;
  }
  console.log('\nChromium is open with Quarry loaded. Use the puzzle-piece menu to pin Quarry; Ctrl-C here to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await sandbox.close();
  sites.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
