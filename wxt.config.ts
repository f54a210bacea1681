import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mergedLocaleFiles } from './scripts/locales';

// Test and demo builds (`--mode e2e`) point at the local sandbox and may reach local test sites;
// nothing of that ships in the normal build.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push(...mergedLocaleFiles());
    },
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the save-as-lead outbox retries after the MV3 worker has been stopped (its timers die with it).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    optional_permissions: ['tabs'],
    host_permissions: [
      'https://api.hunter.io/*',
      'https://www.linkedin.com/in/*',
      ...(mode === 'e2e' ? ['<all_urls>'] : []),
    ],
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
    excludeSources: ['e2e/**', 'tests/**', '**/*.test.ts', 'sandbox/**', 'bench/**', '**/*.pem', '**/*.log', 'test-results/**'],
  },
});
