import type { LeadDraft } from '../outbox/types';
import { parseFullName } from '../names/parse-full-name';
import { missingNames } from '../outbox/lead-names';
import { fieldOfHeader } from './column-mapping';
import type { JobInput } from './job-store';
import type { BulkAnswer, BulkKind, BulkQuery, FoundAddress } from './types';

// "Save all as leads": a job's found addresses as lead drafts, one per address (a Domains row gives up to N).
// The API needs a first and a last name for a lead, so drafts without both are kept apart for the user to name
// or skip; an address guessed from the company's pattern was never checked, so it is not saved as a lead.

export interface LeadCandidate {
  /** The input line the address came from (the first one, when several rows found it). */
  line: number;
  draft: LeadDraft;
}

export interface LeadCandidates {
  /** With a first and a last name: ready to save. */
  named: LeadCandidate[];
  /** Found, but without a first or last name: named by the user, or skipped. */
  unnamed: LeadCandidate[];
  /** Guessed from the company's pattern, not verified: skipped. */
  guessed: LeadCandidate[];
  /** Rows or addresses that repeat an address already counted: saved once. */
  duplicates: number;
}

export const addressKey = (email: string) => email.trim().toLowerCase();

/** Names the file itself gives (its "first name" / "last name" / "name" columns), for Addresses jobs. */
function namesOfRow(header: readonly string[], cells: readonly string[]): { first: string; last: string } | null {
  let first = '';
  let last = '';
  let full = '';
  header.forEach((title, i) => {
    const field = fieldOfHeader(title);
    const cell = (cells[i] ?? '').trim();
    if (field === 'first_name' && !first) first = cell;
    else if (field === 'last_name' && !last) last = cell;
    else if (field === 'full_name' && !full) full = cell;
  });
  if (first && last) return { first, last };
  const parsed = full ? parseFullName(full) : null;
  return parsed?.ok ? { first: parsed.first, last: parsed.last } : null;
}

function websiteOf(query: BulkQuery): string | null {
  if (query.kind === 'domains') return `https://${query.domain}`;
  if (query.kind === 'names' && query.domain) return `https://${query.domain}`;
  return null;
}

function draftOf(kind: BulkKind, query: BulkQuery, found: FoundAddress, organization: string | null, fromFile: { first: string; last: string } | null): LeadDraft {
  const asked = query.kind === 'names' ? { first: query.first_name, last: query.last_name } : null;
  return {
    first_name: (found.first_name || asked?.first || fromFile?.first || '').trim(),
    last_name: (found.last_name || asked?.last || fromFile?.last || '').trim(),
    email: found.email,
    position: found.position,
    company: organization ?? (query.kind === 'names' ? query.company ?? null : null),
    website: websiteOf(query),
    // A verifier's score is about deliverability, not the address's confidence: only searches' scores travel.
    confidence_score: kind === 'addresses' ? null : found.score,
  };
}

export function leadCandidates(kind: BulkKind, input: JobInput, queries: readonly BulkQuery[], answers: ReadonlyArray<BulkAnswer | undefined>): LeadCandidates {
  const out: LeadCandidates = { named: [], unnamed: [], guessed: [], duplicates: 0 };
  const seen = new Set<string>();
  input.rows.forEach((row, r) => {
    const q = input.rowQuery[r];
    if (q === null || q === undefined) return;
    const answer = answers[q];
    if (answer?.state !== 'done') return;
    const fromFile = kind === 'addresses' ? namesOfRow(input.header, row.cells) : null;
    for (const found of answer.addresses) {
      const key = addressKey(found.email);
      if (seen.has(key)) {
        out.duplicates++;
        continue;
      }
      seen.add(key);
      const candidate = { line: row.line, draft: draftOf(kind, queries[q]!, found, answer.organization, fromFile) };
      if (found.guessed) out.guessed.push(candidate);
      else if (!missingNames(candidate.draft)) out.named.push(candidate);
      else out.unnamed.push(candidate);
    }
  });
  return out;
}
