import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADDRESS_MARK } from './popup-timing';

/**
 * A copy of the test build whose popup is one static line, an address marked like Quarry's and no script at
 * all: what (b) cannot go below on this machine, since Chromium shows a popup only once its page has loaded
 * and then draws it. Read Quarry's (b) against this floor, not against zero.
 */
export function staticPopupBuild(buildDir: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'quarry-floor-'));
  cpSync(buildDir, dir, { recursive: true });
  writeFileSync(
    join(dir, 'popup.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Quarry</title></head><body style="width:400px;height:580px;margin:0"><p elementtiming="${ADDRESS_MARK}">patrick@stripe.com</p></body></html>`,
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
