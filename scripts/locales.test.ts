import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReplyError } from '../lib/messaging/protocol';
import { localeNames, readLocale } from './locales';

const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Keys passed literally to t('…'); keys built at run time (error_${kind}) are checked by their own test. */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.set(match[1]!, file);
  }
  return used;
}

describe('locales', () => {
  const english = readLocale('en');

  it('every language has exactly the English keys, each with a message', () => {
    for (const lang of localeNames()) {
      const messages = readLocale(lang);
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(messages)) expect(value.message.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('message names are ones the browser accepts', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('every t() key in the code exists', () => {
    const missing = [...keysUsedInCode()].filter(([key]) => !(key in english)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every error kind a reply can carry has a sentence', () => {
    // `satisfies` makes the compiler name any kind added to the protocol and missing here.
    const kinds = {
      bad_params: 1, pagination_limited: 1, unauthorized: 1, usage_limit: 1, quota_exceeded: 1, rate_limited: 1, forbidden: 1,
      not_found: 1, unprocessable: 1, restricted: 1, smtp_unavailable: 1, verification_pending: 1, server: 1,
      network: 1, timeout: 1, aborted: 1, malformed: 1, not_allowed: 1, no_key: 1, invalid_input: 1, internal: 1, key_changed: 1, domain_limit: 1, interrupted: 1,
    } satisfies Record<ReplyError['kind'], 1>;
    for (const kind of Object.keys(kinds)) expect(english, kind).toHaveProperty(`error_${kind}`);
  });
});
