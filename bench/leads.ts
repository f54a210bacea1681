import type { BrowserContext, Page } from '@playwright/test';
import type { Row } from './report';
import { spread } from './report';

const TOTAL = 10_000;
const PAGE_SIZE = 100;
const ANSWER = 'bench-leads-answer';
/** Top to bottom of the 10,000 rows in this long: ~1,100 px a frame, a fling that replaces every row each frame. */
const SCROLL_MS = 5000;
// Scrolls the "All" table's box from its top to its bottom over SCROLL_MS, one step a frame; answers frames per
// second and the longest frame. A string: tsx would wrap named inner functions in a helper the page does not have.
const SCROLL_ALL = `new Promise((done) => {
  const box = document.querySelector('.leads-scroll');
  const height = box.scrollHeight - box.clientHeight;
  const started = performance.now();
  let frames = 0;
  let last = started;
  let longest = 0;
  function step(now) {
    frames++;
    longest = Math.max(longest, now - last);
    last = now;
    const progress = Math.min(1, (now - started) / ${SCROLL_MS});
    box.scrollTop = height * progress;
    if (progress < 1) requestAnimationFrame(step);
    else done({ fps: (frames * 1000) / (now - started), longest });
  }
  requestAnimationFrame(step);
})`;

/**
 * ms from the latest leadsList answer reaching the page to the first lead row painted after it. The paints are
 * collected from the page's start (below): the browser buffers only the first 150 for a late observer.
 */
async function answerToFirstRow(page: Page): Promise<number> {
  const handle = await page.waitForFunction((mark) => {
    const answered = performance.getEntriesByName(mark).at(-1)!.startTime;
    const painted = (window as unknown as { benchPaints: number[] }).benchPaints.filter((time) => time >= answered);
    return painted.length ? Math.min(...painted) - answered : null;
  }, ANSWER);
  return (await handle.jsonValue()) as number;
}

/**
 * ms from the latest leadsList answer to the first animation frame whose DOM holds the first lead row: the
 * frame that paints it. For "All", whose rows Chromium's Element Timing does not report (inside a scroll box).
 */
async function answerToRowsInFrame(page: Page): Promise<number> {
  const handle = await page.waitForFunction((mark) => {
    if (!document.querySelector('tr[aria-rowindex="2"] button')) return null;
    return performance.now() - performance.getEntriesByName(mark).at(-1)!.startTime;
  }, ANSWER, { polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

/** Chooses a page size and waits for its answer to reach the page and its rows to be in the table. */
async function choose(page: Page, size: string, rows: number) {
  const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, ANSWER);
  await page.getByRole('combobox', { name: 'Leads per page' }).selectOption(size);
  await page.waitForFunction(({ mark, before, rows }) => performance.getEntriesByName(mark).length > before
    && document.querySelectorAll('table tbody tr[aria-rowindex]').length >= rows, { mark: ANSWER, before, rows });
}

/**
 * The leads manager with 10,000 leads: ms from the leadsList answer reaching the page to its first row painted,
 * at 100 a page and in "All"; then frames per second while "All" scrolls from the first lead to the last, and
 * how long the last lead then takes to show.
 */
export async function measureLeads(context: BrowserContext, extensionId: string, sandboxUrl: string, runs: number) {
  await fetch(`${sandboxUrl}/__sandbox/seed-leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ listName: 'Bench', count: TOTAL }),
  });
  const page = await context.newPage();
  // When each leadsList answer reaches the page (Chromium's own promise-returning sendMessage, as the polyfill uses it).
  await page.addInitScript((mark) => {
    const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
    const send = runtime.sendMessage.bind(runtime) as (...args: unknown[]) => unknown;
    (runtime as { sendMessage: unknown }).sendMessage = (...args: unknown[]) => {
      const reply = send(...args);
      const message = args.find((a) => typeof a === 'object' && a !== null) as { type?: string } | undefined;
      if (message?.type !== 'leadsList' || !(reply instanceof Promise)) return reply;
      return reply.then((value: unknown) => {
        performance.mark(mark);
        return value;
      });
    };
  }, ANSWER);
  await page.addInitScript(() => {
    const paints: number[] = [];
    (window as unknown as { benchPaints: number[] }).benchPaints = paints;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) paints.push((e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime);
    }).observe({ type: 'element', buffered: true });
  });
  const firstPage: number[] = [];
  const firstAll: number[] = [];
  const fps: number[] = [];
  const longestFrame: number[] = [];
  const lastShown: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await page.goto(`chrome-extension://${extensionId}/leads.html`);
      const table = page.getByRole('table', { name: 'Leads' });
      await table.locator('tbody tr').first().waitFor();
      await choose(page, String(PAGE_SIZE), PAGE_SIZE);
      firstPage.push(await answerToFirstRow(page));
      // Back to 25, so that "All" asks its first page anew (the same query as 100 a page).
      await choose(page, '25', 25);
      await choose(page, 'all', 1);
      firstAll.push(await answerToRowsInFrame(page));
      const scrolled = await page.evaluate<{ fps: number; longest: number }>(SCROLL_ALL);
      fps.push(scrolled.fps);
      longestFrame.push(scrolled.longest);
      const bottom = Date.now();
      await table.locator(`tr[aria-rowindex="${TOTAL + 1}"]`).getByRole('button').waitFor();
      lastShown.push(Date.now() - bottom);
    }
  } finally {
    await page.close();
  }
  return { firstPage, firstAll, fps, longestFrame, lastShown, total: TOTAL, pageSize: PAGE_SIZE };
}

/** The bench's lines for the leads manager, with the targets. */
export function leadsRows(leads: Awaited<ReturnType<typeof measureLeads>>, runs: number): Row[] {
  const ms = (values: number[]) => spread(values, ' ms');
  const met = (pass: boolean) => (pass ? 'met' : 'NOT met');
  return [
    [`Leads manager: answer → first ${leads.pageSize} rows visible (${runs} runs)`, ms(leads.firstPage).text, '≤ 100 ms', met(spread(leads.firstPage).median <= 100)],
    [`Leads manager, "All" (${leads.total} leads): answer → frame that paints the first rows`, ms(leads.firstAll).text, '≤ 100 ms', met(spread(leads.firstAll).median <= 100)],
    [`  scrolling all ${leads.total} rows top to bottom in ${SCROLL_MS / 1000} s: frames per second`, spread(leads.fps, ' fps').text, '≥ 60 fps (≥ 58 median)', met(spread(leads.fps).median >= 58)],
    ['  longest frame of that scroll', ms(leads.longestFrame).text, '—', ''],
    ['  scroll ended → last lead shown', ms(leads.lastShown).text, '—', ''],
  ];
}
