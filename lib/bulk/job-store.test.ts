import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createJobStore } from './job-store';
import type { BulkAnswer, BulkJob } from './types';

const job = (id: string, createdAt: number): BulkJob => ({
  id, kind: 'domains', options: { limit: 10 }, fileName: null, createdAt, state: 'done', reason: null,
  total: 13, limitTo: 13, rows: 13, invalid: 0, duplicates: 0, askedAgain: 0,
});
const answer = (email: string): BulkAnswer => ({ state: 'done', organization: null, fromCache: false, addresses: [{ email, score: 1, status: null, sources: 0, first_name: null, last_name: null, position: null, guessed: false }] });

describe('job store', () => {
  it('reads a job’s answers in place by index (12 after 2, not before), none of another job whose id starts the same', async () => {
    const db = createStore('job-store-test-1', 'jobs');
    const store = createJobStore(() => db);
    await store.setAnswer('a', 0, answer('zero@a.com'));
    await store.setAnswer('a', 2, answer('two@a.com'));
    await store.setAnswer('a', 12, answer('twelve@a.com'));
    await store.setAnswer('a', 20, answer('past-count@a.com'));
    await store.setAnswer('a1', 1, answer('other@a1.com'));
    const answers = await store.getAnswers('a', 13);
    expect(answers).toHaveLength(13);
    const emails = answers.map((a) => (a?.state === 'done' ? a.addresses[0]!.email : null));
    expect(emails).toEqual(['zero@a.com', null, 'two@a.com', null, null, null, null, null, null, null, null, null, 'twelve@a.com']);
  });

  it('lists only jobs, newest first, and removing one leaves the other whole', async () => {
    const db = createStore('job-store-test-2', 'jobs');
    const store = createJobStore(() => db);
    await store.saveJob(job('old', 1));
    await store.saveJob(job('new', 2));
    await store.saveQueries('old', [{ kind: 'domains', domain: 'a.com' }]);
    await store.setAnswer('old', 0, answer('x@a.com'));
    await store.setAnswer('new', 0, answer('y@a.com'));
    expect((await store.listJobs()).map((j) => j.id)).toEqual(['new', 'old']);
    await store.removeJob('old', 13);
    expect((await store.listJobs()).map((j) => j.id)).toEqual(['new']);
    expect(await store.getAnswers('old', 1)).toEqual([undefined]);
    expect(await store.getAnswers('new', 1)).toEqual([answer('y@a.com')]);
  });
});
