import { REQUEST_TIMEOUT_MS } from '../build-mode';
import { createHunterClient, type HunterClient, type HunterConfig } from '../hunter';
import type { RatePriority } from '../hunter/rate-limiter';
import { readApiBaseUrl, readConnection } from '../secret-store';
import { noKeyError } from './app-error';
import { guardPaidCalls } from './spent-quota';

/**
 * A client for the configured base URL and key; read each time because the worker may have just woken. Its paid
 * calls are held back while the plan is known to be spent (spent-quota.ts).
 */
export async function clientWithKey(options: { priority?: RatePriority; fetch?: typeof fetch } = {}): Promise<{ client: HunterClient; baseUrl: string }> {
  const { apiKey: key, apiBaseUrl: baseUrl } = await readConnection();
  if (!key) throw noKeyError();
  const client = apiClient({ baseUrl, apiKey: key, priority: options.priority, fetch: options.fetch });
  return { client: guardPaidCalls(client), baseUrl };
}

/** For free endpoints that need no key (email-count). */
export async function clientWithoutKey(): Promise<{ client: HunterClient; baseUrl: string }> {
  const baseUrl = await readApiBaseUrl();
  return { client: apiClient({ baseUrl }), baseUrl };
}

/** Every client the extension makes: the build's request timeout (only the e2e build sets one) on top of `config`. */
export function apiClient(config: HunterConfig): HunterClient {
  return createHunterClient({ timeoutMs: REQUEST_TIMEOUT_MS, ...config });
}
