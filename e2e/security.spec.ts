import { resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { MenuTools } from './pages/menu-tools';

// A web page has no `chrome.runtime` to ask Quarry with; what can really knock on the background is another
// extension (its worker or its content script), Quarry's own isolated world in a page, and the page talking to
// the in-page card. Each is tried here, and the sandbox's request log says whether anything was spent or saved.

const PRYING_EXTENSION = resolve('e2e/fixtures/prying-extension');

async function pryingWorker(context: BrowserContext): Promise<Worker> {
  const isPrying = (worker: Worker) => worker.url().endsWith('/prying.js');
  return context.serviceWorkers().find(isPrying) ?? context.waitForEvent('serviceworker', { predicate: isPrying });
}

type Pry = { pry: { fromWorker(id: string): Promise<string[]>; fromContentScript(id: string, url: string): Promise<string[]> } };

test.describe('another extension in the same browser', () => {
  test.use({ otherExtensions: [PRYING_EXTENSION] });

  test('gets no answer from Quarry’s background, from its worker or its content script, and spends nothing', async ({ context, serviceWorker, extensionId, sandbox }) => {
    expect(serviceWorker.url()).toContain(extensionId);
    const prying = await pryingWorker(context);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');

    const fromWorker = await prying.evaluate((id) => (globalThis as unknown as Pry).pry.fromWorker(id), extensionId);
    const fromContentScript = await prying.evaluate(
      ({ id, url }) => (globalThis as unknown as Pry).pry.fromContentScript(id, url),
      { id: extensionId, url: page.url() },
    );
    // Five questions, each by message and by port, from both places: every one refused before any handler ran.
    for (const answers of [fromWorker, fromContentScript]) {
      expect(answers).toHaveLength(10);
      for (const answer of answers) expect(answer).toMatch(/^(message|port) \w+: (?!answered)|answered \{"ok":false,"error":\{"kind":"not_allowed"/);
    }
    expect(await sandbox.requests('/v2/')).toEqual([]);
    expect((await sandbox.state()).leads.filter((lead) => lead.email === 'pried@stripe.com')).toEqual([]);
  });
});

test.describe('Quarry’s own isolated world in a page', () => {
  test('a content script may not ask for the key status or call the API', async ({ context, serviceWorker, sandbox }) => {
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    const replies = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.stripe.com/*' });
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: async () => ({
          status: await chrome.runtime.sendMessage({ type: 'getKeyStatus', data: null }),
          search: await chrome.runtime.sendMessage({ type: 'domainSearch', data: { domain: 'stripe.com' } }),
          save: await chrome.runtime.sendMessage({ type: 'saveLead', data: { draft: { email: 'pried@stripe.com', first_name: 'M', last_name: 'M' }, listId: null } }),
          storage: await chrome.storage.local.get(null),
        }),
      });
      return results[0]!.result as { status: unknown; search: unknown; save: unknown; storage: Record<string, unknown> };
    });
    expect(replies.status).toMatchObject({ ok: false, error: { kind: 'not_allowed' } });
    expect(replies.search).toMatchObject({ ok: false, error: { kind: 'not_allowed' } });
    expect(replies.save).toMatchObject({ ok: false, error: { kind: 'not_allowed' } });
    expect(JSON.stringify(replies.storage)).not.toContain('sandbox-demo-key');
    expect(await sandbox.requests('/v2/')).toEqual([]);
  });
});

test.describe('the page around the in-page card', () => {
  test('never hears from the card, and what it posts to the card changes nothing', async ({ context, serviceWorker, sandbox }) => {
    const menu = new MenuTools(serviceWorker);
    const page = await context.newPage();
    await page.goto('https://www.stripe.com/jobs');
    // The page listens for anything posted to its window, as a page fishing for the card's window would.
    await page.evaluate(() => {
      const heard: string[] = [];
      const sources: MessageEventSource[] = [];
      Object.assign(window, { heard, sources });
      addEventListener('message', (event) => {
        heard.push(JSON.stringify(event.data));
        if (event.source && event.source !== window) sources.push(event.source);
      });
    });
    await menu.click(page, 'quarry-find-person', { selectionText: await MenuTools.select(page, '#recruiter') });
    const card = await MenuTools.card(page);
    const answer = card.getByRole('article', { name: 'Address found' });
    await expect(answer).toContainText('ada@stripe.com');
    // The card has sized itself by now (its frame is taller than the 240 px it starts at)…
    await expect.poll(() => page.locator('quarry-card').evaluate((host) => host.getBoundingClientRect().height)).not.toBe(240);
    // …without a word to the page.
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);

    // The page posts to every window it can reach (the closed shadow root keeps the card's frame out of
    // window.frames; a message from the card would have handed it over): a fake line, requests, and "close".
    const reached = await page.evaluate(() => {
      const heardFrom = (window as unknown as { sources: Window[] }).sources;
      const targets = [window, ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i]!), ...heardFrom];
      for (const target of targets) {
        target.postMessage({ quarryCard: 'port', token: '0'.repeat(32) }, '*', [new MessageChannel().port2]);
        target.postMessage({ quarryCard: 'close' }, '*');
        target.postMessage({ type: 'saveLead', data: { draft: { email: 'pried@stripe.com' }, listId: null } }, '*');
        target.postMessage({ type: 'emailVerifier', data: { email: 'ada@stripe.com' } }, '*');
      }
      return targets.length;
    });
    expect(reached).toBe(1);
    await expect(answer).toContainText('ada@stripe.com');
    await expect(page.locator('quarry-card')).toHaveCount(1);
    // Only the card's own calls: the one search that answered the menu and the free read of the lists; no
    // verification, no write.
    const calls = await sandbox.requests('/v2/');
    expect(calls.filter((r) => r.path !== '/v2/leads_lists').map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v2/email-finder']);
    expect(calls.filter((r) => r.method !== 'GET')).toEqual([]);
    expect((await sandbox.state()).leads.filter((lead) => lead.email === 'pried@stripe.com')).toEqual([]);

    // The card's own line to its host still works: its Close button removes it.
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('quarry-card')).toHaveCount(0);
    // Only what the page posted to itself was ever heard.
    expect((await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).every((m) => !m.includes('height'))).toBe(true);
  });
});
