// Every Firefox internal the Firefox suites rely on, in one place: how Debian's firefox-esr is launched with
// Quarry installed, how its sites are reached, and the chrome-scope calls that stand in for a user's hands on
// the toolbar button and the right-click menu. Driven by puppeteer-core over WebDriver BiDi (no geckodriver).
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SITE_HOSTS, SITE_PORT } from '../../e2e/support/constants';
import { until } from './wait';

export const FIREFOX = process.env.QUARRY_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'quarry@quarry.dev';
/** The extension's origin, fixed through a pref so pages can be opened by URL. */
export const EXTENSION_UUID = '7c0a3f52-9d1e-4c6b-8f20-5a1e9b3d0c11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const E2E_BUILD = resolve('.output/firefox-mv2-e2e');
export const SHIPPED_BUILD = resolve('.output/firefox-mv2');

/**
 * Firefox maps host names to an address but never to a port, so the test sites are reached through a local
 * proxy: a CONNECT to one of SITE_HOSTS is tunnelled to the site server, anything else is refused (Firefox's own
 * background requests included: it stays off the network). Loopback (the sandbox) is never proxied.
 */
function startSiteProxy(sitePort: number): Promise<Server> {
  const proxy = createServer((_req, res) => res.writeHead(403).end());
  proxy.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!SITE_HOSTS.includes(host ?? '') || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    const upstream = connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((done) => proxy.listen(0, '127.0.0.1', () => done(proxy)));
}

/** Lines of Firefox's output that are errors of Quarry's pages or of the sites, not the browser's own noise. */
function isPageError(line: string): boolean {
  return /console\.error|JavaScript error: (moz-extension|https):|Uncaught/.test(line) && !/NavigationManager|RSLoader|resource:\/\/|chrome:\/\//.test(line);
}

export class QuarryFirefox {
  private readonly output: string[] = [];

  private constructor(readonly browser: Browser, private readonly proxy: Server) {
    const record = (chunk: Buffer) => this.output.push(...chunk.toString().split('\n').filter(isPageError));
    browser.process()?.stdout?.on('data', record);
    browser.process()?.stderr?.on('data', record);
  }

  /** firefox-esr, headless, with `extensionDir` installed as a temporary add-on under EXTENSION_ORIGIN. */
  static async launch(extensionDir: string, { sitePort = SITE_PORT } = {}): Promise<QuarryFirefox> {
    const proxy = await startSiteProxy(sitePort);
    const proxyPort = (proxy.address() as { port: number }).port;
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // The test sites' certificate is self-signed.
      acceptInsecureCerts: true,
      // Without it BiDi refuses to navigate to moz-extension:// pages or reach the browser's own window.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        // Extension pages' console goes to Firefox's output, where a failing test reads it.
        'devtools.console.stdout.content': true,
      },
    });
    const firefox = new QuarryFirefox(browser, proxy);
    await browser.installExtension(extensionDir);
    return firefox;
  }

  /** Errors Firefox printed for Quarry's pages and the sites since launch: what a failing test shows. */
  consoleErrors(): string[] {
    return [...this.output];
  }

  /**
   * Opens an extension page (`options.html`, `popup.html?tab=3`…) in a new tab. Extension pages send no BiDi
   * navigation events (Firefox bug 1755014), so goto never settles: start it, then poll the page itself.
   */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    void page.goto(url).catch(() => undefined);
    await until(() => page.evaluate((want) => location.href === want && document.readyState === 'complete', url), `${path} to load`);
    return page;
  }

  /** Opens a test site in a new tab and brings it to the front, as the tab a user is looking at. */
  async openSite(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  /** The id Firefox gives the tab showing `url` (asked from an extension page, which has the whole browser.* API). */
  async tabIdOf(extensionPage: Page, url: string): Promise<number> {
    return extensionPage.evaluate(async (want) => {
      const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
      const tab = tabs.find((t) => t.url === want);
      if (!tab?.id) throw new Error(`no tab for ${want}`);
      return tab.id;
    }, url);
  }

  /** Runs `expression` in the browser window itself (chrome scope), where the toolbar and menus live. */
  private async inChrome(expression: string): Promise<unknown> {
    const connection = (this.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: never }> } }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = (tree.result as { contexts: Array<{ context: string }> }).contexts[0];
    if (!window) throw new Error('No browser window in chrome scope');
    const reply = await connection.send('script.evaluate', {
      expression, target: { context: window.context }, awaitPromise: true, 'moz:scope': 'chrome',
    });
    const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails?.text}`);
    return result.result?.value;
  }

  /**
   * The real toolbar click on Quarry's button for the front tab: Firefox opens the popup and grants activeTab
   * to that tab, exactly as a user's click does.
   */
  async clickToolbarButton(site: Page): Promise<void> {
    await site.bringToFront();
    // A click while the popup is open closes it: start from a closed one, as a user looking at the page does.
    await this.closeToolbarPopup();
    await this.inChrome(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    })()`);
  }

  /**
   * The real right-click menu: a right-click on `selector` in the site (after selecting its text when asked),
   * then the Quarry item whose menu id is `itemId`, activated as a click on it would.
   */
  async clickMenuItem(site: Page, selector: string, itemId: string, { selectText = false } = {}): Promise<void> {
    await site.bringToFront();
    if (selectText) {
      await site.$eval(selector, (element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
    }
    const box = await (await site.$(selector))!.boundingBox();
    if (!box) throw new Error(`${selector} is not visible`);
    await site.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const found = await until(() => this.inChrome(`(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      if (menu.state !== 'open') return null;
      const item = [...menu.querySelectorAll('menuitem')].find((i) => i.id.endsWith(${JSON.stringify(`-menuitem-_${itemId}`)}) && !i.hidden);
      if (!item) return null;
      menu.activateItem(item);
      return item.id;
    })()`), `the context menu with ${itemId}`);
    if (!found) throw new Error(`No ${itemId} in the context menu`);
  }

  /**
   * The toolbar popup, read from another extension page (`extensionPage`): puppeteer cannot reach the popup
   * itself, but the extension's own pages see its document. Returns the text of `selector` in it (the whole
   * popup by default), or null while no popup is open or nothing matches.
   */
  async toolbarPopupText(extensionPage: Page, selector = 'body'): Promise<string | null> {
    return extensionPage.evaluate((css) => {
      const [view] = (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews({ type: 'popup' });
      const element = view?.document.querySelector<HTMLElement>(css);
      return element ? element.innerText : null;
    }, selector);
  }

  /** Clicks the element matching `selector` in the toolbar popup (a DOM click: the panel takes no BiDi input). */
  async clickInToolbarPopup(extensionPage: Page, selector: string): Promise<void> {
    await until(() => extensionPage.evaluate((css) => {
      const [view] = (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews({ type: 'popup' });
      const element = view?.document.querySelector<HTMLElement>(css);
      element?.click();
      return Boolean(element);
    }, selector), `${selector} in the toolbar popup`);
  }

  /** Closes the toolbar popup if one is open (its panel in the browser window). */
  async closeToolbarPopup(): Promise<void> {
    await this.inChrome(`[...document.querySelectorAll('browser.webextension-popup-browser')].forEach((b) => b.closest('panel')?.hidePopup())`);
  }

  /** Whether the toolbar popup is open. */
  async toolbarPopupOpen(extensionPage: Page): Promise<boolean> {
    return extensionPage.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews({ type: 'popup' }).length > 0);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise((done) => this.proxy.close(done));
  }
}
