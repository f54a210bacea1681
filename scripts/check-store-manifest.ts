// What the Chrome Web Store refuses or flags, checked on the built package (.output/chrome-mv3): icons at
// 16/48/128 that are real PNGs of that size, a description of at most 132 characters in every language, and no
// permission that the shipped code does not use. Each permission also needs its sentence in store/permissions.md.
// The listing's five screenshots (store/screenshots, made by `npm run demo`) must be there at 1280×800, each named
// in store/README.md, so none can silently vanish or change size.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUILD = resolve(process.argv[2] ?? '.output/chrome-mv3');
const DESCRIPTION_MAX = 132;
const SCREENSHOTS = resolve('store/screenshots');
/** The Chrome Web Store takes 1280×800 (or 640×400); addons.mozilla.org takes the same. */
const SCREENSHOT_SIZE = { width: 1280, height: 800 };
const SCREENSHOT_COUNT = 5;

/** What in the shipped JavaScript shows that a permission is used; a permission missing here is unused. */
const USED_BY: Record<string, RegExp> = {
  // WXT's storage module reaches it as browser.storage[area].
  storage: /\.storage\??(\.(local|session)\b|\[)/,
  contextMenus: /\.contextMenus\??\.create\b/,
  scripting: /\.scripting\??\.executeScript\b/,
  // No API of its own: it is what lets executeScript reach the tab the user clicked Quarry on.
  activeTab: /\.scripting\??\.executeScript\b/,
  alarms: /\.alarms\??\.create\b/,
  tabs: /\.permissions\??\.request\b/,
  'https://api.hunter.io/*': /https:\/\/api\.hunter\.io\//,
};

interface Manifest {
  description?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
}

function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function shippedScripts(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

function descriptions(manifest: Manifest): Record<string, string> {
  const key = /^__MSG_(\w+)__$/.exec(manifest.description ?? '')?.[1];
  if (!key) return { manifest: manifest.description ?? '' };
  const locales = readdirSync(join(BUILD, '_locales'));
  return Object.fromEntries(
    locales.map((lang) => {
      const messages = JSON.parse(readFileSync(join(BUILD, '_locales', lang, 'messages.json'), 'utf8'));
      return [lang, messages[key]?.message ?? ''];
    }),
  );
}

function problemsOf(manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const size of ['16', '48', '128']) {
    const file = manifest.icons?.[size];
    if (!file) {
      problems.push(`icons: no ${size}×${size} icon`);
      continue;
    }
    const found = pngSize(join(BUILD, file));
    if (!found || found.width !== Number(size) || found.height !== Number(size)) {
      problems.push(`icons: ${file} is not a ${size}×${size} PNG`);
    }
  }
  for (const [lang, text] of Object.entries(descriptions(manifest))) {
    if (!text) problems.push(`description (${lang}): empty`);
    if ([...text].length > DESCRIPTION_MAX) problems.push(`description (${lang}): ${[...text].length} characters, the store allows ${DESCRIPTION_MAX}`);
  }
  const code = shippedScripts(BUILD);
  const reasons = readFileSync(resolve('store/permissions.md'), 'utf8');
  const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? [])];
  for (const permission of asked) {
    const evidence = USED_BY[permission];
    if (!evidence) problems.push(`permission ${permission}: no known use (scripts/check-store-manifest.ts lists what uses each one)`);
    else if (!evidence.test(code)) problems.push(`permission ${permission}: the shipped code never uses it`);
    if (!reasons.includes(`\`${permission}\``)) problems.push(`permission ${permission}: no sentence in store/permissions.md says why`);
  }
  return problems;
}

/** The five store screenshots: `1-….png` to `5-….png`, 1280×800 PNGs, each named in store/README.md. */
function screenshotProblems(): string[] {
  const problems: string[] = [];
  const files = existsSync(SCREENSHOTS) ? readdirSync(SCREENSHOTS).filter((name) => name.endsWith('.png')).sort() : [];
  const readme = readFileSync(resolve('store/README.md'), 'utf8');
  for (let n = 1; n <= SCREENSHOT_COUNT; n++) {
    const found = files.filter((name) => name.startsWith(`${n}-`));
    if (found.length !== 1) problems.push(`screenshots: ${found.length === 0 ? 'no' : 'more than one'} store/screenshots/${n}-….png`);
  }
  for (const name of files) {
    const size = pngSize(join(SCREENSHOTS, name));
    if (!size || size.width !== SCREENSHOT_SIZE.width || size.height !== SCREENSHOT_SIZE.height) {
      problems.push(`screenshots: ${name} is ${size ? `${size.width}×${size.height}` : 'not a PNG'}, the stores take ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}`);
    }
    if (!readme.includes(`screenshots/${name}`)) problems.push(`screenshots: store/README.md does not name screenshots/${name}`);
  }
  if (files.length > SCREENSHOT_COUNT) problems.push(`screenshots: ${files.length} PNGs in store/screenshots, the listing uses ${SCREENSHOT_COUNT}`);
  return problems;
}

const manifest: Manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
const problems = [...problemsOf(manifest), ...screenshotProblems()];
for (const problem of problems) console.log(`store check: ${problem}`);
console.log(`Chrome Web Store check (${BUILD} and store/screenshots): ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
if (problems.length > 0) process.exit(1);
