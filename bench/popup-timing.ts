import type { Page } from '@playwright/test';

/** The attribute value the popup puts on each address (Element Timing): the browser reports when it painted. */
export const ADDRESS_MARK = 'quarry-address';

export interface OpenTiming {
  /** ms from the openPopup() call to the popup page's navigation start: the browser's part. */
  browser: number;
  /** ms from navigation start to the first address painted: Quarry's part. */
  ours: number;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits for the toolbar popup (reached from Quarry's control page through chrome.extension.getViews: Playwright
 * cannot attach to it) to paint its first address; times relative to `calledAt` (epoch ms, high resolution).
 */
export async function firstPaintOf(control: Page, calledAt: number, mark = ADDRESS_MARK): Promise<OpenTiming> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const seen = await control.evaluate((name) => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0] as (Window & typeof globalThis) | undefined;
      if (!popup) return Promise.resolve(null);
      return new Promise<{ origin: number; painted: number | null }>((done) => {
        const observer = new popup.PerformanceObserver((list) => {
          const times = list.getEntries().filter((e) => (e as PerformanceEntry & { identifier: string }).identifier === name)
            .map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime);
          if (times.length) {
            observer.disconnect();
            done({ origin: popup.performance.timeOrigin, painted: Math.min(...times) });
          }
        });
        observer.observe({ type: 'element', buffered: true });
        popup.setTimeout(() => {
          observer.disconnect();
          done({ origin: popup.performance.timeOrigin, painted: null });
        }, 100);
      });
    }, mark).catch(() => null);
    if (seen?.painted != null) return { browser: seen.origin - calledAt, ours: seen.painted };
    await pause(seen ? 0 : 20);
  }
  throw new Error('The popup never showed an address');
}

/** Closes the toolbar popup and waits until it is gone. */
export async function closePopup(control: Page): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await control.evaluate(() => {
      const views = chrome.extension.getViews({ type: 'popup' });
      for (const view of views) view.close();
      return views.length > 0;
    });
    if (!open) return;
    await pause(20);
  }
  throw new Error('The popup did not close');
}
