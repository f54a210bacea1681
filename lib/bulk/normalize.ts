import type { DomainResult } from '../domains/registrable-domain';
import { parseFullName } from '../names/parse-full-name';
import type { BulkInput, BulkPlan, BulkQuery, InvalidReason, InvalidRow, InputRow } from './types';

// Rows → the distinct questions to ask. A row that cannot be a valid question is listed with its reason and
// never costs a call; rows asking the same question share one. Runs in the background, where the suffix
// list lives (`resolve` is registrableDomain there, injected so this file stays pure).

export type ResolveDomain = (input: string) => DomainResult;

type RowOutcome = { ok: true; query: BulkQuery } | { ok: false; reason: InvalidReason; value: string };

const EMAIL = /^[^\s@<>(),;:\\"]+@[^\s@<>(),;:\\"]+\.[^\s@<>(),;:\\"]{2,}$/;

export function planJob(input: BulkInput, resolve: ResolveDomain): BulkPlan {
  const plan: BulkPlan = { queries: [], rowQuery: [], invalid: [], duplicates: 0 };
  const seen = new Map<string, number>();
  for (const row of input.rows) {
    const outcome = readRow(input, row, resolve);
    if (!outcome.ok) {
      plan.rowQuery.push(null);
      plan.invalid.push({ line: row.line, reason: outcome.reason, value: outcome.value } satisfies InvalidRow);
      continue;
    }
    const key = questionKey(outcome.query);
    const known = seen.get(key);
    if (known !== undefined) {
      plan.duplicates++;
      plan.rowQuery.push(known);
      continue;
    }
    seen.set(key, plan.queries.length);
    plan.rowQuery.push(plan.queries.length);
    plan.queries.push(outcome.query);
  }
  return plan;
}

/** Same question, same key: compared without case or surrounding space. */
export function questionKey(query: BulkQuery): string {
  const { kind, ...rest } = query;
  const values = Object.entries(rest)
    .filter(([, v]) => v !== undefined && v !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v).trim().toLowerCase()}`);
  return `${kind}|${values.join('|')}`;
}

function cell(row: InputRow, column: number | undefined): string {
  return column === undefined ? '' : (row.cells[column] ?? '').trim();
}

function readRow(input: BulkInput, row: InputRow, resolve: ResolveDomain): RowOutcome {
  const { mapping } = input;
  if (input.kind === 'addresses') {
    const email = cell(row, mapping.email).replace(/^mailto:/i, '').toLowerCase();
    if (!email) return { ok: false, reason: 'no_email', value: '' };
    if (!EMAIL.test(email)) return { ok: false, reason: 'bad_email', value: email };
    return { ok: true, query: { kind: 'addresses', email } };
  }
  const domainText = cell(row, mapping.domain);
  if (input.kind === 'domains') {
    const domain = domainOf(domainText, resolve);
    return domain.ok ? { ok: true, query: { kind: 'domains', domain: domain.domain } } : domain;
  }
  const name = nameOf(row, input);
  if (!name.ok) return name;
  const company = cell(row, mapping.company);
  if (domainText) {
    const domain = domainOf(domainText, resolve);
    if (domain.ok) return { ok: true, query: { kind: 'names', ...name.name, domain: domain.domain } };
    if (!company) return domain;
  }
  if (!company) return { ok: false, reason: 'no_domain', value: '' };
  return { ok: true, query: { kind: 'names', ...name.name, company } };
}

function domainOf(text: string, resolve: ResolveDomain): { ok: true; domain: string } | { ok: false; reason: InvalidReason; value: string } {
  if (!text) return { ok: false, reason: 'no_domain', value: '' };
  const result = resolve(text);
  if (result.ok) return { ok: true, domain: result.domain };
  return { ok: false, reason: result.reason === 'webmail' ? 'webmail' : 'bad_domain', value: text };
}

function nameOf(row: InputRow, input: BulkInput):
  | { ok: true; name: { first_name: string; last_name: string } }
  | { ok: false; reason: InvalidReason; value: string } {
  const { mapping } = input;
  const first = cell(row, mapping.first_name);
  const last = cell(row, mapping.last_name);
  if (first && last) return { ok: true, name: { first_name: first, last_name: last } };
  const full = cell(row, mapping.full_name) || [first, last].filter(Boolean).join(' ');
  if (!full) return { ok: false, reason: 'no_name', value: '' };
  const parsed = parseFullName(full);
  if (parsed.ok) return { ok: true, name: { first_name: parsed.first, last_name: parsed.last } };
  return { ok: false, reason: parsed.reason === 'one_word' ? 'one_word_name' : 'no_name', value: full };
}
