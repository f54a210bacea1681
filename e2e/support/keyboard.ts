import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user would; fails after `max`
 * presses, naming where focus went, so an unreachable control is a clear failure, never a hang.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  const visited: string[] = [];
  for (let press = 0; press <= max; press++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false)) return;
    if (press === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    visited.push(await page.evaluate(() => {
      const active = document.activeElement;
      return active ? `${active.tagName.toLowerCase()} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';
    }));
  }
  expect(visited, `${back ? 'Shift+Tab' : 'Tab'} never reached ${target}`).toEqual(['(the target)']);
}

/** Types into the control that has focus, replacing what it held (select all, then type). */
export async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
