import { afterEach, describe, expect, it, vi } from 'vitest';
import { E2E_REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS, requestTimeoutFor } from '../build-mode';
import { RateLimiter } from '../hunter/rate-limiter';
import { apiClient } from './hunter-access';

// Only the e2e build shortens the request timeout (its fault tests wait one out); what ships keeps 20 s, and 25 s
// for the verifier, whose server may think for 20 s before answering 202.

const answer = (body: unknown) => async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

/** The per-attempt timeout each call of the extension's client arms. */
async function timeoutsArmed(call: (client: ReturnType<typeof apiClient>) => Promise<unknown>): Promise<number[]> {
  const timeout = vi.spyOn(AbortSignal, 'timeout');
  timeout.mockClear();
  const client = apiClient({
    baseUrl: 'https://api.example.test/v2',
    apiKey: 'secret-key-123',
    fetch: answer({ data: { email: 'ada@stripe.com', status: 'valid', result: 'deliverable', score: 90 }, meta: {} }) as unknown as typeof fetch,
    limiter: new RateLimiter(),
  });
  await call(client).catch(() => undefined);
  return timeout.mock.calls.map(([ms]) => ms);
}

afterEach(() => vi.restoreAllMocks());

describe('the request timeout of each build', () => {
  it('is the client’s own (20 s, verifier 25 s) in every build but e2e', async () => {
    for (const mode of ['production', 'development', 'test']) expect(requestTimeoutFor(mode)).toBeUndefined();
    // This run is not the e2e build: the extension's client arms the production values.
    expect(REQUEST_TIMEOUT_MS).toBeUndefined();
    expect(await timeoutsArmed((client) => client.leads.exist('ada@stripe.com'))).toEqual([20_000]);
    expect(await timeoutsArmed((client) => client.emailVerifier({ email: 'ada@stripe.com' }))).toEqual([25_000]);
  });

  it('is a few seconds in the e2e build only', () => {
    expect(requestTimeoutFor('e2e')).toBe(E2E_REQUEST_TIMEOUT_MS);
    expect(E2E_REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(5_000);
  });
});
