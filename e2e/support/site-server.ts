import { createServer, type Server } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { testCertificate } from './certificate';

/**
 * Serves e2e/sites/<host>/<path> over HTTPS for whichever host the browser asked for, so that
 * https://www.stripe.com/jobs is a local page with the real host name. `/path` → `path.html` or `path/index.html`.
 */
export function startSiteServer(root: string, port: number, certDir: string): Promise<Server> {
  const server = createServer(testCertificate(certDir), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const base = join(root, host, path);
    const file = [base, `${base.replace(/\/$/, '')}.html`, join(base, 'index.html')].find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
