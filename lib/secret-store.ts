import { createStore, del, get, set } from 'idb-keyval';
import { DEFAULT_API_BASE } from './build-mode';

// The API key, and the base URL it is sent to, live in the extension origin's IndexedDB: content scripts
// run in the page's origin and cannot open it, unlike browser.storage.local — where a changed base URL would
// send the key elsewhere. Only the background imports this module.
const secrets = () => createStore('quarry-secrets', 'secrets');
const API_KEY = 'apiKey';
const API_BASE = 'apiBaseUrl';

export async function readApiKey(): Promise<string | null> {
  return (await get<string>(API_KEY, secrets())) ?? null;
}

export async function writeApiKey(key: string): Promise<void> {
  await set(API_KEY, key, secrets());
}

export async function removeApiKey(): Promise<void> {
  await del(API_KEY, secrets());
}

export async function readApiBaseUrl(): Promise<string> {
  return (await get<string>(API_BASE, secrets())) ?? DEFAULT_API_BASE;
}

export async function writeApiBaseUrl(baseUrl: string): Promise<void> {
  await set(API_BASE, baseUrl, secrets());
}
