import { describe, expect, it } from 'vitest';
import type { JobInput } from './job-store';
import { leadCandidates } from './lead-candidates';
import type { BulkAnswer, BulkQuery, FoundAddress } from './types';

const address = (email: string, extra: Partial<FoundAddress> = {}): FoundAddress => ({
  email, score: 90, status: 'valid', sources: 2, first_name: null, last_name: null, position: null, guessed: false, ...extra,
});
const done = (addresses: FoundAddress[], organization: string | null = null): BulkAnswer => ({ state: 'done', addresses, organization, fromCache: false });

describe('leadCandidates', () => {
  it('Domains: one draft per found address, named ones ready, generic ones to name, repeats counted once', () => {
    const input: JobInput = {
      header: ['domain'],
      rows: [{ line: 2, cells: ['asana.com'] }, { line: 3, cells: ['nope'] }, { line: 4, cells: ['www.asana.com'] }, { line: 5, cells: ['empty.example'] }],
      rowQuery: [0, null, 0, 1],
      invalid: [{ line: 3, reason: 'bad_domain', value: 'nope' }],
    };
    const queries: BulkQuery[] = [{ kind: 'domains', domain: 'asana.com' }, { kind: 'domains', domain: 'empty.example' }];
    const answers = [
      done([address('dustin@asana.com', { first_name: 'Dustin', last_name: 'Moskovitz', position: 'CEO' }), address('info@asana.com')], 'Asana'),
      done([]),
    ];
    const c = leadCandidates('domains', input, queries, answers);
    expect(c.named).toEqual([{ line: 2, draft: {
      first_name: 'Dustin', last_name: 'Moskovitz', email: 'dustin@asana.com', position: 'CEO', company: 'Asana', website: 'https://asana.com', confidence_score: 90,
    } }]);
    expect(c.unnamed.map((u) => [u.line, u.draft.email, u.draft.first_name, u.draft.last_name])).toEqual([[2, 'info@asana.com', '', '']]);
    // Line 4 asks the same question: its two addresses are repeats.
    expect(c.duplicates).toBe(2);
    expect(c.guessed).toEqual([]);
  });

  it('Names: the asked name fills what the answer lacks; a guessed address is kept apart; no answer, no draft', () => {
    const input: JobInput = {
      header: ['name', 'company'],
      rows: [{ line: 2, cells: ['Ada Lovelace', 'Asana'] }, { line: 3, cells: ['Alan Turing', 'stripe.com'] }, { line: 4, cells: ['Grace Hopper', 'x.com'] }, { line: 5, cells: ['Linus T', 'y.com'] }],
      rowQuery: [0, 1, 2, 3],
      invalid: [],
    };
    const queries: BulkQuery[] = [
      { kind: 'names', first_name: 'Ada', last_name: 'Lovelace', company: 'Asana' },
      { kind: 'names', first_name: 'Alan', last_name: 'Turing', domain: 'stripe.com' },
      { kind: 'names', first_name: 'Grace', last_name: 'Hopper', domain: 'x.com' },
      { kind: 'names', first_name: 'Linus', last_name: 'T', domain: 'y.com' },
    ];
    const answers: Array<BulkAnswer | undefined> = [
      done([address('ada@asana.com')]),
      done([address('alan@stripe.com', { guessed: true, score: null })]),
      { state: 'failed', error: { kind: 'server', status: 500, message: '' } },
      undefined,
    ];
    const c = leadCandidates('names', input, queries, answers);
    expect(c.named).toEqual([{ line: 2, draft: {
      first_name: 'Ada', last_name: 'Lovelace', email: 'ada@asana.com', position: null, company: 'Asana', website: null, confidence_score: 90,
    } }]);
    expect(c.guessed.map((g) => g.draft.email)).toEqual(['alan@stripe.com']);
    expect(c.unnamed).toEqual([]);
  });

  it('Addresses: names come from the file’s own name columns when it has them; the verifier’s score is not a confidence', () => {
    const input: JobInput = {
      header: ['Full name', 'E-mail'],
      rows: [{ line: 2, cells: ['Grace Hopper', 'grace@navy.example'] }, { line: 3, cells: ['', 'GRACE@navy.example'] }, { line: 4, cells: ['', 'ops@navy.example'] }],
      rowQuery: [0, 1, 2],
      invalid: [],
    };
    const queries: BulkQuery[] = [{ kind: 'addresses', email: 'grace@navy.example' }, { kind: 'addresses', email: 'GRACE@navy.example' }, { kind: 'addresses', email: 'ops@navy.example' }];
    const answers = [done([address('grace@navy.example')]), done([address('GRACE@navy.example')]), done([address('ops@navy.example')])];
    const c = leadCandidates('addresses', input, queries, answers);
    expect(c.named.map((n) => [n.draft.email, n.draft.first_name, n.draft.last_name, n.draft.confidence_score])).toEqual([['grace@navy.example', 'Grace', 'Hopper', null]]);
    expect(c.unnamed.map((n) => n.draft.email)).toEqual(['ops@navy.example']);
    expect(c.duplicates).toBe(1);
  });
});
