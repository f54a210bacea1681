/** The toolbar badge has room for about four characters: 1234 → "1.2k", 25000 → "25k". Nothing for none. */
export function badgeText(count: number | null): string {
  if (count === null || !Number.isFinite(count) || count <= 0) return '';
  if (count < 1000) return String(Math.floor(count));
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  if (count < 1_000_000) return `${Math.floor(count / 1000)}k`;
  return `${Math.floor(count / 1_000_000)}M`;
}
