import { createHunterClient, type HunterClient } from '../hunter';
import type { RatePriority } from '../hunter/rate-limiter';
import { readApiBaseUrl, readConnection } from '../secret-store';
import { noKeyError } from './app-error';

/** A client for the configured base URL and key; read each time because the worker may have just woken. */
export async function clientWithKey(options: { priority?: RatePriority; fetch?: typeof fetch } = {}): Promise<{ client: HunterClient; baseUrl: string }> {
  const { apiKey: key, apiBaseUrl: baseUrl } = await readConnection();
  if (!key) throw noKeyError();
  return { client: createHunterClient({ baseUrl, apiKey: key, priority: options.priority, fetch: options.fetch }), baseUrl };
}

/** For free endpoints that need no key (email-count). */
export async function clientWithoutKey(): Promise<{ client: HunterClient; baseUrl: string }> {
  const baseUrl = await readApiBaseUrl();
  return { client: createHunterClient({ baseUrl }), baseUrl };
}
