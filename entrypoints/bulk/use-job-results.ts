import { useEffect, useState } from 'preact/hooks';
import { createJobStore, type JobInput } from '@/lib/bulk/job-store';
import { resultRows, type ResultRow } from '@/lib/bulk/result-rows';
import type { BulkAnswer, BulkQuery } from '@/lib/bulk/types';

export interface JobResults {
  header: string[];
  rows: ResultRow[];
  /** The pieces the rows were made of ("Save all as leads" reads them too). */
  input: JobInput;
  queries: BulkQuery[];
  answers: Array<BulkAnswer | undefined>;
}

/**
 * The job's rows and answers, read from IndexedDB (the background writes them there as they come), again
 * every `everyMs` while the job runs.
 */
export function useJobResults(id: string, total: number, running: boolean, everyMs = 4_000): JobResults | null {
  const [results, setResults] = useState<JobResults | null>(null);
  useEffect(() => {
    const store = createJobStore();
    let alive = true;
    async function load() {
      const [input, queries] = await Promise.all([store.getInput(id), store.getQueries(id)]);
      if (!input) return;
      const answers = await store.getAnswers(id, Math.max(total, queries.length));
      if (alive) setResults({ header: input.header, rows: resultRows(input, queries, answers), input, queries, answers });
    }
    void load();
    const timer = running ? setInterval(() => void load(), everyMs) : null;
    return () => {
      alive = false;
      if (timer) clearInterval(timer);
    };
  }, [id, total, running, everyMs]);
  return results;
}
