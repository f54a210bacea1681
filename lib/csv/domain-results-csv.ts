import Papa from 'papaparse';
import type { DomainSearchEmail } from '@/lib/hunter';
import { protectFormula } from './formula';

// The popup's domain-search results as a CSV: one row per address, sources joined by spaces.

export const DOMAIN_RESULT_COLUMNS = [
  'email',
  'type',
  'confidence',
  'first_name',
  'last_name',
  'position',
  'seniority',
  'department',
  'linkedin',
  'twitter',
  'phone_number',
  'verification_status',
  'organization',
  'sources',
] as const;

export function domainResultsToCsv(emails: readonly DomainSearchEmail[], organization: string | null): string {
  const rows = emails.map((email) =>
    [
      email.value,
      email.type,
      email.confidence,
      email.first_name,
      email.last_name,
      email.position,
      email.seniority ?? null,
      email.department ?? null,
      email.linkedin ?? null,
      email.twitter,
      email.phone_number,
      email.verification?.status ?? null,
      organization,
      (email.sources ?? []).map((source) => source.uri).join(' '),
    ].map((value) => protectFormula(value ?? null)),
  );
  return Papa.unparse({ fields: [...DOMAIN_RESULT_COLUMNS], data: rows }, { newline: '\r\n' });
}
