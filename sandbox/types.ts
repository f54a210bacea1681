import type { Lead as ApiLead } from '../lib/hunter/types';
// Shapes shared by the sandbox's seed, state and routes. Field names follow the Hunter API v2 JSON.

export interface Source {
  domain: string;
  uri: string;
  extracted_on: string;
  last_seen_on: string;
  still_on_page: boolean;
}

export interface Verification {
  date: string | null;
  status: 'valid' | 'accept_all' | 'invalid' | null;
}

export type Seniority = 'junior' | 'senior' | 'executive';

export const DEPARTMENTS = [
  'executive', 'it', 'finance', 'management', 'sales', 'legal', 'support',
  'hr', 'marketing', 'communication', 'education', 'design', 'health', 'operations',
] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const SENIORITIES: readonly Seniority[] = ['junior', 'senior', 'executive'];

/** One address found on a domain. `local` is joined to whatever form of the domain was asked for. */
export interface SeedEmail {
  local: string;
  type: 'personal' | 'generic';
  confidence: number;
  sources: Source[];
  first_name: string | null;
  last_name: string | null;
  position: string | null;
  seniority: Seniority | null;
  department: Department | null;
  linkedin: string | null;
  twitter: string | null;
  phone_number: string | null;
  verification: Verification;
}

/** Company facts returned beside the emails by domain-search. */
export interface CompanyInfo {
  organization: string | null;
  description: string | null;
  industry: string | null;
  twitter: string | null;
  facebook: string | null;
  linkedin: string | null;
  instagram: string | null;
  youtube: string | null;
  technologies: string[];
  country: string | null;
  state: string | null;
  city: string | null;
  postal_code: string | null;
  street: string | null;
  headcount: string | null;
  company_type: string | null;
}

export interface SeedDomain {
  /** ASCII (punycode) form, the lookup key. */
  domain: string;
  /** Lowercased names accepted by the `company` parameter. */
  companyNames: string[];
  pattern: string | null;
  accept_all: boolean;
  info: CompanyInfo;
  emails: SeedEmail[];
}

/** A stored lead: the documented fields, with its list by id (the answers nest the list object). */
export interface Lead extends Omit<ApiLead, 'leads_list'> {
  leads_list_id: number;
}

export interface LeadsList {
  id: number;
  name: string;
  team_id: number | null;
}

export interface Counter {
  used: number;
  available: number;
}

export interface Usage {
  searches: Counter;
  verifications: Counter;
}

export interface ApiError {
  id: string;
  code: number;
  details: string;
}
