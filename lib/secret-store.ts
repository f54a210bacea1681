import { createStore, del, get, set } from 'idb-keyval';

// The API key lives in the extension origin's IndexedDB: content scripts run in the page's origin and
// cannot open it, unlike browser.storage.local. Only the background imports this module.
const secrets = () => createStore('quarry-secrets', 'secrets');
const API_KEY = 'apiKey';

export async function readApiKey(): Promise<string | null> {
  return (await get<string>(API_KEY, secrets())) ?? null;
}

export async function writeApiKey(key: string): Promise<void> {
  await set(API_KEY, key, secrets());
}

export async function removeApiKey(): Promise<void> {
  await del(API_KEY, secrets());
}
