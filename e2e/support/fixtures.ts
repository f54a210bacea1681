import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR, SANDBOX_URL, SITE_HOSTS, SITE_PORT } from './constants';
import { SandboxControl } from './sandbox-control';

export interface QuarryFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  sandbox: SandboxControl;
}

/** Each test gets a fresh Chromium profile with the test build loaded, and a freshly reset sandbox. */
export const test = base.extend<QuarryFixtures>({
  sandbox: async ({}, use) => {
    const control = new SandboxControl(SANDBOX_URL);
    await control.reset();
    await use(control);
  },
  context: async ({ sandbox: _resetFirst }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--ignore-certificate-errors',
        `--host-resolver-rules=${SITE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${SITE_PORT}`).join(', ')}`,
      ],
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
