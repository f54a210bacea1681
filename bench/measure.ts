import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Median of a list of numbers (the runs' spread is reported beside it). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

/** An HTML entrypoint and the scripts and styles it loads, read from its tags (Vite writes absolute paths). */
export function assetsOfPage(outDir: string, html: string): string[] {
  const text = readFileSync(join(outDir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  // The page itself too: its stylesheet is written into it at build (scripts/inline-styles.ts).
  return [join(outDir, html), ...[...new Set(refs)].map((ref) => join(outDir, ref.replace(/^\//, '')))];
}

/** Paid endpoints spend a credit when they answer with a result; the others are free. */
export const PAID_PATHS = ['/v2/domain-search', '/v2/email-finder', '/v2/email-verifier'];

export function countCalls(requests: Array<{ path: string }>): { paid: number; free: number } {
  const paid = requests.filter((r) => PAID_PATHS.includes(r.path)).length;
  return { paid, free: requests.length - paid };
}
