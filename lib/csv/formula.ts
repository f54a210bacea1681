// A cell starting with = + - @ runs as a formula when a spreadsheet opens the file (CSV injection), and API
// data is not ours. Such cells are written with a leading apostrophe, which spreadsheets hide, and the
// apostrophe is taken off again on import so "+33 1 23" survives a round trip.

// \n too: the import turns every line break into \n, so a protected "\r…" must still lose its apostrophe.
// A value that already starts with apostrophes before such a character ("'=1") gets one more, or the import
// would take its own apostrophe off (found by the property test in csv.property.test.ts).
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r\n]/;
const PROTECTED = /^'+[=+\-@\t\r\n]/;

export function protectFormula(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return typeof value === 'string' && NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

export function unprotectFormula(cell: string): string {
  return PROTECTED.test(cell) ? cell.slice(1) : cell;
}
