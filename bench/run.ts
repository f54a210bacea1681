// `npm run bench`: builds Quarry, then measures in headless Chromium what SPEC §7 budgets: popup paint time on a
// cache miss and a cache hit, bundle sizes (gzipped), and the API calls one open and a second open make.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { CERT_DIR } from '../e2e/support/constants';
import { launchWithQuarry } from '../e2e/support/launch';
import { startSiteServer } from '../e2e/support/site-server';
import { assetsOfPage, countCalls, gzipSize, median } from './measure';

const RUNS = 10;
const LATENCY_MS = 80;
const SITE = 'https://www.stripe.com/jobs';
const SHIPPED_DIR = resolve('.output/chrome-mv3');
const PAINTED = 'quarry-results-painted';

function build() {
  for (const args of [['wxt', 'build', '--mode', 'e2e'], ['wxt', 'build']]) {
    execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}


/** Asks Quarry's background from one of its own pages (the only senders it answers). */
function ask(page: Page, type: string) {
  return page.evaluate((t) => chrome.runtime.sendMessage({ type: t, data: null }), type);
}

const STARTED = 'quarry-popup-start';
/** Code start times of the last runs: how much of the paint time is the browser loading the popup. */
const codeStarts: number[] = [];

/** Opens the popup for the tab and returns ms from navigation start to the results painted. */
async function openPopup(context: BrowserContext, popupUrl: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PAINTED, { timeout: 10_000 });
  const [started, painted] = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]!.startTime),
    [STARTED, PAINTED],
  );
  codeStarts.push(started!);
  await page.close();
  return painted!;
}

async function main() {
  const started = Date.now();
  build();
  // Free ports, so the bench runs even while the e2e suite holds 8787/8443.
  const sandbox = await startSandbox({ port: 0, latencyMs: LATENCY_MS });
  const sites = await startSiteServer(resolve('e2e/sites'), 0, CERT_DIR);
  const sitePort = (sites.address() as AddressInfo).port;
  const context = await launchWithQuarry({ sitePort });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/options.html`);
    // This run's sandbox is on a free port: point Quarry at it as a user would, with the key typed again.
    const saved = await control.evaluate(
      (base) => chrome.runtime.sendMessage({ type: 'saveConnection', data: { apiKey: 'sandbox-demo-key', apiBaseUrl: base } }),
      sandbox.apiBase,
    );
    if (!saved?.ok) throw new Error(`Could not point Quarry at the sandbox: ${JSON.stringify(saved)}`);

    const site = await context.newPage();
    await site.goto(SITE);
    await site.bringToFront();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const popupUrl = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;

    const requests = async () => (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as Array<{ path: string }>;

    // API calls of a first and a second open, from a clean cache and a fresh sandbox log.
    await ask(control, 'clearCache');
    sandbox.reset();
    await openPopup(context, popupUrl);
    const firstOpen = countCalls(await requests());
    sandbox.reset();
    await openPopup(context, popupUrl);
    const secondOpen = countCalls(await requests());

    const misses: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await ask(control, 'clearCache');
      misses.push(await openPopup(context, popupUrl));
    }
    const missStarts = codeStarts.splice(0);
    const hits: number[] = [];
    for (let run = 0; run < RUNS; run++) hits.push(await openPopup(context, popupUrl));
    const hitStarts = codeStarts.splice(0);

    const popupAssets = assetsOfPage(SHIPPED_DIR, 'popup.html');
    const popupGz = popupAssets.reduce((sum, path) => sum + gzipSize(path), 0);
    const backgroundGz = gzipSize(join(SHIPPED_DIR, 'background.js'));
    // Injected on demand only (popup open, menu click): an unlisted script, not a manifest content script.
    const readerPath = join(SHIPPED_DIR, 'page-reader.js');
    const readerGz = existsSync(readerPath) ? gzipSize(readerPath) : null;

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const ms = (values: number[]) => `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
    const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
    const rows: Array<[string, string, string, string]> = [
      [`Popup paint, cache miss (median of ${RUNS}, API latency ${LATENCY_MS} ms)`, ms(misses), `≤ ${LATENCY_MS + 50} ms`, ok(median(misses) <= LATENCY_MS + 50)],
      [`Popup paint, cache hit (median of ${RUNS})`, ms(hits), '≤ 100 ms', ok(median(hits) <= 100)],
      ['  of which loading the popup code (miss / hit)', `${median(missStarts).toFixed(0)} / ${median(hitStarts).toFixed(0)} ms`, '—', ''],
      [`Popup JS+CSS, gzipped (${popupAssets.length} files)`, kb(popupGz), '< 40 KB', ok(popupGz < 40 * 1024)],
      ['Background, gzipped', kb(backgroundGz), '—', ''],
      ['Page reader (injected on demand), gzipped', readerGz === null ? 'not built' : kb(readerGz), '< 10 KB', readerGz === null ? '' : ok(readerGz < 10 * 1024)],
      ['API calls, first open (paid / free)', `${firstOpen.paid} / ${firstOpen.free}`, '≤ 1 paid', ok(firstOpen.paid <= 1)],
      ['API calls, second open (paid / free)', `${secondOpen.paid} / ${secondOpen.free}`, '0 paid', ok(secondOpen.paid === 0)],
    ];
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['Measure', 'Figure', 'Budget (SPEC §7)', ''][i]!.length));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
    console.log(`\n${line(['Measure', 'Figure', 'Budget (SPEC §7)', ''])}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
    for (const row of rows) console.log(line(row));
    console.log(`\nSizes from the shipped build (.output/chrome-mv3); timings from the test build against the sandbox. ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await context.close();
    await sandbox.close();
    await new Promise((done) => sites.close(done));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
