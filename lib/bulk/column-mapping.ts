import { FIELDS_BY_KIND, type BulkField, type BulkKind, type ColumnMapping, type InputRow } from './types';

// Which column holds what: guessed from the header's words, else from what the cells look like; the page shows
// the guess for the user to change before anything runs.

const HEADER_FIELDS: Array<[RegExp, BulkField]> = [
  [/^(e.?mail|email.?address|mail|address|courriel)$/, 'email'],
  [/^(first|first.?name|given.?name|firstname|prenom|prénom)$/, 'first_name'],
  [/^(last|last.?name|surname|family.?name|lastname|nom)$/, 'last_name'],
  [/^(name|full.?name|person|contact|contact.?name|nom.?complet)$/, 'full_name'],
  [/^(domain|domain.?name|website|web.?site|site|url|homepage|company.?domain|company.?website)$/, 'domain'],
  [/^(company|company.?name|organi[sz]ation|employer|account|entreprise|société|societe)$/, 'company'],
];

export function fieldOfHeader(header: string): BulkField | null {
  const name = header.trim().toLowerCase().replace(/[\s_-]+/g, ' ').replace(/ /g, '_');
  const plain = name.replace(/_/g, ' ');
  for (const [pattern, field] of HEADER_FIELDS) if (pattern.test(plain) || pattern.test(name)) return field;
  return null;
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_LIKE = /^(https?:\/\/)?[^\s@/]+\.[a-z\u00a1-\uffff]{2,}(:\d+)?(\/\S*)?$/i;
const NAME_LIKE = /^\p{L}[\p{L}\p{M}'’.-]*(\s+\p{L}[\p{L}\p{M}'’.-]*)+$/u;

/** What most of a column's first cells look like. */
function fieldOfCells(rows: readonly InputRow[], column: number): BulkField | null {
  const sample = rows.slice(0, 50).map((r) => r.cells[column] ?? '').filter((c) => c !== '');
  if (sample.length === 0) return null;
  const share = (test: RegExp) => sample.filter((c) => test.test(c)).length / sample.length;
  if (share(EMAIL_LIKE) >= 0.5) return 'email';
  if (share(DOMAIN_LIKE) >= 0.5) return 'domain';
  if (share(NAME_LIKE) >= 0.5) return 'full_name';
  return null;
}

export function columnCount(header: readonly string[] | null, rows: readonly InputRow[]): number {
  return Math.max(header?.length ?? 0, ...rows.slice(0, 200).map((r) => r.cells.length), 0);
}

/** The first column for each field this kind of job uses; each column serves one field at most. */
export function guessMapping(kind: BulkKind, header: readonly string[] | null, rows: readonly InputRow[]): ColumnMapping {
  const wanted = FIELDS_BY_KIND[kind];
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const columns = columnCount(header, rows);
  const claim = (field: BulkField, column: number) => {
    if (!wanted.includes(field) || mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  if (header) header.forEach((cell, i) => { const f = fieldOfHeader(cell); if (f) claim(f, i); });
  for (let i = 0; i < columns; i++) { const f = fieldOfCells(rows, i); if (f) claim(f, i); }
  // A Domains job reads the domain off an address or a company website when that is what the file holds.
  if (kind === 'domains' && mapping.domain === undefined && header) {
    header.forEach((cell, i) => { if (fieldOfHeader(cell) === 'email') claim('domain', i); });
  }
  if (kind === 'domains' && mapping.domain === undefined) {
    for (let i = 0; i < columns; i++) if (fieldOfCells(rows, i) === 'email') { claim('domain', i); break; }
  }
  // First and last name columns make a full-name column redundant, not the other way round.
  if (mapping.first_name !== undefined && mapping.last_name !== undefined) delete mapping.full_name;
  return mapping;
}

/** Fields the job cannot run without, given the mapping. */
export function missingFields(kind: BulkKind, mapping: ColumnMapping): BulkField[] {
  if (kind === 'domains') return mapping.domain === undefined ? ['domain'] : [];
  if (kind === 'addresses') return mapping.email === undefined ? ['email'] : [];
  const missing: BulkField[] = [];
  const hasName = mapping.full_name !== undefined || (mapping.first_name !== undefined && mapping.last_name !== undefined);
  if (!hasName) missing.push('full_name');
  if (mapping.domain === undefined && mapping.company === undefined) missing.push('domain');
  return missing;
}
