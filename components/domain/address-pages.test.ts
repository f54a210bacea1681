import { describe, expect, it } from 'vitest';
import type { DomainSearchEmail } from '@/lib/hunter';
import { allLoaded, appendRows, nextOffset, rowsOfType } from './address-pages';

const row = (value: string, type: 'personal' | 'generic' = 'personal') => ({ value, type }) as DomainSearchEmail;
const answer = (offset: unknown, kept: number, received?: number) =>
  ({ meta: { offset }, data: { emails: Array.from({ length: kept }, (_, i) => row(`${i}@x.com`)) }, received }) as never;

describe('address pages', () => {
  it('starts the next page after every row the API sent, dropped ones included', () => {
    // 10 asked, 10 sent, one without an address dropped: the next page starts at 10, not 9.
    expect(nextOffset(answer(0, 9, 10), 0)).toBe(10);
    expect(nextOffset(answer(10, 100, 100), 10)).toBe(110);
    expect(nextOffset(answer('10', 27, 27), 10)).toBe(37);
    expect(nextOffset(answer(undefined, 5, 5), 20)).toBe(25);
    expect(nextOffset(answer(0, 10), 0)).toBe(10);
  });

  it('never repeats an address across pages', () => {
    const shown = [row('a@x.com'), row('b@x.com')];
    expect(appendRows(shown, [row('B@x.com'), row('c@x.com'), row('c@x.com')]).map((r) => r.value)).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
    expect(appendRows(shown, [row('a@x.com')])).toBe(shown);
  });

  it('knows when every row is in', () => {
    expect(allLoaded(137, 137, 27, 100)).toBe(true);
    expect(allLoaded(110, 137, 100, 100)).toBe(false);
    expect(allLoaded(60, 137, 50, 100)).toBe(true); // a short page: nothing more, whatever the total says
    expect(allLoaded(10, 137, 10, 10)).toBe(false);
  });

  it('filters by type locally', () => {
    const rows = [row('a@x.com'), row('info@x.com', 'generic')];
    expect(rowsOfType(rows, 'generic').map((r) => r.value)).toEqual(['info@x.com']);
    expect(rowsOfType(rows, null)).toBe(rows);
  });
});
