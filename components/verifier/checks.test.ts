import { describe, expect, it } from 'vitest';
import { checkLines, readEmail } from './checks';
import type { EmailVerifierData } from '@/lib/hunter';

describe('verifier checks', () => {
  it('gives every check a sentence and a tone, and says which were not run', () => {
    const data = {
      score: 50, regexp: true, gibberish: false, disposable: false, webmail: true, mx_records: true,
      smtp_server: false, smtp_check: false, accept_all: null, sources: [],
    } as unknown as EmailVerifierData;
    const lines = checkLines(data);
    expect(lines.map((line) => line.name)).toEqual([
      'regexp', 'gibberish', 'disposable', 'webmail', 'mx_records', 'smtp_server', 'smtp_check', 'accept_all', 'block',
    ]);
    expect(lines.find((l) => l.name === 'webmail')).toEqual({ name: 'webmail', key: 'verifier_check_webmail_true', tone: 'bad' });
    expect(lines.find((l) => l.name === 'gibberish')!.tone).toBe('good');
    expect(lines.find((l) => l.name === 'smtp_server')).toMatchObject({ key: 'verifier_check_smtp_server_false', tone: 'bad' });
    expect(lines.find((l) => l.name === 'accept_all')).toMatchObject({ key: 'verifier_check_accept_all_null', tone: 'none' });
    expect(lines.find((l) => l.name === 'block')!.tone).toBe('none');
  });
});

describe('readEmail', () => {
  it('accepts addresses, trimmed and without mailto:', () => {
    expect(readEmail(' patrick@stripe.com ')).toBe('patrick@stripe.com');
    expect(readEmail('mailto:Ada.Lovelace+x@Example.co.uk')).toBe('Ada.Lovelace+x@Example.co.uk');
    expect(readEmail('josé@münchen.de')).toBe('josé@münchen.de');
  });

  it('refuses what cannot be an address', () => {
    for (const bad of ['', 'patrick', 'patrick@', '@stripe.com', 'patrick@stripe', 'a b@stripe.com', 'a@@stripe.com',
      'a..b@stripe.com', '.a@stripe.com', 'a.@stripe.com', 'a@stripe..com', 'Ada <ada@stripe.com>', 'a@stripe.c']) {
      expect(readEmail(bad), bad).toBeNull();
    }
  });
});

describe('verifier messages', () => {
  it('every check sentence and status exists in every language', async () => {
    const { readLocale, localeNames } = await import('../../scripts/locales');
    const { CHECKS } = await import('./checks');
    const keys = [
      ...CHECKS.flatMap((name) => ['true', 'false', 'null'].map((value) => `verifier_check_${name}_${value}`)),
      ...['valid', 'invalid', 'accept_all', 'webmail', 'disposable', 'unknown'].map((s) => `verifier_status_${s}`),
    ];
    for (const lang of localeNames()) {
      const messages = readLocale(lang);
      for (const key of keys) expect(messages, `${lang}:${key}`).toHaveProperty(key);
    }
  });
});
