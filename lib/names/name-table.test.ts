import { describe, expect, it } from 'vitest';
import { readNameTable } from './fixtures/name-table';
import { parseFullName } from './parse-full-name';

const table = readNameTable();

describe('the names table (fixtures/name-table.txt)', () => {
  it('holds at least 400 names across causes and scripts', () => {
    expect(table.length).toBeGreaterThanOrEqual(400);
    const causes = new Set(table.map((row) => row.cause));
    for (const cause of ['inverted', 'particles', 'titles', 'suffixes', 'mac-st', 'hyphen-particle', 'long', 'not-a-name',
      'latin-diacritics', 'cyrillic', 'greek', 'arabic', 'hebrew', 'cjk', 'hangul', 'vietnamese', 'thai']) {
      expect(causes, cause).toContain(cause);
    }
  });

  const answer = (input: string) => {
    const parsed = parseFullName(input);
    return parsed.ok ? { first: parsed.first, last: parsed.last } : null;
  };

  it.each(table.filter((row) => !row.knownMiss).map((row) => [`${row.cause} · ${row.input}`, row] as const))('%s', (_label, row) => {
    expect(answer(row.input), `line ${row.line}`).toEqual(row.expected);
  });

  it('the few rows marked "miss" are still missed (remove the mark when one is fixed)', () => {
    const misses = table.filter((row) => row.knownMiss);
    expect(misses.length).toBeLessThanOrEqual(5);
    for (const row of misses) expect(answer(row.input), `line ${row.line}`).not.toEqual(row.expected);
  });
});
