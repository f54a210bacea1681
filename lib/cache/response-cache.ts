import { clear, createStore, delMany, entries, get, keys, set, type UseStore } from 'idb-keyval';
import type { Cached } from '../messaging/protocol';

interface Entry<T> {
  value: T;
  fetchedAt: number;
  /** When it stops being answered from (kept so an alarm can prune it); absent in entries written before. */
  expiresAt?: number;
}

export interface ResponseCacheOptions {
  store?: UseStore;
  now?: () => number;
}

/**
 * Answers kept in IndexedDB so a question already paid for is not paid again within the lifetime, plus
 * coalescing: identical questions asked while the first is in flight share its answer (and its credit).
 */
export function createResponseCache({ store = createStore('quarry-cache', 'responses'), now = Date.now }: ResponseCacheOptions = {}) {
  const inFlight = new Map<string, Promise<Cached<unknown>>>();
  /** Bumped by clear(): an answer asked for before it (under the old key) is handed back but never kept. */
  let generation = 0;

  async function lookup<T>(key: string, lifetimeMs: number): Promise<Cached<T> | null> {
    const entry = await get<Entry<T>>(key, store);
    if (!entry || now() - entry.fetchedAt > lifetimeMs) return null;
    return { value: entry.value, fetchedAt: entry.fetchedAt, fromCache: true };
  }

  return {
    lookup,

    /** The newest answer within the lifetime among the keys that `matches`: read only, never a call. */
    async newest<T>(matches: (key: string) => boolean, lifetimeMs: number): Promise<Cached<T> | null> {
      let best: Cached<T> | null = null;
      for (const key of await keys(store)) {
        if (typeof key !== 'string' || !matches(key)) continue;
        const hit = await lookup<T>(key, lifetimeMs);
        if (hit && (!best || hit.fetchedAt > best.fetchedAt)) best = hit;
      }
      return best;
    },

    async remember<T>(key: string, lifetimeMs: number, refresh: boolean, fetcher: () => Promise<T>): Promise<Cached<T>> {
      const askedIn = generation;
      if (!refresh) {
        const hit = await lookup<T>(key, lifetimeMs);
        if (hit) return hit;
      }
      const pending = inFlight.get(key);
      if (pending && askedIn === generation) return pending as Promise<Cached<T>>;
      let run!: Promise<Cached<T>>;
      run = (async () => {
        try {
          const value = await fetcher();
          const fetchedAt = now();
          if (askedIn === generation) await set(key, { value, fetchedAt, expiresAt: fetchedAt + lifetimeMs } satisfies Entry<T>, store);
          return { value, fetchedAt, fromCache: false };
        } finally {
          if (inFlight.get(key) === (run as Promise<Cached<unknown>>)) inFlight.delete(key);
        }
      })();
      inFlight.set(key, run);
      return run;
    },

    /** Forgets every answer, including those still on their way (a later question asks afresh). */
    clear() {
      generation++;
      inFlight.clear();
      return clear(store);
    },

    /**
     * Deletes the entries past their lifetime (an entry without one: past `maxAgeMs`), so the cache keeps what
     * may still save a credit and not a history of every question ever asked. Returns how many went.
     */
    async prune(maxAgeMs: number): Promise<number> {
      const at = now();
      const expired = (await entries<IDBValidKey, Entry<unknown>>(store))
        .filter(([, entry]) => !entry || (entry.expiresAt ?? entry.fetchedAt + maxAgeMs) <= at)
        .map(([key]) => key);
      if (expired.length > 0) await delMany(expired, store);
      return expired.length;
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;

/** The same question always gives the same key: names and domains are compared case-insensitively. */
export function cacheKey(baseUrl: string, endpoint: string, params: Record<string, unknown>): string {
  const normalized = Object.keys(params)
    .filter((name) => name !== 'refresh' && params[name] !== undefined && params[name] !== null && params[name] !== '')
    .sort()
    .map((name) => {
      const value = params[name];
      return [name, typeof value === 'string' ? value.trim().toLowerCase() : value];
    });
  return `${cacheKeyPrefix(baseUrl, endpoint)}${JSON.stringify(normalized)}`;
}

/** What every key of one endpoint starts with; the rest is its JSON list of [name, value] pairs. */
export function cacheKeyPrefix(baseUrl: string, endpoint: string): string {
  return `${baseUrl}|${endpoint}|`;
}

/** The parameters a key was made from (lowercased strings), or null for a key of another shape. */
export function cacheKeyParams(key: string, prefix: string): Record<string, unknown> | null {
  if (!key.startsWith(prefix)) return null;
  try {
    const pairs = JSON.parse(key.slice(prefix.length)) as unknown;
    return Array.isArray(pairs) ? Object.fromEntries(pairs.filter((p): p is [string, unknown] => Array.isArray(p) && p.length === 2)) : null;
  } catch {
    return null;
  }
}
