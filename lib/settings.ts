import { storage } from 'wxt/utils/storage';
import { DEFAULT_API_BASE } from './build-mode';

// Every option lives here, in storage.local: nothing secret (the API key is in lib/secret-store.ts).

export const apiBaseUrl = storage.defineItem<string>('local:apiBaseUrl', { fallback: DEFAULT_API_BASE });
export const defaultListId = storage.defineItem<number | null>('local:defaultListId', { fallback: null });
export const lastUsedListId = storage.defineItem<number | null>('local:lastUsedListId', { fallback: null });
export const cacheLifetimeHours = storage.defineItem<number>('local:cacheLifetimeHours', { fallback: 24 });
export const badgeEnabled = storage.defineItem<boolean>('local:badgeEnabled', { fallback: false });

export const CACHE_LIFETIME_CHOICES = [1, 6, 24, 72, 168] as const;

/** `null` when the text is an http(s) URL; otherwise why it is not. Trailing slashes are dropped on save. */
export function validateApiBaseUrl(text: string): 'empty' | 'not_http' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'not_http';
  } catch {
    return 'not_http';
  }
}

export function normalizeApiBaseUrl(text: string): string {
  return text.trim().replace(/\/+$/, '');
}

/** Test and demo builds only: the sandbox key was set once, so removing it in a test sticks. */
export const demoKeySeeded = storage.defineItem<boolean>('local:demoKeySeeded', { fallback: false });
