import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox } from '../../sandbox/server';
import { createHunterClient, type HunterConfig } from './client';
import { HunterError, type HunterErrorKind } from './errors';
import { RateLimiter } from './rate-limiter';
import { readAccountUsage } from './account-usage';
import { readVerdict } from './verdict';

// The client over real HTTP against the local Hunter-compatible sandbox. Sleeps are recorded, not waited,
// so retries and polling run at full speed; the request log tells how many attempts reached the server.

interface Logged {
  method: string;
  path: string;
  query: Record<string, string>;
  keyVia: 'header' | 'bearer' | 'query' | null;
  body: unknown;
  status: number | null;
}

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let sleeps: number[];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(() => {
  sandbox.reset();
  sleeps = [];
});

function client(extra: Partial<HunterConfig> = {}) {
  return createHunterClient({
    baseUrl: sandbox.apiBase,
    apiKey: SANDBOX_KEYS.demo,
    sleep: async (ms) => void sleeps.push(ms),
    limiter: new RateLimiter(),
    ...extra,
  });
}

const control = (path: string) => `${sandbox.apiBase.replace(/\/v2$/, '')}/__sandbox/${path}`;

async function failNext(fault: { path: string; status: number; count?: number; retryAfter?: number | string; malformed?: boolean; hang?: boolean; drop?: boolean; id?: string }) {
  const res = await fetch(control('fail-next'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(res.status).toBe(200);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

async function requestLog(): Promise<Logged[]> {
  return (await (await fetch(control('requests'))).json()) as Logged[];
}

async function attempts(path: string): Promise<number> {
  return (await requestLog()).filter((r) => r.path === path).length;
}

async function failure(promise: Promise<unknown>): Promise<HunterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HunterError);
  return error as HunterError;
}

describe('every endpoint over HTTP', () => {
  it('domain-search: stripe.com, paged and filtered', async () => {
    const page = await client().domainSearch({ domain: 'stripe.com', limit: 20, offset: 10 });
    expect(page.data.domain).toBe('stripe.com');
    expect(page.data.emails).toHaveLength(20);
    // The brief promised 137 addresses; the sandbox seeds 151. Either way, more than a page.
    expect(page.meta).toMatchObject({ limit: 20, offset: 10 });
    expect(page.meta.results).toBeGreaterThanOrEqual(137);
    for (const e of page.data.emails) expect(e.value).toMatch(/@stripe\.com$/);

    const generic = await client().domainSearch({ domain: 'stripe.com', type: 'generic' });
    expect(generic.data.emails.every((e) => e.type === 'generic')).toBe(true);
    expect((await requestLog())[1]!.query).toEqual({ domain: 'stripe.com', type: 'generic' });
  });

  it('domain-search: a domain with no addresses', async () => {
    const empty = await client().domainSearch({ domain: 'empty.example' });
    expect(empty.data.emails).toEqual([]);
    expect(empty.meta.results).toBe(0);
  });

  it('email-finder', async () => {
    const found = await client().emailFinder({ domain: 'asana.com', first_name: 'Dustin', last_name: 'Moskovitz' });
    expect(found.data.email).toMatch(/@asana\.com$/);
    expect(typeof found.data.score).toBe('number');
    expect(Array.isArray(found.data.sources)).toBe(true);
    const byFullName = await client().emailFinder({ company: 'Asana', full_name: 'Dustin Moskovitz' });
    expect(byFullName.data.email).toBe(found.data.email);
  });

  it('email-verifier', async () => {
    const answer = await client().emailVerifier({ email: 'someone@stripe.com' });
    expect(readVerdict(answer.data).status).toMatch(/^(valid|accept_all)$/);
    expect(typeof answer.data.smtp_check).toBe('boolean');
  });

  it('email-count, without a key', async () => {
    const count = await client({ apiKey: undefined }).emailCount({ domain: 'stripe.com' });
    expect(count.data.total).toBeGreaterThanOrEqual(137);
    expect(count.data.personal_emails + count.data.generic_emails).toBe(count.data.total);
    const search = await client().domainSearch({ domain: 'stripe.com', limit: 1 });
    expect(search.meta.results).toBe(count.data.total);
    const personal = await client().emailCount({ domain: 'stripe.com', type: 'personal' });
    expect(personal.data.total).toBe(count.data.personal_emails);
    const log = (await requestLog()).filter((r) => r.path === '/v2/email-count');
    expect(log).toHaveLength(2);
    expect(log.every((r) => r.keyVia === null)).toBe(true);
  });

  it('account, newer generation: searches and verifications apart', async () => {
    const account = await client().account();
    expect(account.data.email).toBe('ada@quarry.test');
    const usage = readAccountUsage(account.data);
    expect(usage.searches).toEqual({ used: 12, available: 5000 });
    expect(usage.verifications).toEqual({ used: 3, available: 10000 });
    expect(usage.resetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('account, older generation: a key whose answer has only `calls`, as the docs show it', async () => {
    const account = await client({ apiKey: 'sandbox-older-key' }).account();
    expect(account.data).not.toHaveProperty('requests');
    expect(account.data.calls).toEqual({ used: 41, available: 2000 });
    const usage = readAccountUsage(account.data);
    expect(usage.searches).toEqual({ used: 41, available: 2000 });
    expect(usage.verifications).toBeNull();
    expect(usage.resetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leads: create, exist, get, list, update, delete', async () => {
    const c = client();
    const none = await c.leads.exist('nobody@asana.com');
    expect(none).toEqual({ id: null, leads_list_id: null, leads_list_name: null });

    const created = await c.leads.create({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@asana.com',
      company: 'Asana',
      leads_list_id: 1,
      confidence_score: 90,
    });
    expect(created.data).toMatchObject({ first_name: 'Ada', email: 'ada@asana.com', leads_list: { id: 1 } });
    const id = created.data.id;

    expect(await c.leads.exist('ADA@asana.com')).toEqual({ id, leads_list_id: 1, leads_list_name: 'My leads list' });
    expect((await c.leads.get(id)).data.company).toBe('Asana');

    await expect(c.leads.update(id, { company: 'Facebook', position: 'Engineer' })).resolves.toBeUndefined();
    expect((await c.leads.get(id)).data).toMatchObject({ company: 'Facebook', position: 'Engineer', first_name: 'Ada' });

    const inList = await c.leads.list({ leads_list_id: 1, limit: 100 });
    expect(inList.data.leads.map((l) => l.id)).toContain(id);
    expect(inList.meta.total).toBeGreaterThan(0);
    const byDocName = await c.leads.list({ lead_list_id: 1, limit: 100 });
    expect(byDocName.data.leads.map((l) => l.id)).toEqual(inList.data.leads.map((l) => l.id));
    const filtered = await c.leads.list({ email: 'ada@asana.com' });
    expect(filtered.data.leads.map((l) => l.id)).toEqual([id]);

    await expect(c.leads.delete(id)).resolves.toBeUndefined();
    expect((await failure(c.leads.get(id))).kind).toBe('not_found');

    const methods = (await requestLog()).map((r) => `${r.method} ${r.status}`);
    expect(methods).toContain('POST 201');
    expect(methods).toContain('PUT 204');
    expect(methods).toContain('DELETE 204');
  });

  it('leads: a duplicate is 422, not retried', async () => {
    const c = client();
    const error = await failure(c.leads.create({ first_name: 'Jeremy', last_name: 'Hoon', email: 'hoon@stripe.com', leads_list_id: 1 }));
    expect(error).toMatchObject({ kind: 'unprocessable', status: 422, id: 'duplicated_entry' });
    expect(await attempts('/v2/leads')).toBe(1);
  });

  it('leads lists: create, list, get, update, delete', async () => {
    const c = client();
    const created = await c.leadsLists.create({ name: 'Conference' });
    expect(created.data).toMatchObject({ name: 'Conference', team_id: null });
    const listId = created.data.list_id;

    const all = await c.leadsLists.list({ limit: 100 });
    expect(all.data.leads_lists.map((l) => l.id)).toContain(listId);
    expect(all.meta.total).toBe(all.data.leads_lists.length);

    await c.leads.create({ first_name: 'Grace', last_name: 'Hopper', email: 'grace@asana.com', leads_list_id: listId });
    const detail = await c.leadsLists.get(listId, { limit: 10 });
    expect(detail.data).toMatchObject({ name: 'Conference', leads_count: 1 });
    expect(detail.data.leads[0]).toMatchObject({ email: 'grace@asana.com', leads_list_id: listId });

    await expect(c.leadsLists.update(listId, { name: 'Conference 2025', team_id: 1 })).resolves.toBeUndefined();
    expect((await c.leadsLists.get(listId)).data).toMatchObject({ name: 'Conference 2025', team_id: 1 });

    await expect(c.leadsLists.delete(listId)).resolves.toBeUndefined();
    expect((await failure(c.leadsLists.get(listId))).kind).toBe('not_found');
  });
});

describe('statuses become kinds', () => {
  it('400 bad params, with the envelope read', async () => {
    const error = await failure(client().domainSearch({}));
    expect(error).toMatchObject({ kind: 'bad_params', status: 400, id: 'wrong_params' });
    expect(error.details).toMatch(/domain/);
  });

  it('400 pagination_error on a free plan past the first 10 results', async () => {
    const free = client({ apiKey: SANDBOX_KEYS.free });
    await expect(free.domainSearch({ domain: 'stripe.com', limit: 10 })).resolves.toBeTruthy();
    const error = await failure(free.domainSearch({ domain: 'stripe.com', offset: 10, limit: 10 }));
    expect(error).toMatchObject({ kind: 'pagination_limited', status: 400, id: 'pagination_error' });
  });

  it('401 with a wrong key, with the key nowhere in the error', async () => {
    const error = await failure(client({ apiKey: 'not-a-real-key-42' }).account());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('not-a-real-key-42');
    expect(await attempts('/v2/account')).toBe(1);
  });

  it('429 quota from a spent key, not retried', async () => {
    const error = await failure(client({ apiKey: SANDBOX_KEYS.spent }).domainSearch({ domain: 'stripe.com' }));
    expect(error).toMatchObject({ kind: 'quota_exceeded', status: 429 });
    expect(error.details).toMatch(/resets/);
    expect(await attempts('/v2/domain-search')).toBe(1);
  });

  it.each([
    [402, 'usage_limit'],
    [404, 'not_found'],
    [422, 'unprocessable'],
    [429, 'quota_exceeded'],
    [451, 'restricted'],
  ] as Array<[number, HunterErrorKind]>)('%i → %s, never retried', async (status, kind) => {
    await failNext({ path: '/v2/domain-search', status, count: 5 });
    const error = await failure(client().domainSearch({ domain: 'stripe.com' }));
    expect(error).toMatchObject({ kind, status });
    expect(await attempts('/v2/domain-search')).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it.each([
    [403, 'rate_limited'],
    [500, 'server'],
    [503, 'server'],
  ] as Array<[number, HunterErrorKind]>)('%i → %s after every retry', async (status, kind) => {
    // A free call, safe to repeat: every retry is spent (paid calls are covered below).
    await failNext({ path: '/v2/account', status, count: 10 });
    const error = await failure(client({ maxRetries: 2 }).account());
    expect(error).toMatchObject({ kind, status });
    expect(await attempts('/v2/account')).toBe(3);
  });

  it('a 200 that is not JSON is malformed', async () => {
    await failNext({ path: '/v2/account', status: 200, malformed: true });
    const error = await failure(client().account());
    expect(error).toMatchObject({ kind: 'malformed', status: 200 });
    expect(await attempts('/v2/account')).toBe(1);
  });

  it('a 200 without data is malformed', async () => {
    // The sandbox's injected 2xx fault answers `{}`.
    await failNext({ path: '/v2/email-count', status: 200 });
    expect(await failure(client().emailCount({ domain: 'stripe.com' }))).toMatchObject({ kind: 'malformed', status: 200 });
  });

  it('a 502 HTML page is a server error, and retried', async () => {
    await failNext({ path: '/v2/account', status: 502, malformed: true });
    const account = await client().account();
    expect(account.data.email).toBe('ada@quarry.test');
    expect(await attempts('/v2/account')).toBe(2);
  });

  it('a hanging request times out (per attempt), then is retried', async () => {
    await failNext({ path: '/v2/account', status: 200, hang: true });
    const account = await client({ timeoutMs: 150 }).account();
    expect(account.data.email).toBe('ada@quarry.test');
    expect(await attempts('/v2/account')).toBe(2);

    await failNext({ path: '/v2/account', status: 200, hang: true, count: 5 });
    const error = await failure(client({ timeoutMs: 100, maxRetries: 1 }).account());
    expect(error).toMatchObject({ kind: 'timeout', status: null });
  });

  it('a caller abort stops a hanging request without retry', async () => {
    await failNext({ path: '/v2/account', status: 200, hang: true, count: 5 });
    const controller = new AbortController();
    const pending = client().account({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' });
    expect(await attempts('/v2/account')).toBe(1);
  });

  it('a closed port is a network error', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const c = createHunterClient({
      baseUrl: `http://127.0.0.1:${port}/v2`,
      apiKey: SANDBOX_KEYS.demo,
      sleep: async (ms) => void sleeps.push(ms),
      maxRetries: 2,
    });
    expect(await failure(c.account())).toMatchObject({ kind: 'network', status: null });
    expect(sleeps).toHaveLength(2);
  });
});

describe('retries honour Retry-After', () => {
  it('403 then success: one retry after the announced second', async () => {
    await failNext({ path: '/v2/domain-search', status: 403, retryAfter: 1 });
    const page = await client().domainSearch({ domain: 'stripe.com' });
    expect(page.data.emails.length).toBeGreaterThan(0);
    expect(await attempts('/v2/domain-search')).toBe(2);
    expect(sleeps).toEqual([1_000]);
  });

  it('503 twice then success, Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 3_000).toUTCString();
    await failNext({ path: '/v2/leads_lists', status: 503, count: 2, retryAfter: date });
    const lists = await client().leadsLists.list();
    expect(lists.data.leads_lists.length).toBeGreaterThan(0);
    expect(await attempts('/v2/leads_lists')).toBe(3);
    expect(sleeps).toHaveLength(2);
    for (const ms of sleeps) {
      expect(ms).toBeGreaterThan(1_000);
      expect(ms).toBeLessThanOrEqual(3_000);
    }
  });

  it('503 without Retry-After backs off with jitter', async () => {
    await failNext({ path: '/v2/account', status: 503, count: 2 });
    await client({ random: () => 0.5 }).account();
    expect(sleeps).toEqual([150, 300]);
    expect(await attempts('/v2/account')).toBe(3);
  });

  it('a Retry-After far in the future is capped', async () => {
    await failNext({ path: '/v2/account', status: 503, retryAfter: 86_400 });
    await client().account();
    expect(sleeps).toEqual([60_000]);
  });
});

describe('what may have been served is not sent again', () => {
  it('a paid lookup that got a 503 is retried: a 5xx carries no result, so the docs count no query', async () => {
    await failNext({ path: '/v2/email-finder', status: 503, count: 1 });
    const found = await client({ random: () => 0.5 }).emailFinder({ domain: 'asana.com', first_name: 'Dustin', last_name: 'Moskovitz' });
    expect(found.data.email).toBeTruthy();
    expect(await attempts('/v2/email-finder')).toBe(2);
    expect(sleeps).toEqual([150]);
  });

  it('a paid domain search that keeps failing with 5xx gives up after the retries, as a server error', async () => {
    await failNext({ path: '/v2/domain-search', status: 502, count: 10 });
    expect(await failure(client({ maxRetries: 2 }).domainSearch({ domain: 'stripe.com' }))).toMatchObject({ kind: 'server', status: 502 });
    expect(await attempts('/v2/domain-search')).toBe(3);
  });

  it('a paid lookup whose answer timed out is not retried: it may have been served and charged', async () => {
    await failNext({ path: '/v2/domain-search', status: 200, hang: true, count: 1 });
    expect(await failure(client({ timeoutMs: 150 }).domainSearch({ domain: 'stripe.com' }))).toMatchObject({ kind: 'timeout' });
    expect(await attempts('/v2/domain-search')).toBe(1);
  });

  it('a paid lookup whose connection dropped after it was served is not retried', async () => {
    await failNext({ path: '/v2/email-finder', status: 200, drop: true, count: 1 });
    expect(await failure(client().emailFinder({ domain: 'asana.com', first_name: 'Dustin', last_name: 'Moskovitz' }))).toMatchObject({ kind: 'network' });
    expect(await attempts('/v2/email-finder')).toBe(1);
  });

  it('a POST whose answer timed out is not retried: it could create twice', async () => {
    await failNext({ path: '/v2/leads_lists', status: 200, hang: true, count: 1 });
    await expect(client({ timeoutMs: 200 }).leadsLists.create({ name: 'Once' })).rejects.toMatchObject({ kind: 'timeout' });
    expect(await attempts('/v2/leads_lists')).toBe(1);
  });

  it('a POST that got a 5xx is not retried: the lead may exist already', async () => {
    await failNext({ path: '/v2/leads_lists', status: 500, count: 1 });
    await expect(client().leadsLists.create({ name: 'Once' })).rejects.toMatchObject({ kind: 'server' });
    expect(await attempts('/v2/leads_lists')).toBe(1);
  });

  it('a paid lookup refused by the rate limit (403) is retried: it was not served', async () => {
    await failNext({ path: '/v2/email-finder', status: 403, count: 1, retryAfter: 1 });
    const found = await client().emailFinder({ domain: 'asana.com', first_name: 'Dustin', last_name: 'Moskovitz' });
    expect(found.data.email).toBeTruthy();
    expect(await attempts('/v2/email-finder')).toBe(2);
  });

  it('a 403 whose envelope is not a rate limit is a permanent refusal, with its own kind, not retried', async () => {
    await failNext({ path: '/v2/domain-search', status: 403, count: 3, id: 'forbidden' });
    const error = await failure(client().domainSearch({ domain: 'stripe.com' }));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, id: 'forbidden' });
    expect(await attempts('/v2/domain-search')).toBe(1);
    expect(sleeps).toEqual([]);
  });
});

describe('the key never follows a redirect', () => {
  it('a base URL that redirects to another local port never delivers the key there', async () => {
    const seenByOther: Array<string | undefined> = [];
    const other = createHttpServer((req, res) => {
      seenByOther.push(req.headers['x-api-key'] as string | undefined);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: {}, meta: {} }));
    });
    const otherPort = await listen(other);
    const redirector = createHttpServer((req, res) => {
      res.writeHead(307, { Location: `http://127.0.0.1:${otherPort}${req.url}` }).end();
    });
    const redirectorPort = await listen(redirector);
    try {
      const c = createHunterClient({
        baseUrl: `http://127.0.0.1:${redirectorPort}/v2`,
        apiKey: SANDBOX_KEYS.demo,
        sleep: async (ms) => void sleeps.push(ms),
        limiter: new RateLimiter(),
        maxRetries: 1,
      });
      expect(await failure(c.account())).toMatchObject({ kind: 'network' });
      expect(await failure(c.domainSearch({ domain: 'stripe.com' }))).toMatchObject({ kind: 'network' });
      expect(seenByOther).toEqual([]);
    } finally {
      await Promise.all([redirector, other].map((server) => new Promise((resolve) => server.close(resolve))));
    }
  });
});

describe('email-verifier specials', () => {
  it('202 twice, then 200: polled and counted once', async () => {
    let pending = 0;
    const answer = await client().emailVerifier({ email: 'slow@stripe.com' }, { onPending: () => pending++ });
    expect(answer.data.email).toBe('slow@stripe.com');
    expect(readVerdict(answer.data).status).not.toBe('unknown');
    expect(pending).toBe(1);
    const log = (await requestLog()).filter((r) => r.path === '/v2/email-verifier');
    expect(log.map((r) => r.status)).toEqual([202, 202, 200]);
    expect(sleeps).toEqual([1_000, 2_000]);
    const usage = readAccountUsage((await client().account()).data);
    expect(usage.verifications?.used).toBe(4);
  });

  it('202 past the deadline → verification_pending', async () => {
    let clock = 0;
    const c = client({ now: () => clock, sleep: async (ms) => void (clock += ms) });
    const error = await failure(c.emailVerifier({ email: 'slow@stripe.com' }, { deadlineMs: 500 }));
    expect(error).toMatchObject({ kind: 'verification_pending', status: 202 });
    // One poll after 0.5 s, at the deadline, then it gives up.
    expect(await attempts('/v2/email-verifier')).toBe(2);
    expect(clock).toBe(500);
  });

  it('222 → smtp_unavailable, not retried', async () => {
    const error = await failure(client().emailVerifier({ email: 'smtp-fail@stripe.com' }));
    expect(error).toMatchObject({ kind: 'smtp_unavailable', status: 222, id: 'smtp_failed' });
    expect(await attempts('/v2/email-verifier')).toBe(1);
  });

  it('451 → restricted, not retried', async () => {
    const error = await failure(client().emailVerifier({ email: 'restricted@stripe.com' }));
    expect(error).toMatchObject({ kind: 'restricted', status: 451 });
    expect(await attempts('/v2/email-verifier')).toBe(1);
  });

  it('429 from a spent key, not retried', async () => {
    const error = await failure(client({ apiKey: SANDBOX_KEYS.spent }).emailVerifier({ email: 'a@stripe.com' }));
    expect(error).toMatchObject({ kind: 'quota_exceeded', status: 429 });
    expect(await attempts('/v2/email-verifier')).toBe(1);
  });
});

describe('rate limits', () => {
  it('the client limiter keeps 16 simultaneous searches clear of the sandbox 403', async () => {
    const c = createHunterClient({ baseUrl: sandbox.apiBase, apiKey: SANDBOX_KEYS.demo, limiter: new RateLimiter(), maxRetries: 0 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 16 }, () => c.domainSearch({ domain: 'empty.example' })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const log = await requestLog();
    expect(log.map((r) => r.status)).toEqual(Array(16).fill(200));
  });

  it("without it, the sandbox's own 403 comes back as rate_limited and is retried", async () => {
    const unlimited = new RateLimiter({ search: { perSecond: 1e6, perMinute: 1e6 }, verify: { perSecond: 1e6, perMinute: 1e6 } });
    const c = createHunterClient({
      baseUrl: sandbox.apiBase,
      apiKey: SANDBOX_KEYS.demo,
      limiter: unlimited,
      maxRetries: 1,
      sleep: async (ms) => void sleeps.push(ms),
    });
    const results = await Promise.allSettled(Array.from({ length: 16 }, () => c.domainSearch({ domain: 'empty.example' })));
    const rejected = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as HunterError);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((e) => e.kind === 'rate_limited' && e.status === 403)).toBe(true);
    expect(sleeps.every((ms) => ms === 1_000)).toBe(true);
  });
});

describe('the key never travels in a URL', () => {
  it('every request of a full tour carries it in the header only', async () => {
    const c = client();
    await c.account();
    await c.domainSearch({ domain: 'stripe.com' });
    await c.emailFinder({ domain: 'asana.com', full_name: 'Dustin Moskovitz' });
    await c.emailVerifier({ email: 'slow@stripe.com' });
    await c.emailCount({ domain: 'stripe.com' });
    const lead = await c.leads.create({ first_name: 'A', last_name: 'B', email: 'ab@asana.com' });
    await c.leads.exist('ab@asana.com');
    await c.leads.list();
    await c.leads.update(lead.data.id, { position: 'CTO' });
    await c.leads.delete(lead.data.id);
    const list = await c.leadsLists.create({ name: 'L' });
    await c.leadsLists.list();
    await c.leadsLists.get(list.data.list_id);
    await c.leadsLists.update(list.data.list_id, { name: 'M' });
    await c.leadsLists.delete(list.data.list_id);
    await failNext({ path: '/v2/account', status: 503 });
    await c.account();

    const log = await requestLog();
    expect(log.length).toBeGreaterThanOrEqual(18);
    for (const r of log) {
      expect(r.query).not.toHaveProperty('api_key');
      expect(JSON.stringify(r)).not.toContain(SANDBOX_KEYS.demo);
      expect(r.keyVia).toBe(r.path === '/v2/email-count' ? null : 'header');
    }
  });
});
