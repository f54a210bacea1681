import { resolve } from 'node:path';

/** The e2e build's default API base points here (lib/build-mode.ts). */
export const SANDBOX_PORT = Number(process.env.QUARRY_SANDBOX_PORT ?? 8787);
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;
/** Local HTTPS sites served under real host names through --host-resolver-rules. */
export const SITE_PORT = Number(process.env.QUARRY_SITE_PORT ?? 8443);
export const SITE_HOSTS = ['www.stripe.com', 'stripe.com', 'blog.stripe.com', 'www.linkedin.com', 'news.example.org', 'team.asana.com', 'www.asana.com'];
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const CERT_DIR = resolve('test-results/.certs');
/** Debian's real binary: the /usr/bin/chromium wrapper adds an empty --load-extension. */
export const CHROMIUM = process.env.QUARRY_CHROMIUM ?? '/usr/lib/chromium/chromium';
