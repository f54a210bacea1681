import { createStore, del, get, set } from 'idb-keyval';
import { DEFAULT_API_BASE } from './build-mode';

// The API key, and the base URL it is sent to, live in the extension origin's IndexedDB: content scripts
// run in the page's origin and cannot open it, unlike browser.storage.local — where a changed base URL would
// send the key elsewhere. Only the background imports this module.
//
// Key and base URL are ONE record, written in one step: a reader never sees the new key with the old base
// (the key sent to the wrong API) or the other way round.
const secrets = () => createStore('quarry-secrets', 'secrets');
const CONNECTION = 'connection';
/** Where earlier versions kept them, as two records; read once and folded into the one. */
const OLD_API_KEY = 'apiKey';
const OLD_API_BASE = 'apiBaseUrl';

export interface Connection {
  apiKey: string | null;
  apiBaseUrl: string;
}

export async function readConnection(): Promise<Connection> {
  const store = secrets();
  const kept = await get<Connection>(CONNECTION, store);
  if (kept) return kept;
  const [apiKey, apiBaseUrl] = await Promise.all([get<string>(OLD_API_KEY, store), get<string>(OLD_API_BASE, store)]);
  return { apiKey: apiKey ?? null, apiBaseUrl: apiBaseUrl ?? DEFAULT_API_BASE };
}

export async function writeConnection(connection: Connection): Promise<void> {
  const store = secrets();
  await set(CONNECTION, { apiKey: connection.apiKey, apiBaseUrl: connection.apiBaseUrl } satisfies Connection, store);
  await Promise.all([del(OLD_API_KEY, store), del(OLD_API_BASE, store)]);
}

export async function readApiKey(): Promise<string | null> {
  return (await readConnection()).apiKey;
}

export async function readApiBaseUrl(): Promise<string> {
  return (await readConnection()).apiBaseUrl;
}

export async function writeApiKey(apiKey: string): Promise<void> {
  await writeConnection({ ...(await readConnection()), apiKey });
}

export async function removeApiKey(): Promise<void> {
  await writeConnection({ ...(await readConnection()), apiKey: null });
}

export async function writeApiBaseUrl(apiBaseUrl: string): Promise<void> {
  await writeConnection({ ...(await readConnection()), apiBaseUrl });
}
