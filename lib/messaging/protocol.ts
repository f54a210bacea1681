import type { BulkInput, BulkJob, BulkLeadsProgress, CostEstimate, InvalidRow, JobProgress } from '../bulk/types';
import type { DomainResult } from '../domains';
import type { PagePeopleEntry } from '../page-context/people';
import type { ErrorInfo, HunterClient } from '../hunter';
import type { CreatedList, LeadDraft, LookIn, OutboxItem } from '../outbox/types';
import type { CardView, PageContextReply, PersonQuestion, PopupView, RecentEntry } from '../recent/types';

// The one typed protocol between Quarry's pages and its background. Each entry: what the caller sends →
// what it gets back. Types derive from the client so the two can never drift apart.

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Param<F extends (...args: never[]) => unknown> = NonNullable<Parameters<F>[0]>;

/** Paid or slow lookups come with where they came from, so the UI can say "cached 3 h ago". */
export interface Cached<T> {
  value: T;
  /** Epoch ms when the API answered. */
  fetchedAt: number;
  fromCache: boolean;
}

/** `refresh: true` skips the cache (the "Refresh" button): it may spend a credit. */
export interface Fresh {
  refresh?: boolean;
}

export interface PopupOpening {
  tabId: number | null;
  site: DomainResult;
  keyStatus: KeyStatus;
  count: Reply<ResponseOf<'emailCount'>> | null;
  search: Reply<ResponseOf<'domainSearch'>> | null;
  /** The page, read before any paid call: a page about a person opens on Find and asks no domain search. */
  page: PageContextReply | null;
}

export interface KnownPattern {
  /** The registrable domain, ASCII, as the API and the guess need it. */
  domain: string;
  pattern: string;
  /** Epoch ms of the domain search that told it. */
  fetchedAt: number;
}

export interface KeyStatus {
  hasKey: boolean;
  maskedKey: string | null;
  apiBaseUrl: string;
}

type Client = HunterClient;
type Leads = HunterClient['leads'];
type Lists = HunterClient['leadsLists'];

export interface ProtocolMap {
  getKeyStatus(data: null): KeyStatus;
  /** Checks the key (typed, or the one kept) against the base URL with `account`; keeps both only if accepted. */
  saveConnection(data: { apiKey?: string; apiBaseUrl: string }): { status: KeyStatus; account: Result<Client['account']> };
  removeKey(data: null): KeyStatus;
  clearCache(data: null): null;
  /** Registrable domain of a URL, address or typed text; here so that the UI bundles need no suffix list. */
  resolveDomain(data: { input: string }): DomainResult;
  /**
   * Everything the popup paints first, in one round trip: the target tab (given, or the active one), its
   * site, the key status, and — for a company site with a key — the free count and the first page, each as
   * the reply the popup would have had asking on its own (so through the same cache, same credits).
   */
  openPopup(data: { tabId: number | null }): PopupOpening;

  account(data: Fresh): Cached<Result<Client['account']>>;
  domainSearch(data: Param<Client['domainSearch']> & Fresh): Cached<Result<Client['domainSearch']>>;
  emailFinder(data: Param<Client['emailFinder']> & Fresh): Cached<Result<Client['emailFinder']>>;
  emailVerifier(data: Param<Client['emailVerifier']> & Fresh): Cached<Result<Client['emailVerifier']>>;
  emailCount(data: Param<Client['emailCount']> & Fresh): Cached<Result<Client['emailCount']>>;
  /**
   * The domain's email pattern ("{first}.{last}") as a cached domain search already gave it, or null. Never a
   * call: it feeds the free guess (lib/names/email-pattern.ts). `domain` may be any text `resolveDomain` reads.
   */
  knownPattern(data: { domain: string }): KnownPattern | null;

  leadsList(data: Param<Leads['list']>): Result<Leads['list']>;
  leadGet(data: { id: number }): Result<Leads['get']>;
  /** Written to the outbox first, then delivered; `queued` while the API cannot be reached (see lib/outbox). */
  leadUpdate(data: { id: number; changes: Parameters<Leads['update']>[1] }): LeadChangeOutcome;
  /** `undoMs`: sent only once that window has passed, from the outbox; `outboxCancel` is the undo. */
  leadDelete(data: { id: number; undoMs?: number }): LeadChangeOutcome;
  leadExist(data: { email: string }): Result<Leads['exist']>;

  listsList(data: Param<Lists['list']>): Result<Lists['list']>;
  listGet(data: { id: number; offset?: number; limit?: number }): Result<Lists['get']>;
  // List writes go through the outbox like lead writes: written first, then delivered; `queued` while waiting.
  listCreate(data: { name: string }): ListCreateOutcome;
  /** `oldName` names the write in the failed-writes list. A list gone meanwhile: not_found (nothing to retry). */
  listUpdate(data: { id: number; name: string; oldName: string }): LeadChangeOutcome;
  /** A list already gone counts as deleted. */
  listDelete(data: { id: number; name: string }): LeadChangeOutcome;

