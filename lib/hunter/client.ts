import { account } from './account';
import { domainSearch } from './domain-search';
import { emailCount } from './email-count';
import { emailFinder } from './email-finder';
import { emailVerifier, VERIFIER_TIMEOUT_MS } from './email-verifier';
import { createLead, deleteLead, getLead, leadExists, listLeads, updateLead } from './leads';
import {
  createLeadsList,
  deleteLeadsList,
  getLeadsList,
  listLeadsLists,
  updateLeadsList,
} from './leads-lists';
import { sharedRateLimiter, type RateLimiter, type RatePriority } from './rate-limiter';
import type { RequestContext } from './request';
import { defaultSleep, type Sleep } from './retry';
import type {
  AccountResponse,
  CallOptions,
  DomainSearchParams,
  DomainSearchResponse,
  EmailCountParams,
  EmailCountResponse,
  EmailFinderParams,
  EmailFinderResponse,
  EmailVerifierResponse,
  LeadExistence,
  LeadInput,
  LeadsFilter,
  LeadResponse,
  LeadsListCreatedResponse,
  LeadsListDetailResponse,
  LeadsListInput,
  LeadsListResponse,
  LeadsListsResponse,
  Pagination,
  VerifierCallOptions,
} from './types';

export interface HunterConfig {
  /** e.g. 'https://api.hunter.io/v2' (a trailing slash is tolerated). */
  baseUrl: string;
  /** Sent only as the X-API-KEY header, never in a URL; email-count sends none. */
  apiKey?: string;
  fetch?: typeof fetch;
  /** Per attempt. Default 20 s; the verifier's default is 25 s unless this is set. */
  timeoutMs?: number;
  /** Shared per-endpoint-family limiter; default: one for the whole worker. */
  limiter?: RateLimiter;
  /** 'low' for bulk jobs: the limiter serves every 'normal' caller first. */
  priority?: RatePriority;
  sleep?: Sleep;
  /** Retries after the first attempt, for retryable failures only. Default 3. */
  maxRetries?: number;
  /** Clock for the verifier's deadline and Retry-After dates (tests). */
  now?: () => number;
  /** Jitter source (tests). */
  random?: () => number;
}

export interface HunterClient {
  domainSearch(p: DomainSearchParams, o?: CallOptions): Promise<DomainSearchResponse>;
  emailFinder(p: EmailFinderParams, o?: CallOptions): Promise<EmailFinderResponse>;
  emailVerifier(p: { email: string }, o?: VerifierCallOptions): Promise<EmailVerifierResponse>;
  emailCount(p: EmailCountParams, o?: CallOptions): Promise<EmailCountResponse>;
  account(o?: CallOptions): Promise<AccountResponse>;
  leads: {
    list(f?: LeadsFilter, o?: CallOptions): Promise<LeadsListResponse>;
    get(id: number, o?: CallOptions): Promise<LeadResponse>;
    create(input: LeadInput, o?: CallOptions): Promise<LeadResponse>;
    /** The documented answer is 204: nothing to return. */
    update(id: number, input: Partial<LeadInput>, o?: CallOptions): Promise<void>;
    delete(id: number, o?: CallOptions): Promise<void>;
    exist(email: string, o?: CallOptions): Promise<LeadExistence>;
  };
  leadsLists: {
    list(p?: Pagination, o?: CallOptions): Promise<LeadsListsResponse>;
    get(id: number, p?: Pagination, o?: CallOptions): Promise<LeadsListDetailResponse>;
    create(p: LeadsListInput, o?: CallOptions): Promise<LeadsListCreatedResponse>;
    update(id: number, p: Partial<LeadsListInput>, o?: CallOptions): Promise<void>;
    delete(id: number, o?: CallOptions): Promise<void>;
  };
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_RETRIES = 3;

/** A client bound to one base URL and key. Cheap to create: the limiter is shared unless one is passed. */
export function createHunterClient(config: HunterConfig): HunterClient {
  const ctx: RequestContext = {
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    // Bound so a bare `fetch` reference keeps its global receiver in the worker.
    fetch: config.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    limiter: config.limiter ?? sharedRateLimiter,
    priority: config.priority ?? 'normal',
    sleep: config.sleep ?? defaultSleep,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
    now: config.now ?? Date.now,
    random: config.random ?? Math.random,
  };
  const verifierTimeoutMs = config.timeoutMs ?? VERIFIER_TIMEOUT_MS;

  return {
    domainSearch: (p, o) => domainSearch(ctx, p, o),
    emailFinder: (p, o) => emailFinder(ctx, p, o),
    emailVerifier: (p, o) => emailVerifier(ctx, p, o, verifierTimeoutMs),
    emailCount: (p, o) => emailCount(ctx, p, o),
    account: (o) => account(ctx, o),
    leads: {
      list: (f, o) => listLeads(ctx, f, o),
      get: (id, o) => getLead(ctx, id, o),
      create: (input, o) => createLead(ctx, input, o),
      update: (id, input, o) => updateLead(ctx, id, input, o),
      delete: (id, o) => deleteLead(ctx, id, o),
      exist: (email, o) => leadExists(ctx, email, o),
    },
    leadsLists: {
      list: (p, o) => listLeadsLists(ctx, p, o),
      get: (id, p, o) => getLeadsList(ctx, id, p, o),
      create: (p, o) => createLeadsList(ctx, p, o),
      update: (id, p, o) => updateLeadsList(ctx, id, p, o),
      delete: (id, o) => deleteLeadsList(ctx, id, o),
    },
  };
}
