// A cell starting with = + - @ runs as a formula when a spreadsheet opens the file (CSV injection), and API
// data is not ours. Such cells are written with a leading apostrophe, which spreadsheets hide, and the
// apostrophe is taken off again on import so "+33 1 23" survives a round trip.

const FORMULA_START = /^[=+\-@\t\r]/;

export function protectFormula(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

export function unprotectFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
