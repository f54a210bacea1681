import { median } from './measure';

export type Row = string[];

/** Median with min and max, as the bench reports every timing. */
export function spread(values: number[], unit = '', digits = 0) {
  const med = median(values);
  const text = `${med.toFixed(digits)}${unit} (${Math.min(...values).toFixed(digits)}, ${Math.max(...values).toFixed(digits)})`;
  return { median: med, text };
}

export function formatTable(head: Row, rows: Row[]): string {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => head.map((_, i) => (cells[i] ?? '').padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
