// The sandbox over real HTTP: each endpoint's contract, auth, plans, credits, rate limits and test controls.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from './server';

let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => {
  sb.reset();
});

// Loose JSON reader for assertions: the tests check shapes, so `any` keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function call(path: string, init: RequestInit & { key?: string | null } = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const { key = SANDBOX_KEYS.demo, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key) headers.set('X-API-KEY', key);
  if (rest.body) headers.set('Content-Type', 'application/json');
  const res = await fetch(`${sb.apiBase}${path}`, { ...rest, headers });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

async function control(path: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${sb.url}/__sandbox/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}

const searchesUsed = async (key: string = SANDBOX_KEYS.demo): Promise<number> =>
  (await call('/account', { key })).body.data.requests.searches.used;

describe('domain-search', () => {
  it('returns the first page of stripe.com with company data, meta and hostile strings', async () => {
    const { status, body } = await call('/domain-search?domain=stripe.com');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ domain: 'stripe.com', organization: 'Stripe', pattern: '{first}', webmail: false, disposable: false });
    expect(body.data.emails).toHaveLength(10);
    expect(body.meta).toMatchObject({ limit: 10, offset: 0, params: { domain: 'stripe.com', company: null, type: null } });
    expect(body.meta.results).toBeGreaterThanOrEqual(137);
    const first = body.data.emails[0];
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['value', 'type', 'confidence', 'sources', 'first_name', 'last_name', 'position', 'seniority', 'department', 'linkedin', 'twitter', 'phone_number', 'verification']));
    expect(first.sources[0]).toEqual(expect.objectContaining({ domain: expect.any(String), uri: expect.any(String), extracted_on: expect.any(String), still_on_page: expect.any(Boolean) }));
    const page = JSON.stringify(body.data.emails);
    for (const hostile of ['<script>window.__pwned=1</script>', '<img src=x onerror=\\"window.__pwned=1\\">', 'javascript:window.__pwned=1', 'javascript:alert(1)']) {
      expect(page).toContain(hostile);
    }
    // Several scripts on the first page.
    expect(page).toMatch(/Анна/);
    expect(page).toMatch(/Γιώργος/);
    expect(page).toMatch(/王/);
    expect(page).toMatch(/محمد/);
    expect(page).toMatch(/佐藤/);
    expect(body.data.emails.every((e: Json) => e.sources.length <= 20)).toBe(true);
  });

  it('pages 100 at a time, filters by type and the newer filters, and is deterministic', async () => {
    const p1 = await call('/domain-search?domain=stripe.com&limit=100');
    const p2 = await call('/domain-search?domain=stripe.com&limit=100&offset=100');
    expect(p1.body.data.emails).toHaveLength(100);
    expect(p2.body.data.emails.length).toBe(p1.body.meta.results - 100);
    const values = [...p1.body.data.emails, ...p2.body.data.emails].map((e: Json) => e.value);
    expect(new Set(values).size).toBe(values.length);
    const again = await call('/domain-search?domain=stripe.com&limit=100');
    expect(again.body).toEqual(p1.body);

    const generic = await call('/domain-search?domain=stripe.com&type=generic&limit=100');
    expect(generic.body.data.emails.length).toBeGreaterThan(5);
    expect(generic.body.data.emails.every((e: Json) => e.type === 'generic' && e.first_name === null)).toBe(true);

    const execs = await call('/domain-search?domain=stripe.com&seniority=executive&department=sales,executive&limit=100');
    expect(execs.body.data.emails.length).toBeGreaterThan(0);
    expect(execs.body.data.emails.every((e: Json) => e.seniority === 'executive' && ['sales', 'executive'].includes(e.department))).toBe(true);
    expect(execs.body.meta.params).toMatchObject({ seniority: 'executive', department: 'sales,executive' });
  });

  it('resolves company names, IDN domains, and unknown or empty domains (which cost nothing)', async () => {
    expect((await call('/domain-search?company=Stripe')).body.data.domain).toBe('stripe.com');
    const unicode = await call('/domain-search?domain=münchen.de');
    const puny = await call('/domain-search?domain=xn--mnchen-3ya.de');
    expect(unicode.body.data.emails.length).toBeGreaterThanOrEqual(3);
    expect(puny.body.meta.results).toBe(unicode.body.meta.results);
    expect(unicode.body.data.emails[0].value).toMatch(/@münchen\.de$/);
    expect((await call('/domain-search?domain=intercom.io')).body.meta.results).toBe(35);
    expect((await call('/domain-search?domain=asana.com')).body.meta.results).toBe(12);

    const before = await searchesUsed();
    const empty = await call('/domain-search?domain=empty.example');
    expect(empty.status).toBe(200);
    expect(empty.body.data.emails).toEqual([]);
    expect(empty.body.meta.results).toBe(0);
    const unknown = await call('/domain-search?domain=nowhere-known.example');
    expect(unknown.body.data).toMatchObject({ domain: 'nowhere-known.example', organization: null, pattern: null, emails: [] });
    expect(await searchesUsed()).toBe(before);
    await call('/domain-search?domain=stripe.com');
    expect(await searchesUsed()).toBe(before + 1);
  });

  it('answers 400 wrong_params naming the parameter', async () => {
    const missing = await call('/domain-search');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ id: 'wrong_params', code: 400 });
    expect(missing.body.errors[0].details).toMatch(/domain/);
    expect((await call('/domain-search?domain=stripe.com&limit=101')).body.errors[0].details).toMatch(/limit/);
    expect((await call('/domain-search?domain=stripe.com&type=robot')).body.errors[0].details).toMatch(/type/);
    expect((await call('/domain-search?domain=not a domain')).status).toBe(400);
  });
});

