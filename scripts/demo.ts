// `npm run demo`: Quarry's test build in Chromium against the local sandbox, with the demo key already set.
// With a display, the browser stays open for you to use; without one, the same walk-through runs headless
// and saves screenshots of what a user would see.
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSandbox } from '../sandbox/server';
import { CERT_DIR, SANDBOX_PORT, SITE_PORT } from '../e2e/support/constants';
import { launchWithQuarry } from '../e2e/support/launch';
import { startSiteServer } from '../e2e/support/site-server';

const SHOTS = resolve('demo-screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function shot(page: Page, name: string): Promise<string> {
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

async function walkThrough(context: BrowserContext, extensionId: string): Promise<string[]> {
  const saved: string[] = [];
  const site = await context.newPage();
  await site.goto('https://www.stripe.com/jobs');
  saved.push(await shot(site, '1-company-site'));

  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.stripe.com/*' }))[0]!.id!);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText('Pro', { exact: true }).waitFor();
  saved.push(await shot(options, '2-options-account'));

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Load more' }).waitFor();
  saved.push(await shot(popup, '3-popup-who-works-here'));

  await popup.getByRole('tab', { name: 'Find' }).click();
  await popup.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await popup.getByRole('button', { name: 'Find email' }).click();
  await popup.getByRole('article', { name: 'Address found' }).waitFor();
  saved.push(await shot(popup, '4-popup-finder'));

  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.getByRole('tab', { name: 'Verify any' }).click();
  await popup.getByRole('textbox', { name: 'Email' }).fill('patrick@stripe.com');
  await popup.getByRole('button', { name: 'Verify' }).click();
  await popup.getByRole('region', { name: 'Email verifier' }).getByText('Valid', { exact: true }).waitFor();
  saved.push(await shot(popup, '5-popup-verifier-dark'));

  const leads = await context.newPage();
  await leads.goto(`chrome-extension://${extensionId}/leads.html`);
  await leads.getByRole('button', { name: 'New lead' }).waitFor();
  await leads.waitForLoadState('networkidle');
  saved.push(await shot(leads, '6-leads-manager'));
  return saved;
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const sandbox = await startSandbox({ port: SANDBOX_PORT });
  const sites = await startSiteServer(resolve('e2e/sites'), SITE_PORT, CERT_DIR);
  console.log(`Sandbox API: ${sandbox.apiBase} (demo key sandbox-demo-key is already set in this build)`);
  console.log(`Local test sites: https://www.stripe.com/jobs, https://www.linkedin.com/in/… (served on 127.0.0.1:${SITE_PORT})`);

  const context = await launchWithQuarry({ headless, viewport: { width: 1100, height: 800 } });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const saved = await walkThrough(context, extensionId);
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
