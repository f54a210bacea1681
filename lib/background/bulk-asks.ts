import type { ResponseCache } from '../cache/response-cache';
import { readVerdict } from '../hunter/verdict';
import type { HunterClient } from '../hunter';
import type { DomainSearchEmail, EmailFinderData } from '../hunter/types';
import type { Ask, DoneAnswer } from '../bulk/runner';
import type { BulkQuery, DomainOptions, FoundAddress } from '../bulk/types';
import { domainOfAddress, type DomainLimit } from '../bulk/verifier-domain-limit';
import { AppError } from './app-error';
import { guessEmailFromPattern } from '../names';
import { cachedCalls } from './handlers/lookup-handlers';
import { patternHandlers } from './handlers/pattern-handlers';

export type FreeAnswer = 'cache' | 'guess' | null;

// How a bulk job asks each kind of question: through the same cache keys as the popup (a question it already
// paid for is free here too), at low priority on the shared limiter (the popup and the menu go first). A name at
// a domain whose pattern a cached search gave is answered for free by the guess (lib/names), flagged "guessed".

export function domainSearchParams(domain: string, options: DomainOptions) {
  return { domain, limit: options.limit, type: options.type, seniority: options.seniority, department: options.department };
}

function finderParams(query: Extract<BulkQuery, { kind: 'names' }>) {
  return { first_name: query.first_name, last_name: query.last_name, domain: query.domain, company: query.company };
}

function fromDomainEmail(e: DomainSearchEmail): FoundAddress {
  return {
    email: e.value, score: e.confidence, status: e.verification?.status ?? null, sources: e.sources?.length ?? 0,
    first_name: e.first_name, last_name: e.last_name, position: e.position, guessed: false,
  };
}

function fromFinder(d: EmailFinderData): FoundAddress[] {
  if (!d.email) return [];
  return [{
    email: d.email, score: d.score, status: d.verification?.status ?? null, sources: d.sources?.length ?? 0,
    first_name: d.first_name ?? null, last_name: d.last_name ?? null, position: d.position ?? null, guessed: false,
  }];
}

export function domainLimitReached(domain: string): AppError {
  return new AppError({ kind: 'domain_limit', status: null, message: `The verifier checks at most 200 addresses of ${domain} per 24 hours` });
}

export function bulkAsks(cache: ResponseCache, limit: DomainLimit) {
  const { through: throughCache, peek } = cachedCalls(cache, 'low');
  const { knownPattern } = patternHandlers(cache);

  /** A Names question's free answer: the address built from the domain's pattern a cached search gave. */
  async function guess(query: BulkQuery): Promise<string | null> {
    if (query.kind !== 'names' || !query.domain) return null;
    const known = await knownPattern({ domain: query.domain });
    return known ? guessEmailFromPattern(known.pattern, { first: query.first_name, last: query.last_name }, query.domain) : null;
  }

  const ask: Ask = async (query, options, signal, sending): Promise<DoneAnswer> => {
    // The job marks the question "in flight" when its request leaves, after its turn at the limiter.
    // The mark's write starts before the request and is awaited after it, so the limiter's slot is not held
    // for a disk write (IndexedDB applies it before the answer's, which is written later on the same store).
    const fetchMarked: typeof fetch = async (input, init) => {
      const marked = sending();
      try {
        return await fetch(input, init);
      } finally {
        await marked;
      }
    };
    const through = <T>(endpoint: string, params: object, call: (c: HunterClient) => Promise<T>) =>
      throughCache(endpoint, params, true, call, undefined, { fetch: fetchMarked });
    if (query.kind === 'domains') {
      const params = domainSearchParams(query.domain, options);
      const r = await through('domain-search', params, (c) => c.domainSearch(params, { signal }));
      const data = r.value.data;
      return { state: 'done', addresses: (data.emails ?? []).map(fromDomainEmail), organization: data.organization ?? null, fromCache: r.fromCache };
    }
    if (query.kind === 'names') {
      const guessed = await guess(query);
      if (guessed) {
        return {
          state: 'done', organization: null, fromCache: true,
          addresses: [{ email: guessed, score: null, status: null, sources: 0, first_name: query.first_name, last_name: query.last_name, position: null, guessed: true }],
        };
      }
      const params = finderParams(query);
      const r = await through('email-finder', params, (c) => c.emailFinder(params, { signal }));
      return { state: 'done', addresses: fromFinder(r.value.data), organization: r.value.data.company ?? null, fromCache: r.fromCache };
    }
    const params = { email: query.email };
    const domain = domainOfAddress(query.email);
    const cached = await peek('email-verifier', params);
    if (!cached && !(await limit.take(domain))) throw domainLimitReached(domain);
    try {
      const r = await through('email-verifier', params, (c) => c.emailVerifier(params, { signal }));
      const verdict = readVerdict(r.value.data);
      return {
        state: 'done', organization: null, fromCache: r.fromCache,
        addresses: [{ email: query.email, score: verdict.score, status: verdict.status, sources: r.value.data.sources?.length ?? 0, first_name: null, last_name: null, position: null, guessed: false }],
      };
    } catch (error) {
      // Refused before it was served (rate limit, quota, cancelled): it did not use one of the domain's 200.
      const kind = (error as { kind?: string }).kind;
      if (!cached && (kind === 'rate_limited' || kind === 'quota_exceeded' || kind === 'usage_limit' || kind === 'aborted')) await limit.giveBack(domain);
      throw error;
    }
  };

  /** How the question is answered for free, if it is (the estimate's "cache" and "guesses" lines). */
  async function freeAnswer(query: BulkQuery, options: DomainOptions): Promise<FreeAnswer> {
    if (query.kind === 'domains') return (await peek('domain-search', domainSearchParams(query.domain, options))) ? 'cache' : null;
    if (query.kind === 'names') {
      if (await guess(query)) return 'guess';
      return (await peek('email-finder', finderParams(query))) ? 'cache' : null;
    }
    return (await peek('email-verifier', { email: query.email })) ? 'cache' : null;
  }

  return { ask, freeAnswer };
}
