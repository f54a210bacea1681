import type { EmailType } from '../hunter/types';
import type { ReplyError } from '../messaging/protocol';

// A bulk job: many rows of one kind, asked through the shared rate limiter by the background, every answer
// kept in IndexedDB as it arrives. These types are the job store's records and the messages' payloads.

export type BulkKind = 'domains' | 'names' | 'addresses';

/** What a column of the file can hold. */
export type BulkField = 'domain' | 'company' | 'full_name' | 'first_name' | 'last_name' | 'email';

export const FIELDS_BY_KIND: Readonly<Record<BulkKind, readonly BulkField[]>> = {
  domains: ['domain'],
  names: ['full_name', 'first_name', 'last_name', 'domain', 'company'],
  addresses: ['email'],
};

/** Field → the index of the column that holds it. */
export type ColumnMapping = Partial<Record<BulkField, number>>;

export interface InputRow {
  /** Line in the file or the pasted text, counting from 1 (the header's line included). */
  line: number;
  cells: string[];
}

/** Domain search's choices for a Domains job: the top N addresses, filtered. */
export interface DomainOptions {
  limit: number;
  type?: EmailType;
  seniority?: string;
  department?: string;
}

export interface BulkInput {
  kind: BulkKind;
  header: string[];
  rows: InputRow[];
  mapping: ColumnMapping;
  options: DomainOptions;
  fileName: string | null;
}

/** One question to the API; rows asking the same question share it. */
export type BulkQuery =
  | { kind: 'domains'; domain: string }
  | { kind: 'names'; first_name: string; last_name: string; domain?: string; company?: string }
  | { kind: 'addresses'; email: string };

export type InvalidReason =
  | 'no_domain'
  | 'bad_domain'
  | 'webmail'
  | 'no_name'
  | 'one_word_name'
  | 'no_email'
  | 'bad_email';

export interface InvalidRow {
  line: number;
  reason: InvalidReason;
  /** The text that was refused, shown beside the reason. */
  value: string;
}

export interface BulkPlan {
  queries: BulkQuery[];
  /** For each input row, the index of its query; null for an invalid row. */
  rowQuery: Array<number | null>;
  invalid: InvalidRow[];
  /** Valid rows that ask a question an earlier row already asks. */
  duplicates: number;
}

/** One address in an answer: a finder's or verifier's single one, or one of a domain's top N. */
export interface FoundAddress {
  email: string;
  /** Finder score, domain-search confidence or verifier score. */
  score: number | null;
  /** The verifier's verdict, or the domain search's verification status when it has one. */
  status: string | null;
  sources: number;
  first_name: string | null;
  last_name: string | null;
  position: string | null;
  guessed: boolean;
}

export type BulkAnswer =
  /** Written just before the request leaves: found after a stop, it marks a row that may have been served. */
  | { state: 'inflight'; at: number }
  | { state: 'done'; addresses: FoundAddress[]; organization: string | null; fromCache: boolean }
  | { state: 'failed'; error: ReplyError };

export type JobState = 'running' | 'paused' | 'blocked' | 'done' | 'cancelled';

export interface BulkJob {
  id: string;
  kind: BulkKind;
  options: DomainOptions;
  fileName: string | null;
  createdAt: number;
  state: JobState;
  /** Why the job is blocked (402/429 quota, no key), or null. */
  reason: ReplyError | null;
  /** Distinct questions in the file. */
  total: number;
  /** How many of them to ask (fewer than `total` when the user chose the part that fits the quota). */
  limitTo: number;
  rows: number;
  invalid: number;
  duplicates: number;
  /** Questions asked again after a stop because they were in flight when it happened. */
  askedAgain: number;
}

export interface JobProgress {
  job: BulkJob;
  done: number;
  failed: number;
  left: number;
  /** Estimated milliseconds to the end at the allowed rate; null when nothing is left or the job waits. */
  timeLeftMs: number | null;
}

/** What the cost screen shows before anything is spent. */
export interface CostEstimate {
  questions: number;
  /** Answered from the cache: free. */
  cached: number;
  /** Answered by a free guess from the company's known pattern. */
  guessed: number;
  /** Calls that may cost a credit. */
  paid: number;
  /** Searches or verifications the account has left; null when unknown. */
  remaining: number | null;
  resetDate: string | null;
  /** Addresses beyond the verifier's 200 per domain per 24 hours (Addresses jobs only). */
  overDomainLimit: number;
  /** Milliseconds the paid calls take at the allowed rate. */
  durationMs: number;
  /** Questions, from the first, that fit what the account has left (all of them when the job fits). */
  fits: number;
}

/** Where one address of "Save all as leads" stands. */
export type LeadSaveState = 'pending' | 'saved' | 'existed' | 'failed';

/** Kept per job: an address (lowercased) → the outbox item that saves it, and its outcome once known. */
export interface SavedLeadRecord {
  outboxId: string;
  /** Set once the outbox said so: a delivered item is pruned after a day, this outlives it. */
  outcome: 'saved' | 'existed' | null;
}

export interface BulkLeadsProgress {
  /** Address (lowercased) → where its save stands; addresses never saved from this job are absent. */
  states: Record<string, LeadSaveState>;
  failed: Array<{ email: string; error: ReplyError }>;
}
