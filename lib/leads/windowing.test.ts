import { describe, expect, it } from 'vitest';
import { bodyParts, pagesOf, rowSlots, visibleRows } from './windowing';

describe('visibleRows', () => {
  it('is the rows under the viewport, with the overscan on each side', () => {
    // 34 px rows, a 340 px viewport: rows 100–109 are on screen at 3,400 px.
    expect(visibleRows(3400, 340, 34, 10_000, 5)).toEqual({ start: 95, end: 115 });
    // Half a row scrolled: the row cut at the bottom counts.
    expect(visibleRows(3417, 340, 34, 10_000, 0)).toEqual({ start: 100, end: 111 });
  });

  it('stays inside the rows at both ends, and is empty when there are none', () => {
    expect(visibleRows(0, 340, 34, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRows(-50, 340, 34, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRows(34 * 9_990, 340, 34, 10_000, 5)).toEqual({ start: 9_985, end: 10_000 });
    expect(visibleRows(1e9, 340, 34, 10_000, 5)).toEqual({ start: 10_000, end: 10_000 });
    expect(visibleRows(0, 340, 34, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it('holds the same number of rows wherever the viewport is', () => {
    const sizes = new Set<number>();
    for (let top = 34 * 10; top < 34 * 9_000; top += 977) {
      const { start, end } = visibleRows(top, 500, 34, 10_000, 6);
      sizes.add(end - start);
    }
    expect([...sizes].every((size) => size >= 27 && size <= 28)).toBe(true);
  });
});

describe('bodyParts', () => {
  it('puts a gap for the rows before and after the range, so the body is as tall as every row', () => {
    const parts = bodyParts(10_000, { start: 95, end: 98 }, null);
    expect(parts).toEqual([{ gap: 95 }, { row: 95 }, { row: 96 }, { row: 97 }, { gap: 9_902 }]);
    const rows = parts.reduce((sum, part) => sum + ('gap' in part ? part.gap : 1), 0);
    expect(rows).toBe(10_000);
  });

  it('has no gap at an end the range touches', () => {
    expect(bodyParts(3, { start: 0, end: 3 }, null)).toEqual([{ row: 0 }, { row: 1 }, { row: 2 }]);
    expect(bodyParts(0, { start: 0, end: 0 }, null)).toEqual([]);
  });

  it('keeps the focused row and its neighbours in the body however far the range has moved', () => {
    expect(bodyParts(100, { start: 50, end: 52 }, 3)).toEqual([
      { gap: 2 }, { row: 2 }, { row: 3 }, { row: 4 }, { gap: 45 }, { row: 50 }, { row: 51 }, { gap: 48 },
    ]);
    expect(bodyParts(100, { start: 0, end: 2 }, 98)).toEqual([{ row: 0 }, { row: 1 }, { gap: 95 }, { row: 97 }, { row: 98 }, { row: 99 }]);
    // At the edge of the range, or of the rows: only what is missing, never a row twice or past the end.
    expect(bodyParts(100, { start: 0, end: 2 }, 2)).toEqual([{ row: 0 }, { row: 1 }, { row: 2 }, { row: 3 }, { gap: 96 }]);
    expect(bodyParts(100, { start: 10, end: 12 }, 0)).toEqual([{ row: 0 }, { row: 1 }, { gap: 8 }, { row: 10 }, { row: 11 }, { gap: 88 }]);
    // Gone from the rows (its lead deleted): nothing extra.
    expect(bodyParts(100, { start: 0, end: 2 }, 140)).toEqual([{ row: 0 }, { row: 1 }, { gap: 98 }]);
  });
});

describe('pagesOf', () => {
  it('is every API page that holds a row of the range', () => {
    expect(pagesOf({ start: 95, end: 115 }, 100)).toEqual([0, 1]);
    expect(pagesOf({ start: 100, end: 200 }, 100)).toEqual([1]);
    expect(pagesOf({ start: 9_985, end: 10_000 }, 100)).toEqual([99]);
    expect(pagesOf({ start: 5, end: 5 }, 100)).toEqual([]);
  });
});

describe('rowSlots', () => {
  const slotsOf = (slots: Map<string, number>) => [...slots.values()];

  it('numbers the first rows from 0', () => {
    expect(slotsOf(rowSlots(new Map(), ['a', 'b', 'c']))).toEqual([0, 1, 2]);
  });

  it('keeps the slot of a row still shown, and gives the slots freed to the rows coming in, in order', () => {
    const first = rowSlots(new Map(), ['a', 'b', 'c', 'd']);
    // One row down: d stays in slot 3, a's slot goes to the new row at the bottom.
    expect([...rowSlots(first, ['b', 'c', 'd', 'e'])]).toEqual([['b', 1], ['c', 2], ['d', 3], ['e', 0]]);
    // A jump: every row new, the slots reused in the order they were (nothing to move, only text to rewrite).
    expect(slotsOf(rowSlots(first, ['w', 'x', 'y', 'z']))).toEqual([0, 1, 2, 3]);
  });

  it('keeps a pinned row in its slot while every other row changes around it', () => {
    const first = rowSlots(new Map(), ['a', 'b', 'c', 'd']);
    const jumped = rowSlots(first, ['b', 'x', 'y', 'z']);
    expect(jumped.get('b')).toBe(1);
    expect(new Set(jumped.values()).size).toBe(4);
  });

  it('adds slots past every one in use when more rows are shown, never two rows in one slot', () => {
    const first = rowSlots(new Map(), ['a', 'b']);
    const more = rowSlots(first, ['b', 'c', 'd', 'e']);
    expect(more.get('b')).toBe(1);
    expect(more.get('c')).toBe(0);
    expect(new Set(more.values()).size).toBe(4);
    expect(Math.max(...more.values())).toBe(3);
  });
});
