// Response and parameter types of Hunter API v2, as the documented JSON shows them: `null` where the docs
// show null, and the newer fields (absent from the docs' examples) optional so both generations type-check.

/** Where an address was seen on the web (at most 20 per address). */
export interface Source {
  domain: string;
  uri: string;
  extracted_on: string;
  /** Newer responses only. */
  last_seen_on?: string;
  still_on_page?: boolean;
}

export type EmailType = 'personal' | 'generic';

/** Endpoint families that share one rate limit. */
export type LimitFamily = 'search' | 'verify';

// ---------------------------------------------------------------- domain-search

export interface DomainSearchParams {
  /** `domain` or `company` is required; the API prefers `domain` when both are sent. */
  domain?: string;
  company?: string;
  /** Default 10, at most 100. */
  limit?: number;
  offset?: number;
  type?: EmailType;
  /** Newer filters, comma-separated lists (e.g. "senior,executive"). */
  seniority?: string;
  department?: string;
  required_field?: string;
}

export interface DomainSearchEmail {
  value: string;
  type: EmailType | null;
  confidence: number | null;
  sources: Source[];
  first_name: string | null;
  last_name: string | null;
  position: string | null;
  linkedin: string | null;
  twitter: string | null;
  phone_number: string | null;
  /** Newer fields. */
  seniority?: string | null;
  department?: string | null;
  verification?: { date: string | null; status: string | null } | null;
}

export interface DomainSearchData {
  domain: string;
  webmail: boolean | null;
  pattern: string | null;
  organization: string | null;
  emails: DomainSearchEmail[];
  /** Newer fields: company facts beside the addresses. */
  disposable?: boolean | null;
  accept_all?: boolean | null;
  description?: string | null;
  industry?: string | null;
  twitter?: string | null;
  facebook?: string | null;
  linkedin?: string | null;
  instagram?: string | null;
  youtube?: string | null;
  technologies?: string[];
  country?: string | null;
  state?: string | null;
  city?: string | null;
  postal_code?: string | null;
  street?: string | null;
  headcount?: string | null;
  company_type?: string | null;
}

export interface DomainSearchMeta {
  results: number;
  limit: number;
  offset: number;
  params: {
    domain: string | null;
    company: string | null;
    type: EmailType | null;
    offset: string | number | null;
    seniority?: string | null;
    department?: string | null;
    required_field?: string | null;
  };
}

export interface DomainSearchResponse {
  data: DomainSearchData;
  meta: DomainSearchMeta;
  /**
   * Not in the API's JSON: how many rows the answer held before the client dropped those without an address.
   * The next page starts at `meta.offset` + this, so a dropped row never makes two pages overlap.
   */
  received: number;
}

// ---------------------------------------------------------------- email-finder

export interface EmailFinderParams {
  /** `domain` or `company` is required. */
  domain?: string;
  company?: string;
  /** `first_name` + `last_name`, or `full_name`, is required. */
  first_name?: string;
  last_name?: string;
  full_name?: string;
}

export interface EmailFinderData {
  email: string | null;
  score: number | null;
  /** Null when the company could not be resolved to a domain. */
  domain: string | null;
  sources: Source[];
  /** Newer fields. */
  first_name?: string | null;
  last_name?: string | null;
  accept_all?: boolean | null;
  position?: string | null;
  company?: string | null;
  linkedin_url?: string | null;
  twitter?: string | null;
  phone_number?: string | null;
  verification?: { date: string | null; status: string | null } | null;
}

export interface EmailFinderResponse {
  data: EmailFinderData;
  meta?: {
    params: {
      first_name: string | null;
      last_name: string | null;
      full_name?: string | null;
      domain: string | null;
      company: string | null;
    };
  };
}

// ---------------------------------------------------------------- email-verifier

/** The newer verdict. */
export type VerifierStatus = 'valid' | 'invalid' | 'accept_all' | 'webmail' | 'disposable' | 'unknown';
/** The older verdict the docs still show. */
export type VerifierResult = 'deliverable' | 'undeliverable' | 'risky';

export interface EmailVerifierData {
  /** Newer responses. */
  status?: VerifierStatus | null;
  /** Older responses (deprecated by Hunter, still documented). */
  result?: VerifierResult | null;
  email?: string;
  score: number | null;
  regexp: boolean | null;
  gibberish: boolean | null;
  disposable: boolean | null;
  webmail: boolean | null;
  mx_records: boolean | null;
  smtp_server: boolean | null;
  smtp_check: boolean | null;
  accept_all: boolean | null;
  /** Newer: true when the remote server blocked the check. */
  block?: boolean | null;
  sources: Source[];
}

