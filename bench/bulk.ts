import type { BrowserContext, Page } from '@playwright/test';
import { durationAtRate } from '../lib/bulk/cost';
import { DEFAULT_RATE_RULES } from '../lib/hunter/rate-limiter';
import { addressRows, domainRows, nameRows } from '../e2e/support/bulk-rows';

// Bulk jobs (SPEC §7): each kind's throughput over ROWS rows as a ratio of the allowed rate (the sandbox enforces
// the per-second and per-minute limits; 1.0 = the documented limits exactly), and the time the bulk page takes
// to show a 10,000-row result table. Each kind runs in a browser of its own: the shared limiter remembers the
// last minute, so a Names job right after a Domains job would start with a full minute window and measure the
// first job's tail, not its own rate.

const KINDS = [
  { kind: 'domains', path: '/v2/domain-search', family: 'search', header: ['domain'], rows: domainRows, mapping: { domain: 0 } },
  { kind: 'names', path: '/v2/email-finder', family: 'search', header: ['name', 'domain'], rows: nameRows, mapping: { full_name: 0, domain: 1 } },
  { kind: 'addresses', path: '/v2/email-verifier', family: 'verify', header: ['email'], rows: addressRows, mapping: { email: 0 } },
] as const;

const TABLE_ROWS = 10_000;

interface Logged { path: string; status: number; at: number }

async function ask(page: Page, type: string, data: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }> {
  return page.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [type, data] as const);
}

async function runJob(page: Page, sandboxUrl: string, k: (typeof KINDS)[number], rows: number) {
  await fetch(`${sandboxUrl}/__sandbox/reset`, { method: 'POST', body: '{}' });
  // No cached answer or known pattern: every row is a call.
  await ask(page, 'clearCache', null);
  const input = {
    kind: k.kind, header: [...k.header], mapping: k.mapping, options: { limit: 10 }, fileName: null,
    rows: k.rows(rows).map((line, i) => ({ line: i + 2, cells: line.split(',') })),
  };
  const started = await ask(page, 'bulkStart', { input, onlyWhatFits: false });
  if (!started.ok) throw new Error(`bulkStart: ${JSON.stringify(started.error)}`);
  const id = (started.data as { id: string }).id;
  for (;;) {
    const progress = (await ask(page, 'bulkProgress', { id })).data as { job: { state: string } } | null;
    if (progress?.job.state !== 'running') break;
    await page.waitForTimeout(500);
  }
  const log = ((await (await fetch(`${sandboxUrl}/__sandbox/requests`)).json()) as Logged[]).filter((r) => r.path === k.path);
  const times = log.map((r) => r.at).sort((a, b) => a - b);
  const took = times[times.length - 1]! - times[0]!;
  return { ratio: durationAtRate(log.length, DEFAULT_RATE_RULES[k.family]) / took, requests: log.length, rateLimited: log.filter((r) => r.status === 403).length, tookMs: took };
}

/** A finished job of 10,000 rows written straight into the bulk store, as the background would have. */
async function seedBigJob(page: Page): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('quarry-bulk');
      open.onupgradeneeded = () => open.result.createObjectStore('jobs');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('jobs', 'readwrite');
    const store = tx.objectStore('jobs');
    const id = 'bench-10000';
    store.put({ id, kind: 'addresses', options: { limit: 10 }, fileName: 'bench.csv', createdAt: Date.now() + 1e9, state: 'done', reason: null,
      total: count, limitTo: count, rows: count, invalid: 0, duplicates: 0, askedAgain: 0 }, `job:${id}`);
    const rows = Array.from({ length: count }, (_, i) => ({ line: i + 2, cells: [`person${i}@firm${i % 50}.com`] }));
    store.put({ header: ['email'], rows, rowQuery: rows.map((_, i) => i), invalid: [] }, `input:${id}`);
    store.put(rows.map((r) => ({ kind: 'addresses', email: r.cells[0] })), `queries:${id}`);
    rows.forEach((r, i) => store.put({ state: 'done', organization: null, fromCache: false,
      addresses: [{ email: r.cells[0], score: 90 - (i % 40), status: i % 7 ? 'valid' : 'accept_all', sources: i % 5, first_name: null, last_name: null, position: null, guessed: false }] }, `answer:${id}:${i}`));
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
  }, TABLE_ROWS);
}

/** Milliseconds from the bulk page's navigation start to the first row of the 10,000-row table painted. */
async function tableTime(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bulk.html`);
  await page.locator('.results-table tbody tr:not([aria-hidden])').first().waitFor();
  const ms = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))));
  const shown = await page.getByText(`${TABLE_ROWS} of ${TABLE_ROWS} rows`).count();
  await page.close();
  if (shown !== 1) throw new Error('the 10,000-row table did not show all its rows');
  return ms;
}

/** A browser with Quarry pointed at the sandbox; closed by the caller. */
export type OpenBrowser = () => Promise<{ context: BrowserContext; extensionId: string }>;

export async function measureBulk(openBrowser: OpenBrowser, sandboxUrl: string, rows: number, runs: number) {
  const throughput: Array<{ kind: string; ratio: number; requests: number; rateLimited: number; tookMs: number }> = [];
  for (const k of KINDS) {
    const { context, extensionId } = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/bulk.html`);
      throughput.push({ kind: k.kind, ...(await runJob(page, sandboxUrl, k, rows)) });
    } finally {
      await context.close();
    }
  }
  const { context, extensionId } = await openBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/bulk.html`);
    await seedBigJob(page);
    await page.close();
    const table: number[] = [];
    for (let i = 0; i < runs; i++) table.push(await tableTime(context, extensionId));
    return { rows, throughput, table, tableRows: TABLE_ROWS };
  } finally {
    await context.close();
  }
}