describe('auth, plans and limits', () => {
  it('accepts the key as X-API-KEY, Bearer or api_key, and logs how it came', async () => {
    expect((await call('/account')).status).toBe(200);
    expect((await call('/account', { key: null, headers: { Authorization: `Bearer ${SANDBOX_KEYS.demo}` } })).status).toBe(200);
    expect((await call(`/account?api_key=${SANDBOX_KEYS.demo}`, { key: null })).status).toBe(200);
    const log: Json[] = await control('requests');
    expect(log.map((r) => r.keyVia)).toEqual(['header', 'bearer', 'query']);
    expect(log[2].query).toEqual({ api_key: '[present]' });
    expect(JSON.stringify(log)).not.toContain(SANDBOX_KEYS.demo);
  });

  it('answers 401 for a missing or unknown key, except on email-count', async () => {
    for (const key of [null, 'nope']) {
      const res = await call('/domain-search?domain=stripe.com', { key });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ errors: [{ id: 'authentication_failed', code: 401, details: 'No user found for the API key supplied' }] });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
    expect((await call('/email-count?domain=stripe.com', { key: null })).status).toBe(200);
  });

  it('limits the free plan to the first 10 results', async () => {
    const key = SANDBOX_KEYS.free;
    expect((await call('/domain-search?domain=stripe.com', { key })).status).toBe(200);
    expect((await call('/domain-search?domain=stripe.com&limit=5&offset=5', { key })).status).toBe(200);
    for (const q of ['offset=10', 'limit=20', 'offset=5']) {
      const res = await call(`/domain-search?domain=stripe.com&${q}`, { key });
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ id: 'pagination_error', code: 400 });
      expect(res.body.errors[0].details).toMatch(/free plan, limited to the first 10 results/);
    }
    expect((await call('/account', { key })).body.data).toMatchObject({ plan_name: 'Free', requests: { searches: { used: 2, available: 25 }, verifications: { used: 0, available: 50 } } });
  });

  it('answers 429 on every paid call of a spent key, and its account shows used == available', async () => {
    const key = SANDBOX_KEYS.spent;
    for (const path of ['/domain-search?domain=stripe.com', '/email-finder?domain=asana.com&first_name=Dustin&last_name=Moskovitz', '/email-verifier?email=patrick@stripe.com']) {
      const res = await call(path, { key });
      expect(res.status).toBe(429);
      expect(res.body.errors[0].id).toBe('too_many_requests');
      expect(res.body.errors[0].details).toMatch(/monthly quota.*resets on \d{4}-\d{2}-\d{2}/);
    }
    const account = (await call('/account', { key })).body.data;
    expect(account.requests.searches.used).toBe(account.requests.searches.available);
    expect(account.requests.verifications.used).toBe(account.requests.verifications.available);
    expect(account.calls.used).toBe(account.calls.available);
  });

  it('answers 403 with Retry-After past 15 searches per second, per key', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => call('/domain-search?domain=empty.example')));
    const limited = results.filter((r) => r.status === 403);
    expect(results.filter((r) => r.status === 200)).toHaveLength(15);
    expect(limited).toHaveLength(5);
    expect(limited[0]?.body.errors[0].id).toBe('too_many_requests');
    expect(limited[0]?.headers.get('retry-after')).toBe('1');
    // Finder shares the budget; other keys and other endpoints do not.
    expect((await call('/email-finder?domain=asana.com&full_name=Dustin Moskovitz')).status).toBe(403);
    expect((await call('/email-verifier?email=patrick@stripe.com')).status).toBe(200);
    expect((await call('/domain-search?domain=empty.example', { key: SANDBOX_KEYS.free })).status).toBe(200);
    expect((await call('/leads')).status).toBe(200);
  });
});

