import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSandbox } from '../../sandbox/server';
import { CERT_DIR, EXTENSION_DIR, SANDBOX_PORT, SITE_PORT } from './constants';
import { startSiteServer } from './site-server';

/** One sandbox and one local HTTPS site server for the whole run; each test resets the sandbox. */
export default async function globalSetup() {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first (npm test does).`);
  }
  const sandbox = await startSandbox({ port: SANDBOX_PORT });
  const sites = await startSiteServer(resolve('e2e/sites'), SITE_PORT, CERT_DIR);
  return async () => {
    await sandbox.close();
    await new Promise((done) => sites.close(done));
  };
}
