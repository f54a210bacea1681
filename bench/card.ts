import type { BrowserContext, Frame, Page } from '@playwright/test';
import { MenuTools } from '../e2e/pages/menu-tools';
import { ADDRESS_MARK } from './popup-timing';

/** The browser's paint time of the first marked element of a frame, as epoch ms; null until painted. */
function paintedAt(frame: Frame, mark: string): Promise<number | null> {
  return frame.evaluate((name) => new Promise<number | null>((done) => {
    const observer = new PerformanceObserver((list) => {
      const times = list.getEntries().filter((e) => (e as PerformanceEntry & { identifier: string }).identifier === name)
        .map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime);
      if (times.length) {
        observer.disconnect();
        done(performance.timeOrigin + Math.min(...times));
      }
    });
    observer.observe({ type: 'element', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      done(null);
    }, 100);
  }), mark).catch(() => null);
}

/**
 * Right-click "Find email" on a name, through the e2e build's menu hook: ms from the click to the card's address
 * painted in the page, each run a cache miss (the finder's answer would otherwise come from the cache).
 */
export async function measureCard(context: BrowserContext, control: Page, site: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  let previous: Frame | undefined;
  for (let run = 0; run < runs; run++) {
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'clearCache', data: null }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await site.bringToFront();
    const selected = await MenuTools.select(site, '#recruiter');
    const clickedAt = await worker.evaluate(async ({ url, selectionText }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      const hook = (globalThis as { __quarryTest?: { clickMenu(info: unknown, tab: unknown): Promise<void> } }).__quarryTest!;
      const at = performance.timeOrigin + performance.now();
      void hook.clickMenu({ menuItemId: 'quarry-find-person', pageUrl: url, frameId: 0, editable: false, selectionText }, tab);
      return at;
    }, { url: site.url(), selectionText: selected });
    const card = await MenuTools.card(site, previous);
    previous = card;
    const deadline = Date.now() + 15_000;
    let painted: number | null = null;
    while (painted === null && Date.now() < deadline) painted = await paintedAt(card, ADDRESS_MARK);
    if (painted === null) throw new Error('The card never showed an address');
    times.push(painted - clickedAt);
  }
  return times;
}
