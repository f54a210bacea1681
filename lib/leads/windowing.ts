// Which rows of a long table to put in the DOM for a scroll position: every row has the same height, so the
// arithmetic is exact and the scrollbar is sized from the total at once.

/** Rows [start, end) of `count`. */
export interface RowRange {
  start: number;
  end: number;
}

/** What the table body holds, top to bottom: rendered rows, and gaps standing for rows left out. */
export type BodyPart = { row: number } | { gap: number };

/**
 * The rows under a viewport of `height` px scrolled `scrollTop` px into the rows (0 = first row at the top),
 * with `overscan` rows more on each side so a small scroll never shows an empty band.
 */
export function visibleRows(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number): RowRange {
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, height)) / rowHeight);
  return {
    start: clamp(first - overscan, 0, count),
    end: clamp(last + overscan, 0, count),
  };
}

/**
 * The body for a range: the range's rows, plus `pinned` (the row holding focus) and its two neighbours wherever
 * they are, so a focused control is never taken out of the DOM and Tab / Shift+Tab from it reach the next and
 * previous rows; everything else is a gap of the rows' height.
 */
export function bodyParts(count: number, range: RowRange, pinned: number | null): BodyPart[] {
  const rows: number[] = [];
  for (let row = range.start; row < range.end; row++) rows.push(row);
  if (pinned !== null && pinned >= 0 && pinned < count) {
    for (let row = Math.max(0, pinned - 1); row <= Math.min(count - 1, pinned + 1); row++) {
      if (row < range.start || row >= range.end) rows.push(row);
    }
    rows.sort((a, b) => a - b);
  }
  const parts: BodyPart[] = [];
  let next = 0;
  for (const row of rows) {
    if (row > next) parts.push({ gap: row - next });
    parts.push({ row });
    next = row + 1;
  }
  if (count > next) parts.push({ gap: count - next });
  return parts;
}

/** The API pages (of `pageSize` rows) that hold rows [start, end); none for an empty range. */
export function pagesOf(range: RowRange, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const pages: number[] = [];
  for (let page = Math.floor(range.start / pageSize); page <= Math.floor((range.end - 1) / pageSize); page++) pages.push(page);
  return pages;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * A stable slot (the key a row is rendered under) for each row rendered now, given the slots of the rows
 * rendered last time. A row still rendered keeps its slot, so its element — and the focus in it — is kept; a row
 * coming into view takes a slot that a row leaving freed, in the order they were, so the table rewrites that
 * row's text instead of creating and removing elements (in a fast scroll every row changes every frame).
 * New slots are numbered past every slot in use. `keys` are the rows' identities, top to bottom, each once.
 */
export function rowSlots<K>(previous: ReadonlyMap<K, number>, keys: readonly K[]): Map<K, number> {
  const kept = new Set<number>();
  for (const key of keys) {
    const slot = previous.get(key);
    if (slot !== undefined) kept.add(slot);
  }
  const free = [...previous.values()].filter((slot) => !kept.has(slot));
  let fresh = Math.max(-1, ...previous.values()) + 1;
  const slots = new Map<K, number>();
  for (const key of keys) slots.set(key, previous.get(key) ?? free.shift() ?? fresh++);
  return slots;
}
