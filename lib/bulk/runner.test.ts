import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { HunterError, toErrorInfo } from '../hunter/errors';
import { createJobStore } from './job-store';
import { createBulkRunner, type Ask } from './runner';
import type { BulkJob, BulkQuery } from './types';

let stores = 0;
/** Questions come back from IndexedDB as copies: known by their domain, d<i>.com. */
const indexOf = (q: BulkQuery) => Number((q as { domain: string }).domain.slice(1, -4));
function setup(count: number) {
  const db = createStore(`bulk-test-${++stores}`, 'jobs');
  const store = createJobStore(() => db);
  const queries: BulkQuery[] = Array.from({ length: count }, (_, i) => ({ kind: 'domains', domain: `d${i}.com` }));
  const job: BulkJob = {
    id: 'job1', kind: 'domains', options: { limit: 10 }, fileName: null, createdAt: 1, state: 'running', reason: null,
    total: count, limitTo: count, rows: count, invalid: 0, duplicates: 0, askedAgain: 0,
  };
  return { store, queries, job };
}
const found = (query: BulkQuery) => ({ state: 'done' as const, organization: null, fromCache: false, addresses: [{ email: `a@${(query as { domain: string }).domain}`, score: 90, status: null, sources: 1, first_name: null, last_name: null, position: null, guessed: false }] });
const runnerOf = (store: ReturnType<typeof createJobStore>, ask: Ask) =>
  createBulkRunner({ store, ask, toError: toErrorInfo, perMinute: () => 500, concurrency: 4, sleep: async () => undefined });

describe('bulk runner', () => {
  it('answers every question once and finishes', async () => {
    const { store, queries, job } = setup(30);
    await store.saveQueries(job.id, queries);
    await store.saveJob(job);
    const asked: string[] = [];
    const runner = runnerOf(store, async (q) => { asked.push((q as { domain: string }).domain); return found(q); });
    await runner.run(job.id);
    expect(asked.sort()).toEqual(queries.map((q) => (q as { domain: string }).domain).sort());
    expect((await store.getJob(job.id))?.state).toBe('done');
    expect(await runner.progress(job.id)).toMatchObject({ done: 30, failed: 0, left: 0 });
  });

  it('after a stop, asks again only the questions that were in flight, and counts them', async () => {
    const { store, queries, job } = setup(10);
    await store.saveQueries(job.id, queries);
    await store.saveJob(job);
    // The worker died with 0–3 answered, 4 and 5 in flight, the rest never started.
    for (let i = 0; i < 4; i++) await store.setAnswer(job.id, i, found(queries[i]!));
    await store.setAnswer(job.id, 4, { state: 'inflight', at: 1 });
    await store.setAnswer(job.id, 5, { state: 'inflight', at: 1 });
    const asked: number[] = [];
    const runner = runnerOf(store, async (q) => { asked.push(indexOf(q)); return found(q); });
    await runner.resumeAll();
    await expect.poll(async () => (await store.getJob(job.id))?.state).toBe('done');
    expect(asked.sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9]);
    expect((await store.getJob(job.id))?.askedAgain).toBe(2);
  });

  it('waits with the reason on a quota error, and resumes where it stopped', async () => {
    const { store, queries, job } = setup(8);
    await store.saveQueries(job.id, queries);
    await store.saveJob(job);
    let quotaLeft = 3;
    const asked: number[] = [];
    const ask: Ask = async (q) => {
      if (quotaLeft-- <= 0) throw new HunterError('quota_exceeded', { status: 429 });
      asked.push(indexOf(q));
      return found(q);
    };
    const runner = createBulkRunner({ store, ask, toError: toErrorInfo, perMinute: () => 500, concurrency: 1, sleep: async () => undefined });
    await runner.run(job.id);
    const blocked = await store.getJob(job.id);
    expect(blocked?.state).toBe('blocked');
    expect(blocked?.reason?.kind).toBe('quota_exceeded');
    quotaLeft = 100;
    await runner.resume(job.id);
    await expect.poll(async () => (await store.getJob(job.id))?.state).toBe('done');
    expect(asked).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('backs off and asks again after a rate limit or server error; other errors stay with their row', async () => {
    const { store, queries, job } = setup(3);
    await store.saveQueries(job.id, queries);
    await store.saveJob(job);
    const calls = new Map<number, number>();
    const ask: Ask = async (q) => {
      const i = indexOf(q);
      calls.set(i, (calls.get(i) ?? 0) + 1);
      if (i === 0 && calls.get(i)! < 3) throw new HunterError('rate_limited', { status: 403 });
      if (i === 1) throw new HunterError('bad_params', { status: 400 });
      return found(q);
    };
    const runner = runnerOf(store, ask);
    await runner.run(job.id);
    expect(calls.get(0)).toBe(3);
    expect(calls.get(1)).toBe(1);
    const answers = await store.getAnswers(job.id, 3);
    expect(answers.map((a) => a?.state)).toEqual(['done', 'failed', 'done']);
  });

  it('Resume pressed while the blocked run still waits for its last answers: the job goes on once they are in', async () => {
    const { store, queries, job } = setup(12);
    await store.saveQueries(job.id, queries);
    await store.saveJob(job);
    let release: () => void = () => undefined;
    const slow = new Promise<void>((done) => (release = done));
    let refused = false;
    const ask: Ask = async (q) => {
      const i = indexOf(q);
      if (i === 0 && !refused) { refused = true; throw new HunterError('quota_exceeded', { status: 429 }); }
      if (i === 1) await slow; // still out when the job is blocked and resumed
      return found(q);
    };
    const runner = createBulkRunner({ store, ask, toError: toErrorInfo, perMinute: () => 500, concurrency: 2, sleep: async () => undefined });
    const first = runner.run(job.id);
    await expect.poll(async () => (await store.getJob(job.id))?.state).toBe('blocked');
    await runner.resume(job.id);
    release();
    await first;
    await expect.poll(async () => (await store.getJob(job.id))?.state).toBe('done');
    expect(await runner.progress(job.id)).toMatchObject({ done: 12, left: 0 });
  });
});
