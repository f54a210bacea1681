import { describe, expect, it, vi } from 'vitest';
import { createHunterClient, type HunterConfig } from './client';
import { RateLimiter } from './rate-limiter';
import { buildUrl } from './request';

// The client over a fake fetch: what goes on the wire and how odd answers are read. Real HTTP against the
// sandbox is in client.sandbox.test.ts.

type Call = { url: string; init: RequestInit };

function fakeFetch(...answers: Array<Response | (() => Response | Promise<Response>)>) {
  const calls: Call[] = [];
  const impl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return typeof next === 'function' ? next() : next.clone();
  });
  return { fetch: impl as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function client(f: typeof fetch, extra: Partial<HunterConfig> = {}) {
  return createHunterClient({
    baseUrl: 'https://api.example.test/v2/',
    apiKey: 'secret-key-123',
    fetch: f,
    sleep: async () => {},
    limiter: new RateLimiter(),
    ...extra,
  });
}

const headerOf = (call: Call, name: string) => new Headers(call.init.headers).get(name);

describe('buildUrl', () => {
  it('joins base and path, tolerates a trailing slash, omits empty values', () => {
    expect(buildUrl('https://h/v2/', '/domain-search', { domain: 'stripe.com', type: undefined, company: null, x: '', offset: 0 })).toBe(
      'https://h/v2/domain-search?domain=stripe.com&offset=0',
    );
    expect(buildUrl('https://h/v2', '/account')).toBe('https://h/v2/account');
    expect(buildUrl('https://h/v2', '/email-finder', { full_name: 'Ada Lovelace & co' })).toBe(
      'https://h/v2/email-finder?full_name=Ada+Lovelace+%26+co',
    );
  });
});

describe('createHunterClient (fake fetch)', () => {
  const searchBody = {
    data: { domain: 'stripe.com', webmail: false, pattern: '{first}', organization: 'Stripe', emails: [] },
    meta: { results: 0, limit: 10, offset: 0, params: {} },
  };

  it('sends the key only in the X-API-KEY header and only known params', async () => {
    const { fetch, calls } = fakeFetch(json(200, searchBody));
    await client(fetch).domainSearch({ domain: 'stripe.com', type: 'personal', refresh: true } as never);
    expect(calls[0]!.url).toBe('https://api.example.test/v2/domain-search?domain=stripe.com&type=personal');
    expect(headerOf(calls[0]!, 'X-API-KEY')).toBe('secret-key-123');
    expect(calls[0]!.url).not.toContain('secret');
  });

  it('sends no key to email-count', async () => {
    const { fetch, calls } = fakeFetch(json(200, { data: { total: 1, personal_emails: 1, generic_emails: 0 } }));
    const answer = await client(fetch).emailCount({ domain: 'stripe.com' });
    expect(answer.data.total).toBe(1);
    expect(headerOf(calls[0]!, 'X-API-KEY')).toBeNull();
  });

  it('sends JSON bodies with only the given lead fields', async () => {
    const { fetch, calls } = fakeFetch(json(204, null));
    await client(fetch).leads.update(7, { company: 'Facebook', position: undefined, hack: 1 } as never);
    expect(calls[0]!.init.method).toBe('PUT');
    expect(calls[0]!.url).toBe('https://api.example.test/v2/leads/7');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ company: 'Facebook' });
    expect(headerOf(calls[0]!, 'Content-Type')).toBe('application/json');
  });

  it('refuses a non-integer id before any request', async () => {
    const { fetch, calls } = fakeFetch(json(204, null));
    await expect(client(fetch).leads.delete(Number.NaN)).rejects.toMatchObject({ kind: 'bad_params', status: null });
    await expect(client(fetch).leadsLists.get('1/../x' as never)).rejects.toMatchObject({ kind: 'bad_params' });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['a 200 that is not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    ['a 200 without data', () => json(200, { meta: {} })],
    ['a 200 whose data is not an object', () => json(200, { data: 'nope', meta: {} })],
    ['a 200 whose emails are not a list', () => json(200, { data: { emails: null }, meta: {} })],
    ['a 200 without meta', () => json(200, { data: searchBody.data })],
    ['an empty 200', () => new Response('', { status: 200 })],
  ])('reads %s as malformed', async (_, answer) => {
    const { fetch } = fakeFetch(answer);
    await expect(client(fetch).domainSearch({ domain: 'stripe.com' })).rejects.toMatchObject({ kind: 'malformed', status: 200 });
  });

  it('maps an HTML error page by its status', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    await expect(client(fetch, { maxRetries: 1 }).account()).rejects.toMatchObject({ kind: 'server', status: 502, id: null });
    expect(calls).toHaveLength(2);
  });

  it('reads the error envelope, also as an object', async () => {
    const { fetch } = fakeFetch(json(422, { errors: { id: 'duplicated_entry', code: 422, details: 'dup' } }));
    await expect(client(fetch).leads.create({ first_name: 'A', last_name: 'B' })).rejects.toMatchObject({
      kind: 'unprocessable',
      id: 'duplicated_entry',
      details: 'dup',
    });
  });

  it('scrubs the key from server details', async () => {
    const { fetch } = fakeFetch(json(401, { errors: [{ id: 'authentication_failed', code: 401, details: 'bad key secret-key-123' }] }));
    const error = await client(fetch).account().catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain('secret-key-123');
    expect(String((error as Error).message)).not.toContain('secret-key-123');
  });

  it('times out a hanging attempt, then retries it', async () => {
    const hang = () => new Promise<Response>(() => {});
    const calls: RequestInit[] = [];
    const f = ((_: unknown, init: RequestInit) => {
      calls.push(init);
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        void hang();
      });
    }) as unknown as typeof fetch;
    await expect(client(f, { timeoutMs: 20, maxRetries: 1 }).account()).rejects.toMatchObject({ kind: 'timeout' });
    expect(calls).toHaveLength(2);
  });

  it('stops at once when the caller aborts', async () => {
    const controller = new AbortController();
    const f = vi.fn(
      (_: unknown, init: RequestInit) =>
        new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    ) as unknown as typeof fetch;
    const pending = client(f).account({ signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('reads a network failure as network', async () => {
    const f = vi.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(client(f, { maxRetries: 2 }).account()).rejects.toMatchObject({ kind: 'network', status: null });
    expect(f).toHaveBeenCalledTimes(3);
  });

  it('does not send a paid lookup again after its connection dropped: it may have been served', async () => {
    const f = vi.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(client(f, { maxRetries: 2 }).domainSearch({ domain: 'stripe.com' })).rejects.toMatchObject({ kind: 'network' });
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('retries a paid lookup after a 503 and reads the answer', async () => {
    const { fetch, calls } = fakeFetch(json(503, { errors: [{ id: 'server_error', code: 503 }] }), json(200, searchBody));
    const answer = await client(fetch).domainSearch({ domain: 'stripe.com' });
    expect(answer.data.organization).toBe('Stripe');
    expect(calls).toHaveLength(2);
  });

  it('reads a 403 as a rate limit only when its envelope says so', async () => {
    const limited = fakeFetch(json(403, { errors: [{ id: 'too_many_requests', code: 403 }] }), json(200, searchBody));
    await client(limited.fetch).domainSearch({ domain: 'stripe.com' });
    expect(limited.calls).toHaveLength(2);
    for (const answer of [json(403, { errors: [{ id: 'forbidden', code: 403, details: 'No access' }] }), new Response('<h1>Forbidden</h1>', { status: 403 })]) {
      const refused = fakeFetch(answer);
      await expect(client(refused.fetch).account()).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
      expect(refused.calls).toHaveLength(1);
    }
  });

  it('never lets fetch follow a redirect with the key', async () => {
    const { fetch, calls } = fakeFetch(json(200, searchBody));
    await client(fetch).domainSearch({ domain: 'stripe.com' });
    expect(calls[0]!.init.redirect).toBe('error');
  });

  it('returns undefined bodies for 204 and void for delete', async () => {
    const { fetch } = fakeFetch(json(204, null));
    await expect(client(fetch).leadsLists.delete(3)).resolves.toBeUndefined();
    await expect(client(fetch).leadsLists.update(3, { name: 'x' })).resolves.toBeUndefined();
  });
});

describe('emailVerifier polling (fake fetch)', () => {
  const verified = {
    data: {
      status: 'valid',
      score: 91,
      regexp: true,
      gibberish: false,
      disposable: false,
      webmail: false,
      mx_records: true,
      smtp_server: true,
      smtp_check: true,
      accept_all: false,
      sources: [],
    },
    meta: { params: { email: 'a@b.c' } },
  };

  it('polls through 202s with growing pauses and tells the caller once', async () => {
    const { fetch, calls } = fakeFetch(json(202, {}), json(202, {}), json(200, verified));
    const sleeps: number[] = [];
    const onPending = vi.fn();
    const answer = await client(fetch, { sleep: async (ms) => void sleeps.push(ms) }).emailVerifier(
      { email: 'a@b.c' },
      { onPending },
    );
    expect(answer.data.status).toBe('valid');
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([1_000, 2_000]);
    expect(onPending).toHaveBeenCalledTimes(1);
  });

  it('gives up with verification_pending at the deadline', async () => {
    const { fetch, calls } = fakeFetch(() => json(202, {}));
    let clock = 0;
    const c = client(fetch, { now: () => clock, sleep: async (ms) => void (clock += ms) });
    await expect(c.emailVerifier({ email: 'a@b.c' }, { deadlineMs: 10_000 })).rejects.toMatchObject({
      kind: 'verification_pending',
      status: 202,
    });
    // Pauses 1 + 2 + 4 s, then the last one shortened to land on the deadline at 10 s.
    expect(clock).toBe(10_000);
    expect(calls).toHaveLength(5);
  });

  it('maps 222 to smtp_unavailable without retrying', async () => {
    const { fetch, calls } = fakeFetch(json(222, { errors: [{ id: 'smtp_failed', code: 222, details: 'retry later' }] }));
    await expect(client(fetch).emailVerifier({ email: 'a@b.c' })).rejects.toMatchObject({
      kind: 'smtp_unavailable',
      status: 222,
      id: 'smtp_failed',
    });
    expect(calls).toHaveLength(1);
  });

  it('takes a verify slot before every attempt', async () => {
    const limiter = new RateLimiter();
    const acquire = vi.spyOn(limiter, 'acquireSlot');
    const { fetch } = fakeFetch(json(202, {}), json(200, verified));
    await client(fetch, { limiter }).emailVerifier({ email: 'a@b.c' });
    expect(acquire.mock.calls.map((c) => c[0])).toEqual(['verify', 'verify']);
  });
});

describe('odd domain-search rows', () => {
  it('drops a row without an address and gives a row without sources an empty list', async () => {
    const { fetch } = fakeFetch(
      json(200, {
        data: { domain: 'x.com', emails: [{ value: 'a@x.com', sources: null }, { type: 'personal' }, { value: 'b@x.com', sources: [] }] },
        meta: { results: 3, limit: 10, offset: 0, params: {} },
      }),
    );
    const answer = await client(fetch).domainSearch({ domain: 'x.com' });
    const { data } = answer;
    expect(data.emails.map((row) => [row.value, row.sources])).toEqual([['a@x.com', []], ['b@x.com', []]]);
    expect(answer.received).toBe(3);
  });
});
