import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import axe from 'axe-core';

/** Every WCAG 2.x A/AA rule axe has, and its best practices (heading order, landmarks, …). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);
/**
 * What axe could not decide ("needs review") counts too, except contrast: axe leaves undecided the text it
 * cannot see whole (scrolled under a sticky bar, or off screen), which a human would judge by the visible rows.
 */
const UNDECIDABLE = new Set(['color-contrast']);

type Finding = axe.Result;
interface Findings { violations: Finding[]; incomplete: Finding[] }

function describe(findings: Finding[], kind: string): string[] {
  return findings.map((v) => `${v.impact} ${v.id} (${kind}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** A frame axe cannot reach from its page (the card lives in a closed shadow root): axe runs inside it. */
async function analyzeFrame(frame: Frame): Promise<Findings> {
  await frame.evaluate(axe.source);
  return frame.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const { violations, incomplete } = await run(document, { runOnly: { type: 'tag', values: tags } });
    return { violations, incomplete };
  }, TAGS);
}

async function analyze(page: Page, frame?: Frame): Promise<Findings> {
  if (frame) return analyzeFrame(frame);
  return new AxeBuilder({ page }).withTags(TAGS).analyze();
}

/**
 * No serious or critical axe violation on what the page shows now, in light and in dark (contrast included),
 * e.g. `await expectAccessible(popup.page, 'popup: finder answer')`. The page is left in the light scheme.
 */
export async function expectAccessible(page: Page, state: string, frame?: Frame): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The scheme must reach what axe looks at (the card's frame too), or "dark" would check light twice.
    const scheme = await (frame ?? page.mainFrame()).evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
    expect(scheme, `${state}: the page follows the ${colorScheme} scheme`).toBe(colorScheme);
    const { violations, incomplete } = await analyze(page, frame);
    const blocking = [
      ...describe(violations.filter((v) => BLOCKING.has(v.impact ?? '')), 'violation'),
      ...describe(incomplete.filter((v) => BLOCKING.has(v.impact ?? '') && !UNDECIDABLE.has(v.id)), 'needs review'),
    ];
    expect(blocking, `${state} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
