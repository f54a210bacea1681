import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mergedLocaleFiles } from './scripts/locales';
import { inlineBuildStyles } from './scripts/inline-styles';

// Every build, the e2e/demo one too, is a production build of Preact (no debug hooks, no development JSX),
// so that the tests and the benchmark exercise what ships. WXT sets NODE_ENV to the mode ('e2e'), which
// Vite reads as "not production"; `wxt` dev mode stays a development build.
if (process.argv.includes('build') || process.argv.includes('zip')) process.env.NODE_ENV = 'production';

// Test and demo builds (`--mode e2e`) point at the local sandbox and may reach local test sites;
// nothing of that ships in the normal build.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The sandbox port baked into the e2e build (lib/build-mode.ts): two checkouts can test side by side.
    define: { __QUARRY_SANDBOX_PORT__: JSON.stringify(process.env.QUARRY_SANDBOX_PORT ?? '8787') },
    // Chrome and Firefox support modulepreload: the polyfill would be one more script in every page, the popup's too.
    build: { modulePreload: { polyfill: false } },
  }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push(...mergedLocaleFiles());
    },
    // The popup's and the card's stylesheet inside their page (scripts/inline-styles.ts); `wxt` dev serves its own.
    // Their files are gone from the build, so they leave the list WXT prints of it too.
    'build:done': (wxt, output) => {
      if (wxt.config.command !== 'build') return;
      const inlined = inlineBuildStyles(wxt.config.outDir);
      for (const step of output.steps) step.chunks = step.chunks.filter((chunk) => !inlined.includes(chunk.fileName));
    },
  },
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Quarry's mark (assets/icon/*.svg, rendered by `npm run icons`): the store and extensions page use 48/128.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Keyed by manifest version: WXT adds the popup to this key, and would drop an MV2 `action`.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
      // Firefox draws the one-colour glyph that suits the toolbar: `light` is the icon for dark themes.
      ...(browser === 'firefox' && {
        theme_icons: [16, 32].map((size) => ({
          light: `icon/toolbar-light-${size}.png`,
          dark: `icon/toolbar-dark-${size}.png`,
          size,
        })),
      }),
    },
    // alarms: the save-as-lead outbox retries after the MV3 worker has been stopped (its timers die with it).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    optional_permissions: ['tabs'],
    // The API only: every page read follows a popup open or a menu click, which grant activeTab (LinkedIn too).
    host_permissions: ['https://api.hunter.io/*', ...(mode === 'e2e' ? ['<all_urls>'] : [])],
    // The keyboard shortcut opens the popup (Alt+Shift+Q: no Chrome or Firefox default uses it).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
      },
    },
    // The in-page card is card.html framed into the page; on MV3 only through a per-session URL.
    web_accessible_resources:
      manifestVersion === 2
        ? ['card.html']
        : [{ resources: ['card.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'quarry@quarry.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
        },
      },
    }),
  }),
  zip: {
    excludeSources: ['e2e/**', 'e2e-firefox/**', '**/*.test.ts', '**/fixtures/**', 'sandbox/**', 'bench/**', '**/*.pem', '**/*.log', 'test-results/**', 'playwright-report/**', 'demo-screenshots/**', 'store/screenshots/**', 'scripts/demo.ts', 'scripts/test-all.sh', 'scripts/setup.sh'],
  },
});
