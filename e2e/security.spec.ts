import { expect, test } from './support/fixtures';

test.describe('the key stays in the background', () => {
  test("a web page's script cannot reach the background or read the key", async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    const outcome = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: Function } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        const reply = await new Promise((resolve, reject) => {
          try {
            runtime.sendMessage!(id, { type: 'getKeyStatus', data: null }, resolve);
          } catch (error) {
            reject(error);
          }
        });
        return `answered: ${JSON.stringify(reply)}`;
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, extensionId);
    expect(outcome).not.toContain('answered: {');
    const pageStorage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + (globalThis.indexedDB ? 'idb' : ''));
    expect(pageStorage).not.toContain('sandbox-demo-key');
  });

  test('a content script may not ask for the key status or call the API', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    const replies = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.stripe.com/*' });
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: async () => ({
          status: await chrome.runtime.sendMessage({ type: 'getKeyStatus', data: null }),
          search: await chrome.runtime.sendMessage({ type: 'domainSearch', data: { domain: 'stripe.com' } }),
          storage: await chrome.storage.local.get(null),
        }),
      });
      return results[0]!.result as { status: unknown; search: unknown; storage: Record<string, unknown> };
    });
    expect(replies.status).toMatchObject({ ok: false, error: { kind: 'not_allowed' } });
    expect(replies.search).toMatchObject({ ok: false, error: { kind: 'not_allowed' } });
    expect(JSON.stringify(replies.storage)).not.toContain('sandbox-demo-key');
  });
});