describe('email-finder', () => {
  it('finds seeded people, by first/last, full name or company', async () => {
    const before = await searchesUsed();
    const res = await call('/email-finder?domain=asana.com&first_name=Dustin&last_name=Moskovitz');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ email: 'dustin@asana.com', domain: 'asana.com', first_name: 'Dustin', last_name: 'Moskovitz', company: 'Asana', verification: expect.any(Object) });
    expect(res.body.data.score).toBeGreaterThan(0);
    expect(res.body.data.sources.length).toBeGreaterThan(0);
    expect(res.body.meta.params).toMatchObject({ first_name: 'Dustin', last_name: 'Moskovitz', domain: 'asana.com', company: null });
    expect((await call('/email-finder?company=Asana&full_name=Dustin+Moskovitz')).body.data.email).toBe('dustin@asana.com');
    expect((await call('/email-finder?domain=stripe.com&first_name=Анна&last_name=Петрова')).body.data.email).toBe('anna@stripe.com');
    // Unknown person: guessed from the pattern.
    expect((await call('/email-finder?domain=bbc.co.uk&first_name=Zoë&last_name=Ball')).body.data.email).toBe('zoe.ball@bbc.co.uk');
    expect(await searchesUsed()).toBe(before + 4);
  });

  it('answers email null (and costs nothing) on empty.example', async () => {
    const before = await searchesUsed();
    const res = await call('/email-finder?domain=empty.example&first_name=Ada&last_name=Lovelace');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ email: null, score: null });
    expect(await searchesUsed()).toBe(before);
  });

  it('names the missing parameters', async () => {
    const noLast = await call('/email-finder?domain=asana.com&first_name=Dustin');
    expect(noLast.status).toBe(400);
    expect(noLast.body.errors[0]).toMatchObject({ id: 'wrong_params' });
    expect(noLast.body.errors[0].details).toMatch(/last_name/);
    expect((await call('/email-finder?domain=asana.com&full_name=Dustin')).body.errors[0].details).toMatch(/full_name/);
    expect((await call('/email-finder?first_name=Dustin&last_name=Moskovitz')).body.errors[0].details).toMatch(/domain or company/);
  });
});

