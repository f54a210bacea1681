import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;

describe('the shipped manifest asks for little', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('%s: host access to the API only, no LinkedIn (activeTab covers every page read)', (browser, manifestVersion) => {
    const manifest = (config.manifest as ManifestFn)({ mode: 'production', browser, manifestVersion });
    expect(manifest.host_permissions).toEqual(['https://api.hunter.io/*']);
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['tabs']);
  });

  it('only the test build reaches every site', () => {
    const manifest = (config.manifest as ManifestFn)({ mode: 'e2e', browser: 'chrome', manifestVersion: 3 });
    expect(manifest.host_permissions).toEqual(['https://api.hunter.io/*', '<all_urls>']);
  });
});
