import type { ElementHandle, Page } from 'puppeteer-core';

const POLL_MS = 100;
export const TIMEOUT_MS = Number(process.env.QUARRY_FIREFOX_TIMEOUT ?? 10_000);

/**
 * Polls `condition` until it returns something truthy; an evaluate that throws (a page still loading) counts
 * as not yet. No fixed sleeps: each wait ends on a condition or fails saying what it waited for.
 */
export async function until<T>(condition: () => Promise<T> | T, what: string, timeoutMs = TIMEOUT_MS): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : String(last)})`);
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** The element with this ARIA role and accessible name, as a user finds it (waits for it to appear). */
export function byRole(scope: Page | ElementHandle, role: string, name: string): Promise<ElementHandle> {
  const selector = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
  return until(() => scope.$(selector), `${role} "${name}"`);
}

/**
 * The form control with this accessible name, as a user finds it by its label. Firefox gives a password box
 * no textbox role, so the name alone picks it (the label itself shares the name: the control is taken).
 */
export function byLabel(scope: Page | ElementHandle, name: string): Promise<ElementHandle> {
  const selector = `::-p-aria([name=${JSON.stringify(name)}])`;
  return until(async () => {
    for (const element of await scope.$$(selector)) {
      if (await element.evaluate((node) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(node.nodeName))) return element;
    }
    return null;
  }, `the box labelled "${name}"`);
}

/** The visible text of an element (innerText: what is on screen, without hidden nodes). */
export function textOf(element: ElementHandle): Promise<string> {
  return element.evaluate((node) => (node as HTMLElement).innerText);
}

/** Waits until the element's visible text matches. */
export async function untilText(element: ElementHandle, pattern: RegExp): Promise<string> {
  return until(async () => {
    const text = await textOf(element);
    return pattern.test(text) ? text : null;
  }, `text ${pattern}`);
}
