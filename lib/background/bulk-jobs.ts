import { browser } from 'wxt/browser';
import type { ResponseCache } from '../cache/response-cache';
import { DEFAULT_RATE_RULES } from '../hunter/rate-limiter';
import type { AccountData } from '../hunter/types';
import { createJobStore } from '../bulk/job-store';
import { createBulkRunner } from '../bulk/runner';
import { createDomainLimit } from '../bulk/verifier-domain-limit';
import { toReplyError } from './app-error';
import { bulkAsks } from './bulk-asks';
import { bulkHandlers, familyOf, type BulkHandlers } from './handlers/bulk-handlers';

// What drives a bulk job's loop: the background worker itself (docs/ARCHITECTURE.md, "Bulk jobs").
// - At every worker start, jobs left 'running' go on from their last kept answer.
// - While a job runs, an alarm every 30 s (Chrome's shortest) starts a stopped worker again, which resumes;
//   and a cheap extension call every 20 s resets the worker's idle timer (Chrome 110+), so a run without the
//   bulk page open is not stopped every 30 s in the first place.

const ALARM = 'quarry-bulk-run';
const KEEP_AWAKE_MS = 20_000;

export function startBulkJobs(cache: ResponseCache, account: (fresh?: boolean) => Promise<AccountData>): BulkHandlers {
  const store = createJobStore();
  const limit = createDomainLimit();
  const asks = bulkAsks(cache, limit);
  let awake: ReturnType<typeof setInterval> | null = null;
  const runner = createBulkRunner({
    store,
    ask: asks.ask,
    toError: toReplyError,
    perMinute: (job) => DEFAULT_RATE_RULES[familyOf(job.kind)].perMinute,
    onActive(active) {
      if (active && awake === null) {
        void browser.alarms?.create(ALARM, { periodInMinutes: 0.5 });
        awake = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), KEEP_AWAKE_MS);
      } else if (!active && awake !== null) {
        void browser.alarms?.clear(ALARM);
        clearInterval(awake);
        awake = null;
      }
    },
  });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runner.resumeAll();
  });
  void runner.resumeAll();
  return bulkHandlers({
    store, runner, limit, freeAnswer: asks.freeAnswer,
    account,
  });
}
