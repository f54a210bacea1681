import { createStore, del, delMany, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { BulkAnswer, BulkJob, BulkQuery, InputRow, InvalidRow, SavedLeadRecord } from './types';

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

/** Every key that starts with `prefix` (keys are strings, so they sort by prefix). */
const startingWith = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

export function createJobStore(store: () => UseStore = bulkDb) {
  const answerKey = (id: string, index: number) => `answer:${id}:${index}`;
  return {
    saveJob: (job: BulkJob) => set(`job:${job.id}`, job, store()),
    getJob: (id: string) => get<BulkJob>(`job:${id}`, store()),
    async listJobs(): Promise<BulkJob[]> {
      const jobs = await store()('readonly', (s) => promisifyRequest<BulkJob[]>(s.getAll(startingWith('job:'))));
      return jobs.sort((a, b) => b.createdAt - a.createdAt);
    },
    saveInput: (id: string, input: JobInput) => set(`input:${id}`, input, store()),
    getInput: (id: string) => get<JobInput>(`input:${id}`, store()),
    saveQueries: (id: string, queries: BulkQuery[]) => set(`queries:${id}`, queries, store()),
    getQueries: async (id: string) => (await get<BulkQuery[]>(`queries:${id}`, store())) ?? [],
    setAnswer: (id: string, index: number, answer: BulkAnswer) => set(answerKey(id, index), answer, store()),
    clearAnswer: (id: string, index: number) => del(answerKey(id, index), store()),
    /**
     * Answers of questions 0..count-1, undefined where none is kept yet. Two range reads, not one read per
     * answer: a 10,000-row job's results were ~10,000 requests (bench: 4.2 s → 1.4 s to the table's first row).
     */
    async getAnswers(id: string, count: number): Promise<Array<BulkAnswer | undefined>> {
      const prefix = answerKey(id, 0).slice(0, -1);
      const range = startingWith(prefix);
      return store()('readonly', async (s) => {
        const [found, values] = await Promise.all([promisifyRequest(s.getAllKeys(range)), promisifyRequest<BulkAnswer[]>(s.getAll(range))]);
        const answers = new Array<BulkAnswer | undefined>(count).fill(undefined);
        // Keys and values come in the same (key) order; "answer:<id>:12" sorts before ":2", hence the index read back.
        found.forEach((key, i) => {
          const index = Number(String(key).slice(prefix.length));
          if (Number.isInteger(index) && index < count) answers[index] = values[i];
        });
        return answers;
      });
    },
    /** "Save all as leads": address → its outbox item, so an address is never queued twice from this job. */
    getSavedLeads: async (id: string) => (await get<Record<string, SavedLeadRecord>>(`leads:${id}`, store())) ?? {},
    saveSavedLeads: (id: string, record: Record<string, SavedLeadRecord>) => set(`leads:${id}`, record, store()),
    async removeJob(id: string, count: number): Promise<void> {
      await delMany([`job:${id}`, `input:${id}`, `queries:${id}`, `leads:${id}`, ...Array.from({ length: count }, (_, i) => answerKey(id, i))], store());
    },
  };
}

export type JobStore = ReturnType<typeof createJobStore>;