  // Save as lead and outbox
  /** Through the outbox: looks for the address first (never creates twice); `queued` while the API is out of reach.
   * Refused (invalid_input) without a first and a last name. */
  saveLead(data: { draft: LeadDraft; listId: number | null; lookIn?: LookIn }): SaveLeadOutcome;
  /**
   * CSV import: every row written to the outbox at once (one `createLead` each, looked for in `listId` only), so
   * closing the page does not drop the rest. Answers the items' ids in row order; deliver with `outboxDeliverItem`.
   */
  leadsImport(data: { drafts: LeadDraft[]; listId: number }): { ids: string[] };
  /** Delivers now and answers with that item once it is delivered, failed, or waiting (null: gone, e.g. cancelled). */
  outboxDeliverItem(data: { id: string }): OutboxItem | null;
  /** Everything queued: pending, failed (with the reason) and recently delivered. No API call. */
  outboxList(data: null): OutboxItem[];
  /** Tries the pending items now, then answers the queue. */
  outboxDeliver(data: null): OutboxItem[];
  /** Forgets a failed or delivered item once the user has seen it. */
  outboxDismiss(data: { id: string }): OutboxItem[];
  /** Puts a failed item back in the queue and tries it now. */
  outboxRetry(data: { id: string }): OutboxItem[];
  /** Takes back a pending item not yet on its way (a delete's Undo). */
  outboxCancel(data: { id: string }): { cancelled: boolean };

  // Page context, right-click "Find email", the in-page card and "Recent"
  /** Reads the tab's page on demand (the page-reader script): who it is about, and the company to search. */
  pageContext(data: { tabId: number }): PageContextReply;
  /** The in-page card's answer, once per token; waits while the lookup runs. */
  cardAnswer(data: { token: string }): CardView;
  /** The card's small form (a one-word selection, a page with no company): checked, found, kept in "Recent". */
  findPerson(data: PersonQuestion): RecentEntry;
  recentList(data: null): RecentEntry[];
  recentClear(data: null): null;
  /** Once: whether this popup opens on "Recent" for a menu answer it shows instead of a card. */
  popupView(data: null): PopupView;

  // Bulk jobs (the bulk page reads rows and answers from IndexedDB itself: lib/bulk/job-store.ts)
  /** Normalizes the rows and prices the job: invalid rows, duplicates, cache hits, account left. No paid call. */
  bulkPlan(data: BulkInput): { invalid: InvalidRow[]; duplicates: number; estimate: CostEstimate };
  /** Keeps the job in IndexedDB and starts it in the background; `onlyWhatFits` cuts it to the quota left. */
  bulkStart(data: { input: BulkInput; onlyWhatFits: boolean }): { id: string };
  bulkProgress(data: { id: string }): JobProgress | null;
  bulkJobs(data: null): BulkJob[];
  /** `runRest`: a job cut to what fitted the quota runs the rest. */
  bulkControl(data: { id: string; action: 'pause' | 'resume' | 'cancel' | 'runRest' }): JobProgress | null;
  bulkRemove(data: { id: string }): null;
  /** "Save all as leads": one outbox create per address not already saved from this job; answers where each stands. */
  bulkSaveLeads(data: { id: string; listId: number | null; drafts: LeadDraft[] }): BulkLeadsProgress;
  bulkLeadsProgress(data: { id: string }): BulkLeadsProgress;

  /** The people the tab's page names (team and about pages), read on demand for the popup's "People" tab. */
  pagePeople(data: { tabId: number }): { people: PagePeopleEntry[]; readable: boolean; domain: DomainResult };
}

// Save as lead and outbox
export type SaveLeadOutcome =
  | { state: 'saved' | 'exists'; id: number; listId: number | null; listName: string | null }
  | { state: 'queued'; outboxId: string };
export type LeadChangeOutcome = { state: 'done' } | { state: 'queued'; outboxId: string };
export type ListCreateOutcome = { state: 'done'; list: CreatedList } | { state: 'queued'; outboxId: string };

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type ResponseOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;

export interface Message<K extends MessageType = MessageType> {
  type: K;
  data: RequestOf<K>;
}

/** Errors that happen on the way, not at the API. */
export type ReplyError = Omit<ErrorInfo, 'kind'> & { kind: ErrorInfo['kind'] | 'internal' | 'key_changed' | 'domain_limit' | 'interrupted' };

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };

/** Message types a content script may send; everything else is for Quarry's own pages. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([]);

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
