// Finds the API key the three documented ways, and remembers which one was used (the request log shows it).
import type { IncomingMessage } from 'node:http';
import type { KeyVia } from './state';

export function extractKey(req: IncomingMessage, query: URLSearchParams): { key: string | null; via: KeyVia } {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return { key: header.trim(), via: 'header' };
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (bearer?.[1]) return { key: bearer[1], via: 'bearer' };
  const param = query.get('api_key')?.trim();
  if (param) return { key: param, via: 'query' };
  return { key: null, via: null };
}

/** The request log must never hold a key. */
export function redactQuery(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) {
    if (!(name in out)) out[name] = name === 'api_key' ? '[present]' : value;
  }
  return out;
}
