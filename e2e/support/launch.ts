import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR, SITE_HOSTS, SITE_PORT } from './constants';

export interface LaunchOptions {
  headless?: boolean;
  /** Port of the local HTTPS site server that SITE_HOSTS resolve to. */
  sitePort?: number;
  viewport?: { width: number; height: number };
  /** Other unpacked extensions loaded beside Quarry (e2e/fixtures), as a user may have. */
  otherExtensions?: string[];
  /** Quarry's unpacked build: the e2e test build by default, the shipped one to test what users get. */
  extensionDir?: string;
  /** More Chromium switches (e.g. --enable-unsafe-extension-debugging for the real toolbar click). */
  extraArgs?: string[];
  /** A profile kept across launches (a browser quit and started again); fresh and throw-away by default. */
  userDataDir?: string;
}

/**
 * Debian's Chromium with Quarry's test build loaded, in a fresh profile: the one way tests, the demo and
 * the benchmark start a browser. The background-networking flags keep it off the network this machine lacks.
 */
export function launchWithQuarry({ headless = true, sitePort = SITE_PORT, viewport, otherExtensions = [], extensionDir = EXTENSION_DIR, extraArgs = [], userDataDir = '' }: LaunchOptions = {}): Promise<BrowserContext> {
  const extensions = [extensionDir, ...otherExtensions].join(',');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ...(viewport && { viewport }),
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${SITE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${sitePort}`).join(', ')}`,
      ...extraArgs,
    ],
  });
}
