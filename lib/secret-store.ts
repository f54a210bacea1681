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

/** Shows enough of a key to recognise it, never enough to use it. */
export function maskApiKey(key: string): string {
  if (key.length <= 8) return '•'.repeat(key.length);
  return `${key.slice(0, 4)}${'•'.repeat(8)}${key.slice(-4)}`;
}

/** Why a pasted key cannot be one, or null. */
export function validateApiKey(text: string): 'empty' | 'whitespace' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  if (/\s/.test(trimmed)) return 'whitespace';
  return null;
}
