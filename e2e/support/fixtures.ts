import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { SANDBOX_URL } from './constants';
import { launchWithQuarry } from './launch';
import { SandboxControl } from './sandbox-control';

export interface QuarryFixtures {
  /** Other unpacked extensions to load beside Quarry (`test.use({ otherExtensions: [...] })`). */
  otherExtensions: string[];
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
  otherExtensions: [[], { option: true }],
  context: async ({ sandbox: _resetFirst, otherExtensions }, use) => {
    const context = await launchWithQuarry({ otherExtensions });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    // Quarry's worker is background.js; other extensions' workers are named otherwise.
    const isQuarry = (worker: Worker) => worker.url().endsWith('/background.js');
    const worker = context.serviceWorkers().find(isQuarry) ?? (await context.waitForEvent('serviceworker', { predicate: isQuarry }));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
