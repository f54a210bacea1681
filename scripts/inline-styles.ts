import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The popup's and the card's one stylesheet, written into their page at build time: a classic script waits for
// the stylesheets before it runs, so one file fewer to fetch is the script running sooner. Extension pages may
// hold inline styles (their CSP limits scripts, not styles).

/** Pages of the build and the stylesheet each links, both relative to the build directory. */
export const INLINED_STYLES = { 'popup.html': 'assets/popup-main.css', 'card.html': 'assets/card.css' } as const;

/** Replaces a page's link to `stylesheet` with its text; throws when the page does not link it (the build changed). */
export function inlineStylesheet(html: string, stylesheet: string, css: string): string {
  const link = new RegExp(`<link rel="stylesheet" href="/${stylesheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
  if (!link.test(html)) throw new Error(`The page does not link /${stylesheet}: nothing to inline`);
  if (css.includes('</style')) throw new Error(`/${stylesheet} would end its own <style> element`);
  return html.replace(link, () => `<style>${css.trim()}</style>`);
}

/** Inlines INLINED_STYLES in a finished build and removes the stylesheet files; returns their paths. */
export function inlineBuildStyles(outDir: string): string[] {
  for (const [page, stylesheet] of Object.entries(INLINED_STYLES)) {
    const path = join(outDir, page);
    writeFileSync(path, inlineStylesheet(readFileSync(path, 'utf8'), stylesheet, readFileSync(join(outDir, stylesheet), 'utf8')));
    rmSync(join(outDir, stylesheet));
  }
  return Object.values(INLINED_STYLES);
}
