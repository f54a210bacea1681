import { backoffDelay } from '../hunter/retry';
import type { ReplyError } from '../messaging/protocol';
import type { JobStore } from './job-store';
import type { BulkAnswer, BulkJob, BulkQuery, DomainOptions, JobProgress } from './types';

// Runs bulk jobs in the background. Each question is marked "in flight" in IndexedDB as its request leaves
// (after its turn at the rate limiter) and replaced by its answer when it comes, so a worker stopped at any moment resumes with every answered row
// kept and only the marked ones asked again (their count is shown). Pacing is the shared rate limiter's job
// (the `ask` given here goes through it at low priority); this loop only keeps enough requests waiting on it.

export type DoneAnswer = Extract<BulkAnswer, { state: 'done' }>;
/** `sending` is called each time a request for the question leaves; the ask waits for it before it returns. */
export type Ask = (query: BulkQuery, options: DomainOptions, signal: AbortSignal, sending: () => Promise<void>) => Promise<DoneAnswer>;

export interface RunnerDeps {
  store: JobStore;
  ask: Ask;
  /** Turns any thrown failure into the plain error kept with a row. */
  toError: (error: unknown) => ReplyError;
  /** Requests waiting on the limiter at once: enough to fill 15/s at a few hundred ms of latency. */
  concurrency?: number;
  /** Allowed requests per minute for the job's kind, for "time left". */
  perMinute: (job: BulkJob) => number;
  /** Called when the first job starts and when the last one stops (the background's keep-alive). */
  onActive?: (active: boolean) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Failures that would hit every row alike: the job waits with the reason instead of failing them all. */
const BLOCKING = new Set<string>(['usage_limit', 'quota_exceeded', 'unauthorized', 'no_key']);
/** Failures a later attempt can fix: the job backs off and asks again. */
const TRANSIENT = new Set<string>(['rate_limited', 'server']);
const MAX_ATTEMPTS = 4;

interface Run {
  controller: AbortController;
  done: number;
  failed: number;
  left: number;
  startedAt: number;
  answeredHere: number;
  finished: Promise<void>;
}

export function createBulkRunner(deps: RunnerDeps) {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const concurrency = deps.concurrency ?? 24;
  const runs = new Map<string, Run>();
  const settled = new Map<string, { done: number; failed: number }>();

  function setActive() {
    deps.onActive?.(runs.size > 0);
  }

  async function updateJob(id: string, change: Partial<BulkJob>): Promise<BulkJob | undefined> {
    const job = await store.getJob(id);
    if (!job) return undefined;
    const next = { ...job, ...change };
    await store.saveJob(next);
    return next;
  }

  /** Starts (or picks up again) a job whose state is 'running'; harmless when it already runs here. */
  async function run(id: string): Promise<void> {
    if (runs.has(id)) return;
    const job = await store.getJob(id);
    if (!job || job.state !== 'running') return;
    // Registered before the first await, so a second run() of the same job (alarm, Resume) returns at once.
    const startingRun: Run = { controller: new AbortController(), done: 0, failed: 0, left: 0, startedAt: now(), answeredHere: 0, finished: Promise.resolve() };
    runs.set(id, startingRun);
    setActive();
    const queries = await store.getQueries(id);
    const answers = await store.getAnswers(id, queries.length);
    const pending: number[] = [];
    let inFlight = 0;
    for (let i = 0; i < job.limitTo; i++) {
      const a = answers[i];
      if (a?.state === 'done') startingRun.done++;
      else if (a?.state === 'failed') startingRun.failed++;
      else {
        if (a?.state === 'inflight') inFlight++;
        pending.push(i);
      }
    }
    if (inFlight > 0) await updateJob(id, { askedAgain: job.askedAgain + inFlight });
    startingRun.left = pending.length;
    settled.delete(id);
    startingRun.finished = work(id, job.options, queries, pending, startingRun);
    await startingRun.finished;
  }

  async function work(id: string, options: DomainOptions, queries: BulkQuery[], pending: number[], state: Run): Promise<void> {
    const { signal } = state.controller;
    const attempts = new Map<number, number>();
    let holdUntil = 0;
    // A quota error stops new questions but lets those already out come back (they are refused, not served).
    let blocked = false;

    async function worker(): Promise<void> {
      while (!signal.aborted && !blocked) {
        const wait = holdUntil - now();
        if (wait > 0) await sleep(wait);
        if (signal.aborted) return;
        const index = pending.shift();
        if (index === undefined) return;
        const sending = () => store.setAnswer(id, index, { state: 'inflight', at: now() });
        try {
          const answer = await deps.ask(queries[index]!, options, signal, sending);
          await store.setAnswer(id, index, answer);
          state.done++;
          state.left--;
          state.answeredHere++;
        } catch (thrown) {
          const error = deps.toError(thrown);
          if (signal.aborted || error.kind === 'aborted') {
            // Paused or cancelled while it waited for its turn: not asked, so not marked.
            await store.clearAnswer(id, index);
            pending.unshift(index);
            return;
          }
          if (BLOCKING.has(error.kind)) {
            await store.clearAnswer(id, index);
            pending.unshift(index);
            if (!blocked) await updateJob(id, { state: 'blocked', reason: error });
            blocked = true;
            return;
          }
          const tries = (attempts.get(index) ?? 0) + 1;
          attempts.set(index, tries);
          if (TRANSIENT.has(error.kind) && tries < MAX_ATTEMPTS) {
            // Refused, not served: asked again after a pause every worker respects.
            await store.clearAnswer(id, index);
            pending.push(index);
            holdUntil = Math.max(holdUntil, now() + backoffDelay(tries, deps.random) + 250);
            continue;
          }
          await store.setAnswer(id, index, { state: 'failed', error });
          state.failed++;
          state.left--;
          state.answeredHere++;
        }
      }
    }

    await Promise.all(Array.from({ length: concurrency }, worker));
    runs.delete(id);
    settled.set(id, { done: state.done, failed: state.failed });
    if (!signal.aborted && !blocked && pending.length === 0) await updateJob(id, { state: 'done', reason: null });
    setActive();
  }

  /** A job blocked by a quota error lets its last requests come back: it runs again once that run has ended. */
  function runAfterCurrent(id: string): void {
    void (async () => {
      await runs.get(id)?.finished;
      await run(id);
    })();
  }

  async function stop(id: string, state: BulkJob['state']): Promise<void> {
    await updateJob(id, { state });
    const current = runs.get(id);
    current?.controller.abort();
    await current?.finished;
  }

  return {
    run,

    /** At the worker's start (and on the keep-alive alarm): every job left running goes on. */
    async resumeAll(): Promise<void> {
      const jobs = await store.listJobs();
      for (const job of jobs) if (job.state === 'running') void run(job.id);
    },

    pause: (id: string) => stop(id, 'paused'),
    cancel: (id: string) => stop(id, 'cancelled'),

    async resume(id: string): Promise<void> {
      const job = await updateJob(id, { state: 'running', reason: null });
      if (job) runAfterCurrent(id);
    },

    /** Runs the rest of a job that was cut to the part that fitted the quota. */
    async extend(id: string, limitTo: number): Promise<void> {
      const job = await store.getJob(id);
      if (!job) return;
      await updateJob(id, { limitTo: Math.min(job.total, Math.max(job.limitTo, limitTo)), state: 'running', reason: null });
      runAfterCurrent(id);
    },

    async progress(id: string): Promise<JobProgress | null> {
      const job = await store.getJob(id);
      if (!job) return null;
      const live = runs.get(id);
      let counts = live ?? settled.get(id);
      if (!counts) {
        const answers = await store.getAnswers(id, job.limitTo);
        counts = { done: answers.filter((a) => a?.state === 'done').length, failed: answers.filter((a) => a?.state === 'failed').length };
        settled.set(id, counts);
      }
      const left = job.limitTo - counts.done - counts.failed;
      let timeLeftMs: number | null = null;
      if (left > 0 && job.state === 'running') {
        const elapsed = live ? now() - live.startedAt : 0;
        const observed = live && live.answeredHere >= 20 && elapsed > 0 ? live.answeredHere / elapsed : 0;
        const allowed = deps.perMinute(job) / 60_000;
        timeLeftMs = Math.round(left / (observed > 0 ? observed : allowed));
      }
      return { job, done: counts.done, failed: counts.failed, left, timeLeftMs };
    },

    isRunning: (id: string) => runs.has(id),
  };
}

export type BulkRunner = ReturnType<typeof createBulkRunner>;
