import { registrableDomain } from '../../domains';
import { DEFAULT_RATE_RULES } from '../../hunter/rate-limiter';
import { readAccountUsage } from '../../hunter/account-usage';
import type { AccountData } from '../../hunter/types';
import { estimateCost, partThatFits } from '../../bulk/cost';
import type { JobStore } from '../../bulk/job-store';
import { planJob } from '../../bulk/normalize';
import type { BulkRunner } from '../../bulk/runner';
import type { BulkInput, BulkJob, BulkKind, BulkQuery, DomainOptions } from '../../bulk/types';
import { domainOfAddress, type DomainLimit } from '../../bulk/verifier-domain-limit';
import { invalidInput } from '../app-error';
import type { Handlers } from '../router';

export type BulkHandlers = Pick<Handlers, 'bulkPlan' | 'bulkStart' | 'bulkProgress' | 'bulkJobs' | 'bulkControl' | 'bulkRemove'>;

export const familyOf = (kind: BulkKind) => (kind === 'addresses' ? 'verify' : 'search');

const MAX_ROWS = 50_000;
const MAX_LIMIT = 100;

export interface BulkDeps {
  store: JobStore;
  runner: BulkRunner;
  limit: DomainLimit;
  freeAnswer: (query: BulkQuery, options: DomainOptions) => Promise<'cache' | 'guess' | null>;
  /** The free `account` call, through its short cache (`fresh`: past it). */
  account: (fresh?: boolean) => Promise<AccountData>;
}

function checkInput(input: BulkInput): void {
  if (input.rows.length > MAX_ROWS) throw invalidInput(`At most ${MAX_ROWS} rows per job`);
  if (!(input.options.limit >= 1 && input.options.limit <= MAX_LIMIT)) throw invalidInput('The number of addresses per domain is 1 to 100');
}

/** Bulk jobs: plan and price before spending, then start, watch, pause, resume, cancel. */
export function bulkHandlers(deps: BulkDeps): BulkHandlers {
  const { store, runner } = deps;

  async function priced(input: BulkInput) {
    checkInput(input);
    const plan = planJob(input, registrableDomain);
    const free = await Promise.all(plan.queries.map((q) => deps.freeAnswer(q, input.options)));
    const cached = free.map((f) => f !== null);
    let overDomainLimit = 0;
    const paid = free.map((f) => f === null);
    if (input.kind === 'addresses') {
      // Past a domain's 200 a day, a row is answered "domain limit reached" without a call.
      const used = new Map<string, number>();
      for (const [i, q] of plan.queries.entries()) {
        if (cached[i] || q.kind !== 'addresses') continue;
        const domain = domainOfAddress(q.email);
        if (!used.has(domain)) used.set(domain, await deps.limit.left(domain));
        const left = used.get(domain)!;
        if (left <= 0) {
          overDomainLimit++;
          paid[i] = false;
        } else used.set(domain, left - 1);
      }
    }
    let remaining: number | null = null;
    let resetDate: string | null = null;
    try {
      const usage = readAccountUsage(await deps.account());
      const counter = input.kind === 'addresses' ? usage.verifications : usage.searches;
      remaining = counter ? Math.max(0, counter.available - counter.used) : null;
      resetDate = usage.resetDate;
    } catch {
      // Without the account's figures the estimate still stands; the page says "unknown".
    }
    const estimate = estimateCost({
      questions: plan.queries.length, cached: free.filter((f) => f === 'cache').length, guessed: free.filter((f) => f === 'guess').length, overDomainLimit,
      remaining, resetDate, rule: DEFAULT_RATE_RULES[familyOf(input.kind)], fits: partThatFits(paid, remaining),
    });
    return { plan, estimate };
  }

  return {
    async bulkPlan(input) {
      const { plan, estimate } = await priced(input);
      return { invalid: plan.invalid, duplicates: plan.duplicates, estimate };
    },

    async bulkStart({ input, onlyWhatFits }) {
      const { plan, estimate } = await priced(input);
      if (plan.queries.length === 0) throw invalidInput('No row can be asked');
      const job: BulkJob = {
        id: crypto.randomUUID(), kind: input.kind, options: input.options, fileName: input.fileName, createdAt: Date.now(),
        state: 'running', reason: null, total: plan.queries.length,
        limitTo: onlyWhatFits ? estimate.fits : plan.queries.length,
        rows: input.rows.length, invalid: plan.invalid.length, duplicates: plan.duplicates, askedAgain: 0,
      };
      await store.saveInput(job.id, { header: input.header, rows: input.rows, rowQuery: plan.rowQuery, invalid: plan.invalid });
      await store.saveQueries(job.id, plan.queries);
      await store.saveJob(job);
      void runner.run(job.id);
      return { id: job.id };
    },

    bulkProgress: ({ id }) => runner.progress(id),

    bulkJobs: () => store.listJobs(),

    async bulkControl({ id, action }) {
      if (action === 'pause') await runner.pause(id);
      else if (action === 'cancel') await runner.cancel(id);
      else if (action === 'resume') {
        // Resume after a quota stop: the free account says whether the plan has credits again (an upgrade, a
        // reset); while it is still spent, the job's paid calls stay held back (spent-quota.ts) and it waits again.
        await deps.account(true).catch(() => undefined);
        await runner.resume(id);
      }
      else await runner.extend(id, Number.MAX_SAFE_INTEGER);
      return runner.progress(id);
    },

    async bulkRemove({ id }) {
      const job = await store.getJob(id);
      if (!job) return null;
      await runner.cancel(id);
      await store.removeJob(id, job.total);
      return null;
    },
  };
}
