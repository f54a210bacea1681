import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { SANDBOX_URL } from './constants';
import { launchWithQuarry } from './launch';
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
    const context = await launchWithQuarry();
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