export interface EmailVerifierResponse {
  data: EmailVerifierData;
  meta?: { params: { email: string } };
}

// ---------------------------------------------------------------- email-count

export interface EmailCountParams {
  domain: string;
  type?: EmailType;
}

export interface EmailCountData {
  total: number;
  personal_emails: number;
  generic_emails: number;
  /** Newer breakdowns. */
  department?: Record<string, number>;
  seniority?: Record<string, number>;
}

export interface EmailCountResponse {
  data: EmailCountData;
  meta?: { params: { domain: string; type?: EmailType | null } };
}

// ---------------------------------------------------------------- account

export interface Usage {
  used: number;
  available: number;
}

export interface AccountData {
  first_name: string | null;
  last_name: string | null;
  email: string;
  plan_name: string | null;
  plan_level: number | null;
  reset_date: string | null;
  team_id: number | null;
  /** Older accounting (the docs' example). */
  calls?: Usage;
  /** Newer accounting. */
  requests?: {
    searches?: Usage;
    verifications?: Usage;
  };
}

export interface AccountResponse {
  data: AccountData;
}

// ---------------------------------------------------------------- leads

export interface LeadsListRef {
  id: number;
  name: string;
  leads_count: number;
  team_id: number | null;
}

export interface Lead {
  id: number;
  first_name: string | null;
  last_name: string | null;
  position: string | null;
  company: string | null;
  company_industry: string | null;
  company_size: string | null;
  email: string | null;
  confidence_score: number | null;
  website: string | null;
  country_code: string | null;
  postal_code: string | null;
  source: string | null;
  linkedin_url: string | null;
  phone_number: string | null;
  twitter: string | null;
  leads_list: LeadsListRef | null;
}

/** Body of POST /leads and (partially) PUT /leads/:id. */
export interface LeadInput {
  first_name: string;
  last_name: string;
  email?: string | null;
  position?: string | null;
  company?: string | null;
  company_industry?: string | null;
  company_size?: string | null;
  confidence_score?: number | null;
  website?: string | null;
  country_code?: string | null;
  postal_code?: string | null;
  source?: string | null;
  linkedin_url?: string | null;
  phone_number?: string | null;
  twitter?: string | null;
  /** When absent the API saves into the most recently created list. */
  leads_list_id?: number | null;
}

export interface LeadsFilter {
  offset?: number;
  /** 1–100, default 20. */
  limit?: number;
  /** The docs spell this filter `lead_list_id`. */
  lead_list_id?: number;
  /** The spelling newer servers use; sent as given. */
  leads_list_id?: number;
  first_name?: string;
  last_name?: string;
  email?: string;
  company?: string;
  phone_number?: string;
  twitter?: string;
}

export interface LeadsListResponse {
  data: { leads: Lead[] };
  meta: { count: number; total: number; params: { limit: number; offset: number } & Record<string, unknown> };
}

export interface LeadResponse {
  data: Lead;
}

/** GET /leads/exist?email= — every field null when no lead has that address. */
export interface LeadExistence {
  id: number | null;
  leads_list_id: number | null;
  leads_list_name: string | null;
}

// ---------------------------------------------------------------- leads lists

export interface Pagination {
  offset?: number;
  limit?: number;
}

export interface LeadsListSummary {
  id: number;
  name: string;
  leads_count: number;
  team_id: number | null;
}

export interface LeadsListsResponse {
  data: { leads_lists: LeadsListSummary[] };
  meta: { total: number };
}

/** A lead as listed inside GET /leads_lists/:id (a list id instead of the list object). */
export interface LeadInList extends Omit<Lead, 'leads_list'> {
  leads_list_id: number;
}

export interface LeadsListDetail {
  /** Not in the docs' example, but sent by newer servers. */
  id?: number;
  name: string;
  leads_count: number;
  team_id: number | null;
  leads: LeadInList[];
}

export interface LeadsListDetailResponse {
  data: LeadsListDetail;
  meta?: Record<string, unknown>;
}

export interface LeadsListCreated {
  list_id: number;
  name: string;
  team_id: number | null;
}

export interface LeadsListCreatedResponse {
  data: LeadsListCreated;
}

export interface LeadsListInput {
  name: string;
  team_id?: number | null;
}

// ---------------------------------------------------------------- calls

export interface CallOptions {
  signal?: AbortSignal;
}

export interface VerifierCallOptions extends CallOptions {
  /** Total time to keep polling a 202 before giving up with 'verification_pending'. Default 60 s. */
  deadlineMs?: number;
  /** Called once, on the first 202, so the UI can say "still verifying…". */
  onPending?: () => void;
}
