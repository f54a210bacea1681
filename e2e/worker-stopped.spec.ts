import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PopupPage } from './pages/popup-page';
import { PopupTools } from './pages/popup-tools';

// The browser may stop Quarry's MV3 worker at any moment (here on purpose, through the DevTools protocol). A paid
// question out at that moment has its answer lost with the worker, and the API may have counted it: Quarry never
// sends it twice on its own. The popup asks again; the new worker answers from the cache when the answer had
// landed, polls a verification on to its verdict (the docs count polls of one verification once), and otherwise
// says the question was interrupted and offers "Try again".
// The save case lives with the outbox: e2e/outbox.spec.ts "the worker stopped right after Save still delivers it,
// exactly once".

/** Stops every service worker, as Chromium does to an idle one (DevTools protocol; see RECIPES). */
async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The worker has no paid question out any more (its answer is in the cache): the marks are gone. */
async function nothingOut(serviceWorker: Worker): Promise<boolean> {
  return serviceWorker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).every((name) => !name.startsWith('asked:')));
}

type Usage = Record<string, { searches: { used: number }; verifications: { used: number } }>;

test.describe('the worker stopped mid-way', () => {
  test('while a verification is polled (202, 202, then the verdict): the verdict shows, one verification counted', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    const usage = async () => ((await sandbox.state()) as unknown as { usage: Usage }).usage['sandbox-demo-key']!.verifications.used;
    const before = await usage();
    const polls = async () => (await sandbox.requests('/v2/email-verifier')).map((r) => r.status);
    await popup.verify('slow.patrick@stripe.com');
    await expect(popup.verifier.getByRole('status')).toContainText('Verifying');
    // Two 202s in: the worker is waiting to poll again when it is stopped.
    await expect.poll(polls).toEqual([202, 202]);
    await stopWorker(context, popup.page);

    await expect(popup.verifier.getByText('Valid', { exact: true })).toBeVisible({ timeout: 20_000 });
    expect(await polls()).toEqual([202, 202, 200]);
    expect(await usage()).toBe(before + 1);
  });

  test('while a paid search is out: it is not sent again on its own; the popup says so and "Try again" asks once', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const site = await context.newPage();
    await site.goto('https://www.stripe.com/jobs');
    await site.bringToFront();
    await sandbox.failNext({ path: '/v2/domain-search', status: 200, hang: true });
    const tabId = await PopupPage.activeTabId(serviceWorker);
    const popup = await PopupPage.openForTab(context, extensionId, tabId);
    await expect.poll(async () => (await sandbox.requests('/v2/domain-search')).length).toBe(1);
    await stopWorker(context, popup.page);

    const alert = popup.alerts.filter({ hasText: 'stopped Quarry’s background before the answer came back' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(popup.rows).toHaveCount(10);
    expect((await sandbox.requests('/v2/domain-search')).map((r) => r.status)).toEqual([null, 200]);
  });

  test('after the search answer is cached but before the popup got it: the popup shows it, with no second search', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const site = await context.newPage();
    await site.goto('https://www.stripe.com/jobs');
    await site.bringToFront();
    // The free count hangs, so the opening's reply waits while the paid search is answered and cached.
    await sandbox.failNext({ path: '/v2/email-count', status: 200, hang: true });
    const tabId = await PopupPage.activeTabId(serviceWorker);
    const popup = await PopupPage.openForTab(context, extensionId, tabId);
    await expect.poll(async () => (await sandbox.requests('/v2/domain-search')).map((r) => r.status)).toEqual([200]);
    await expect.poll(() => nothingOut(serviceWorker)).toBe(true);
    await stopWorker(context, popup.page);

    await expect(popup.rows).toHaveCount(10, { timeout: 20_000 });
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);
    const again = await PopupPage.openForTab(context, extensionId, tabId);
    await expect(again.rows).toHaveCount(10);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);
  });
});

