import type { Server } from 'node:https';
import { after, afterEach, before, beforeEach, it } from 'node:test';
import { resolve } from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CERT_DIR, SANDBOX_PORT, SANDBOX_URL, SITE_PORT } from '../../e2e/support/constants';
import { SandboxControl } from '../../e2e/support/sandbox-control';
import { startSiteServer } from '../../e2e/support/site-server';
import { QuarryFirefox } from './firefox';

export interface FirefoxSuite {
  firefox: QuarryFirefox;
  sandbox: SandboxControl;
}

/**
 * One Firefox for a file's tests (a launch costs seconds on two cores), a sandbox reset and fresh tabs for each
 * test. A failing test prints what Firefox logged as errors for Quarry's pages and the sites.
 * Call inside a `describe`; `test` runs one test with the suite.
 */
export function useFirefox(extensionDir: string): { test(name: string, body: (suite: FirefoxSuite) => Promise<void>): void } {
  let sandboxServer: Sandbox;
  let sites: Server;
  let suite: FirefoxSuite;

  before(async () => {
    sandboxServer = await startSandbox({ port: SANDBOX_PORT });
    sites = await startSiteServer(resolve('e2e/sites'), SITE_PORT, CERT_DIR);
    suite = { firefox: await QuarryFirefox.launch(extensionDir), sandbox: new SandboxControl(SANDBOX_URL) };
  });
  beforeEach(() => suite.sandbox.reset());
  afterEach(async () => {
    await suite.firefox.closeToolbarPopup();
    // Tabs the test opened; the first one stays so the window does not close.
    const [, ...opened] = await suite.firefox.browser.pages();
    await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
  });
  after(async () => {
    await suite?.firefox.close();
    await sandboxServer?.close();
    await new Promise((done) => (sites ? sites.close(done) : done(undefined)));
  });

  return {
    test(name, body) {
      it(name, async () => {
        const errorsBefore = suite.firefox.consoleErrors().length;
        try {
          await body(suite);
        } catch (error) {
          const errors = suite.firefox.consoleErrors().slice(errorsBefore);
          console.error(`Firefox console errors during "${name}":\n${errors.length ? errors.join('\n') : '(none)'}`);
          throw error;
        }
      });
    },
  };
}
