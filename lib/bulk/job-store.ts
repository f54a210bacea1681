import { createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import type { BulkAnswer, BulkJob, BulkQuery, InputRow, InvalidRow } from './types';

// Bulk jobs in extension-origin IndexedDB: the job, its input rows, its questions and one record per answer,
// written as each answer arrives so a stopped worker, a closed tab or a browser restart loses nothing. The
// background writes; the bulk page reads the rows and answers from here directly (10,000 rows would be a
// heavy message).

export interface JobInput {
  header: string[];
  rows: InputRow[];
  /** For each row, the index of its question; null for an invalid row. */
  rowQuery: Array<number | null>;
  invalid: InvalidRow[];
}

let defaultStore: UseStore | null = null;
/** Opened on first use, never at import. */
function bulkDb(): UseStore {
  defaultStore ??= createStore('quarry-bulk', 'jobs');
  return defaultStore;
}

export function createJobStore(store: () => UseStore = bulkDb) {
  const answerKey = (id: string, index: number) => `answer:${id}:${index}`;
  return {
    saveJob: (job: BulkJob) => set(`job:${job.id}`, job, store()),
    getJob: (id: string) => get<BulkJob>(`job:${id}`, store()),
    async listJobs(): Promise<BulkJob[]> {
      const ids = (await keys<string>(store())).filter((k) => typeof k === 'string' && k.startsWith('job:'));
      const jobs = (await getMany<BulkJob>(ids, store())).filter((j): j is BulkJob => j !== undefined);
      return jobs.sort((a, b) => b.createdAt - a.createdAt);
    },
    saveInput: (id: string, input: JobInput) => set(`input:${id}`, input, store()),
    getInput: (id: string) => get<JobInput>(`input:${id}`, store()),
    saveQueries: (id: string, queries: BulkQuery[]) => set(`queries:${id}`, queries, store()),
    getQueries: async (id: string) => (await get<BulkQuery[]>(`queries:${id}`, store())) ?? [],
    setAnswer: (id: string, index: number, answer: BulkAnswer) => set(answerKey(id, index), answer, store()),
    clearAnswer: (id: string, index: number) => del(answerKey(id, index), store()),
    /** Answers of questions 0..count-1, undefined where none is kept yet. */
    getAnswers: (id: string, count: number) =>
      getMany<BulkAnswer | undefined>(Array.from({ length: count }, (_, i) => answerKey(id, i)), store()),
    async removeJob(id: string, count: number): Promise<void> {
      await delMany([`job:${id}`, `input:${id}`, `queries:${id}`, ...Array.from({ length: count }, (_, i) => answerKey(id, i))], store());
    },
  };
}

export type JobStore = ReturnType<typeof createJobStore>;
