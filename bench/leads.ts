import type { BrowserContext } from '@playwright/test';

const TOTAL = 10_000;
const PAGE_SIZE = 100;
const ANSWER = 'bench-leads-answer';
// Scrolls the page from top to bottom over one second, one step a frame; answers frames per second. A string:
// tsx would wrap named inner functions in a helper the page does not have.
const SCROLL_FOR_A_SECOND = `new Promise((done) => {
  const height = document.documentElement.scrollHeight - innerHeight;
  const started = performance.now();
  let frames = 0;
  function step(now) {
    frames++;
    const progress = Math.min(1, (now - started) / 1000);
    scrollTo(0, height * progress);
    if (progress < 1) requestAnimationFrame(step);
    else done((frames * 1000) / (now - started));
  }
  requestAnimationFrame(step);
})`;

/**
 * The leads manager with 10,000 leads: ms from the leadsList answer reaching the page to its first row painted,
 * at 100 a page; then frames per second while the page of rows scrolls from top to bottom.
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
  const firstPage: number[] = [];
  const fps: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await page.goto(`chrome-extension://${extensionId}/leads.html`);
      const table = page.getByRole('table', { name: 'Leads' });
      await table.locator('tbody tr').first().waitFor();
      const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, ANSWER);
      await page.getByRole('combobox', { name: 'Leads per page' }).selectOption(String(PAGE_SIZE));
      await page.waitForFunction(({ mark, before, size }) => performance.getEntriesByName(mark).length > before
        && document.querySelectorAll('table tbody tr').length >= size, { mark: ANSWER, before, size: PAGE_SIZE });
      firstPage.push(await page.evaluate((mark) => new Promise<number>((done) => {
        const answered = performance.getEntriesByName(mark).at(-1)!.startTime;
        new PerformanceObserver((list) => {
          const painted = list.getEntries().map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime)
            .filter((time) => time >= answered);
          if (painted.length) done(Math.min(...painted) - answered);
        }).observe({ type: 'element', buffered: true });
      }), ANSWER));
      fps.push(await page.evaluate<number>(SCROLL_FOR_A_SECOND));
    }
  } finally {
    await page.close();
  }
  return { firstPage, fps, total: TOTAL, pageSize: PAGE_SIZE };
}