describe('email-verifier', () => {
  const verify = (email: string) => call(`/email-verifier?email=${encodeURIComponent(email)}`);

  it('gives deterministic verdicts with status, result and every check', async () => {
    const valid = await verify('patrick@stripe.com');
    expect(valid.status).toBe(200);
    expect(valid.body.data).toMatchObject({ status: 'valid', result: 'deliverable', regexp: true, smtp_check: true, email: 'patrick@stripe.com' });
    expect(Object.keys(valid.body.data)).toEqual(expect.arrayContaining(['score', 'gibberish', 'disposable', 'webmail', 'mx_records', 'smtp_server', 'accept_all', 'block', 'sources']));
    expect(valid.body.meta.params.email).toBe('patrick@stripe.com');
    expect((await verify('patrick@stripe.com')).body).toEqual(valid.body);
    expect((await verify('someone@gmail.com')).body.data).toMatchObject({ status: 'webmail', webmail: true });
    expect((await verify('x@mailinator.com')).body.data).toMatchObject({ status: 'disposable', disposable: true });
    expect((await verify('x@accept-all.example')).body.data).toMatchObject({ status: 'accept_all', accept_all: true, result: 'risky' });
    expect((await verify('invalid@stripe.com')).body.data).toMatchObject({ status: 'invalid', result: 'undeliverable' });
    const bad = await verify('not-an-address');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ id: 'wrong_params' });
  });

  it('answers 202, 202, then 200 for slow addresses and counts the verification once', async () => {
    const used = async () => (await call('/account')).body.data.requests.verifications.used;
    const before = await used();
    expect((await verify('slow@stripe.com')).status).toBe(202);
    const second = await verify('slow@stripe.com');
    expect(second.status).toBe(202);
    expect(second.body.errors).toBeUndefined();
    const done = await verify('slow@stripe.com');
    expect(done.status).toBe(200);
    expect(done.body.data.status).toBe('valid');
    expect(await used()).toBe(before + 1);
  });

  it('answers 222 for smtp-fail and 451 for restricted', async () => {
    const smtp = await verify('smtp-fail@stripe.com');
    expect(smtp.status).toBe(222);
    expect(smtp.body.errors[0]).toMatchObject({ id: 'smtp_failed', code: 222 });
    const claimed = await verify('restricted@stripe.com');
    expect(claimed.status).toBe(451);
    expect(claimed.body.errors[0]).toMatchObject({ id: 'claimed_email', code: 451 });
  });
});

