// `npm run icons`: renders Quarry's mark (assets/icon/*.svg) to the PNG sizes the browsers and stores ask for,
// under public/icon/ (committed, so a build needs no renderer). Debian's Chromium draws the SVGs: the same
// browser the tests use, nothing downloaded.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from '../e2e/support/constants';

/** Source SVG → the sizes made from it: toolbar 16/32, extensions page 48, store 128. */
const ICONS: { source: string; output: (size: number) => string; sizes: number[] }[] = [
  { source: 'quarry.svg', output: (size) => `${size}.png`, sizes: [16, 32, 48, 128] },
  // Firefox's theme_icons: a dark glyph for light toolbars, a light one for dark toolbars.
  { source: 'toolbar-dark.svg', output: (size) => `toolbar-dark-${size}.png`, sizes: [16, 32] },
  { source: 'toolbar-light.svg', output: (size) => `toolbar-light-${size}.png`, sizes: [16, 32] },
];

async function main() {
  const outDir = resolve('public/icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    const svg = readFileSync(resolve('assets/icon', icon.source), 'utf8');
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of icon.sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${dataUrl}" width="${size}" height="${size}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const path = resolve(outDir, icon.output(size));
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(path);
    }
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
