import { storage } from 'wxt/utils/storage';

// Every option lives here, in storage.local: nothing secret (the API key and the base URL it is sent to
// are in lib/secret-store.ts).

export const defaultListId = storage.defineItem<number | null>('local:defaultListId', { fallback: null });
export const lastUsedListId = storage.defineItem<number | null>('local:lastUsedListId', { fallback: null });
export const cacheLifetimeHours = storage.defineItem<number>('local:cacheLifetimeHours', { fallback: 24 });
export const badgeEnabled = storage.defineItem<boolean>('local:badgeEnabled', { fallback: false });

export const CACHE_LIFETIME_CHOICES = [1, 6, 24, 72, 168] as const;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `null` when the key may be sent there: an https URL, or http only to this computer (a local sandbox or
 * proxy) — never in clear text across a network. Otherwise why not.
 */
export function validateApiBaseUrl(text: string): 'empty' | 'not_https' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'https:') return null;
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? null : 'not_https';
  } catch {
    return 'not_https';
  }
}

/** Changing where the key goes needs the key typed again: a moved base URL alone never carries it off. */
export function isSameApiOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function normalizeApiBaseUrl(text: string): string {
  return text.trim().replace(/\/+$/, '');
}

/** Test and demo builds only: the sandbox key was set once, so removing it in a test sticks. */
export const demoKeySeeded = storage.defineItem<boolean>('local:demoKeySeeded', { fallback: false });
