import { describe, expect, it } from 'vitest';
import type { EmailVerifierData } from './types';
import { readVerdict } from './verdict';

const checks = {
  regexp: true,
  gibberish: false,
  disposable: false,
  webmail: false,
  mx_records: true,
  smtp_server: true,
  smtp_check: true,
  accept_all: false,
  sources: [],
};

const data = (extra: Partial<EmailVerifierData>): EmailVerifierData => ({ ...checks, score: 91, ...extra });

describe('readVerdict', () => {
  it.each(['valid', 'invalid', 'accept_all', 'webmail', 'disposable', 'unknown'] as const)(
    'reads the newer status %s',
    (status) => expect(readVerdict(data({ status }))).toEqual({ status, score: 91 }),
  );

  it('prefers status over the older result', () => {
    expect(readVerdict(data({ status: 'invalid', result: 'deliverable' })).status).toBe('invalid');
  });

  it('maps the older result honestly', () => {
    expect(readVerdict(data({ result: 'deliverable' })).status).toBe('valid');
    expect(readVerdict(data({ result: 'undeliverable' })).status).toBe('invalid');
    // "risky" meant "no promise": the checks say why, else it stays unknown.
    expect(readVerdict(data({ result: 'risky', accept_all: true })).status).toBe('accept_all');
    expect(readVerdict(data({ result: 'risky', disposable: true })).status).toBe('disposable');
    expect(readVerdict(data({ result: 'risky' })).status).toBe('unknown');
  });

  it('says unknown when neither field is usable', () => {
    expect(readVerdict(data({}))).toEqual({ status: 'unknown', score: 91 });
    expect(readVerdict(data({ status: 'bogus' as never, result: null }))).toEqual({ status: 'unknown', score: 91 });
  });

  it('gives a null score when the score is missing or not a number', () => {
    expect(readVerdict(data({ status: 'valid', score: null })).score).toBeNull();
    expect(readVerdict({ ...checks, status: 'valid' } as unknown as EmailVerifierData).score).toBeNull();
  });
});