describe('email-count and account', () => {
  it('counts by type, department and seniority, zeros for unknown domains', async () => {
    const res = await call('/email-count?domain=stripe.com', { key: null });
    expect(res.body.data.total).toBe(res.body.data.personal_emails + res.body.data.generic_emails);
    expect(res.body.data.total).toBeGreaterThanOrEqual(137);
    expect(res.body.data.department).toHaveProperty('sales');
    expect(res.body.data.seniority).toHaveProperty('executive');
    expect(res.body.meta.params).toEqual({ domain: 'stripe.com', type: null });
    const unknown = await call('/email-count?domain=nothing-here.example', { key: null });
    expect(unknown.body.data).toMatchObject({ total: 0, personal_emails: 0, generic_emails: 0 });
  });

  it('shows the plan with both requests and calls', async () => {
    const { body } = await call('/account');
    expect(body.data).toMatchObject({
      plan_name: 'Pro', team_id: 1,
      requests: { searches: { used: 12, available: 5000 }, verifications: { used: 3, available: 10000 } },
      calls: { used: 15, available: 15000 },
    });
    expect(body.data.reset_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('leads and leads lists', () => {
  it('lists seeded leads most recent first, filters and pages them', async () => {
    const all = await call('/leads');
    expect(all.body.meta).toMatchObject({ count: 6, total: 6, params: { limit: 20, offset: 0 } });
    expect(all.body.data.leads[0].id).toBe(6);
    const jeremy = all.body.data.leads.find((l: Json) => l.id === 1);
    expect(jeremy).toMatchObject({ first_name: 'Jeremy', last_name: 'Hoon', email: 'hoon@stripe.com', position: null, leads_list: { id: 1, name: 'My leads list', leads_count: 2, team_id: null } });
    expect((await call('/leads?leads_list_id=1')).body.meta.total).toBe(2);
    expect((await call('/leads?lead_list_id=2')).body.meta.total).toBe(4);
    expect((await call('/leads?company=stripe')).body.meta.total).toBe(3);
    expect((await call('/leads?limit=2&offset=1')).body.data.leads.map((l: Json) => l.id)).toEqual([5, 4]);
    expect((await call('/leads?limit=0')).status).toBe(400);
  });

  it('creates into the last list, refuses duplicates and missing names, gets, updates, deletes', async () => {
    const created = await call('/leads', { method: 'POST', body: JSON.stringify({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@asana.com', confidence_score: 80 }) });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ id: 7, email: 'ada@asana.com', confidence_score: 80, leads_list: { id: 2, name: 'Prospects', team_id: 1 } });

    const dup = await call('/leads', { method: 'POST', body: JSON.stringify({ first_name: 'Ada', last_name: 'L', email: 'ADA@asana.com' }) });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].id).toBe('duplicated_entry');
    const otherList = await call('/leads', { method: 'POST', body: JSON.stringify({ first_name: 'Ada', last_name: 'L', email: 'ada@asana.com', leads_list_id: 1 }) });
    expect(otherList.status).toBe(201);

    const noName = await call('/leads', { method: 'POST', body: JSON.stringify({ email: 'x@asana.com' }) });
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0].details).toMatch(/first_name/);

    expect((await call('/leads/exist?email=ada@asana.com')).body.data).toEqual({ id: 8, leads_list_id: 1, leads_list_name: 'My leads list' });
    expect((await call('/leads/exist?email=nobody@asana.com')).body.data).toEqual({ id: null, leads_list_id: null, leads_list_name: null });

    const put = await call('/leads/7', { method: 'PUT', body: JSON.stringify({ company: 'Facebook' }) });
    expect(put.status).toBe(204);
    expect((await call('/leads/7')).body.data.company).toBe('Facebook');
    expect((await call('/leads/7', { method: 'DELETE' })).status).toBe(204);
    expect((await call('/leads/7')).status).toBe(404);
    expect((await call('/leads/999', { method: 'DELETE' })).status).toBe(404);
  });

  it('manages lists; deleting one deletes its leads', async () => {
    const lists = await call('/leads_lists');
    expect(lists.body.data.leads_lists).toEqual([
      { id: 2, name: 'Prospects', leads_count: 4, team_id: 1 },
      { id: 1, name: 'My leads list', leads_count: 2, team_id: null },
    ]);
    expect(lists.body.meta.total).toBe(2);

    const created = await call('/leads_lists', { method: 'POST', body: JSON.stringify({ name: 'New list' }) });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ data: { list_id: 3, name: 'New list', team_id: null } });
    expect((await call('/leads_lists', { method: 'POST', body: JSON.stringify({}) })).status).toBe(400);

    expect((await call('/leads_lists/3', { method: 'PUT', body: JSON.stringify({ name: 'Renamed' }) })).status).toBe(204);
    expect((await call('/leads_lists/3')).body.data).toMatchObject({ name: 'Renamed', leads_count: 0, leads: [] });

    const one = await call('/leads_lists/1?limit=1');
    expect(one.body.data).toMatchObject({ name: 'My leads list', leads_count: 2, team_id: null });
    expect(one.body.data.leads).toHaveLength(1);
    expect(one.body.data.leads[0].leads_list_id).toBe(1);

    expect((await call('/leads_lists/1', { method: 'DELETE' })).status).toBe(204);
    expect((await call('/leads_lists/1')).status).toBe(404);
    expect((await call('/leads/1')).status).toBe(404);
    expect((await call('/leads')).body.meta.total).toBe(4);
  });

  it('rejects malformed JSON bodies', async () => {
    const res = await call('/leads', { method: 'POST', body: '{"first_name": ' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ id: 'wrong_params' });
  });
});

describe('HTTP plumbing and test controls', () => {
  it('answers CORS preflights and sends CORS headers on every answer', async () => {
    const pre = await fetch(`${sb.apiBase}/leads`, { method: 'OPTIONS', headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/X-API-KEY/i);
    expect(pre.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    const notFound = await call('/nope');
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${sb.url}/__sandbox/state`)).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('logs every /v2 request with query, body and status', async () => {
    await call('/domain-search?domain=stripe.com&limit=5');
    await call('/leads', { method: 'POST', body: JSON.stringify({ first_name: 'A', last_name: 'B' }) });
    const log: Json[] = await control('requests');
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ method: 'GET', path: '/v2/domain-search', query: { domain: 'stripe.com', limit: '5' }, keyVia: 'header', body: null, status: 200 });
    expect(log[1]).toMatchObject({ method: 'POST', path: '/v2/leads', body: { first_name: 'A', last_name: 'B' }, status: 201 });
    expect(typeof log[0].at).toBe('number');
  });

  it('injects failures: status with Retry-After, count, malformed bodies, hangs', async () => {
    await control('fail-next', { path: '/v2/domain-search', status: 503, count: 2, retryAfter: 3 });
    const first = await call('/domain-search?domain=stripe.com');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(first.body.errors[0].code).toBe(503);
    expect((await call('/domain-search?domain=stripe.com')).status).toBe(503);
    expect((await call('/domain-search?domain=stripe.com')).status).toBe(200);

    await control('fail-next', { path: '/v2/leads', status: 502, malformed: true });
    const html = await fetch(`${sb.apiBase}/leads`, { headers: { 'X-API-KEY': SANDBOX_KEYS.demo } });
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.headers.get('access-control-allow-origin')).toBe('*');
    await expect(html.clone().json()).rejects.toThrow();

    await control('fail-next', { path: '/v2/account', status: 200, hang: true });
    await expect(fetch(`${sb.apiBase}/account`, { headers: { 'X-API-KEY': SANDBOX_KEYS.demo }, signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect((await call('/account')).status).toBe(200);
  });

  it('adds latency to /v2 answers', async () => {
    await control('latency', { ms: 120 });
    const start = Date.now();
    await call('/account');
    expect(Date.now() - start).toBeGreaterThanOrEqual(100);
  });

  it('resets leads, lists, counters, log, faults and latency', async () => {
    await call('/leads_lists/2', { method: 'DELETE' });
    await call('/domain-search?domain=stripe.com');
    await control('fail-next', { path: '/v2/account', status: 500, count: 5 });
    await control('latency', { ms: 500 });
    await control('reset', {});
    const state: Json = await control('state');
    expect(state.leads).toHaveLength(6);
    expect(state.lists).toHaveLength(2);
    expect(state.usage[SANDBOX_KEYS.demo].searches.used).toBe(12);
    expect(await control('requests')).toEqual([]);
    const start = Date.now();
    expect((await call('/account')).status).toBe(200);
    expect(Date.now() - start).toBeLessThan(400);
  });

  it('seeds a list of generated leads for paging', async () => {
    const seeded: Json = await control('seed-leads', { listName: 'Paging', count: 150 });
    expect(seeded).toMatchObject({ list_id: 3, name: 'Paging', leads_count: 150 });
    const page2 = await call(`/leads?leads_list_id=${seeded.list_id}&limit=100&offset=100`);
    expect(page2.body.meta).toMatchObject({ count: 50, total: 150 });
    expect((await call('/leads_lists')).body.data.leads_lists[0]).toMatchObject({ id: 3, leads_count: 150 });
  });
});
