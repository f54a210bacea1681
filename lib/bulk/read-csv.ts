import Papa from 'papaparse';
import type { InputRow } from './types';

// A file or a paste → header and rows, whatever the separator, quoting, BOM or encoding.

// Windows-1252's 0x80–0x9F (where it differs from Latin-1); some decoders (Node's) read them as Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise Windows-1252, what Excel saves on Windows. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
}

export interface ReadRows {
  /** The header's cells, or null when the first row is data. */
  header: string[] | null;
  rows: InputRow[];
  /** Lines papaparse could not read as a row (an unclosed quote…). */
  unreadable: number[];
}

// A header names what a column holds: words, not addresses, domains or URLs.
const DATA_LIKE = /@|\.[a-z]{2,}(\/|$)|^https?:|^www\./i;
const HEADER_WORDS = /^(domain|website|site|url|company|organi[sz]ation|email|e-?mail|mail|address|name|full.?name|first|last|given|family|surname|person|contact|prénom|prenom|nom|entreprise|courriel)/i;

/** The first row is a header when a cell names a known column and none looks like data. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return false;
  if (filled.some((c) => DATA_LIKE.test(c))) return false;
  return filled.some((c) => HEADER_WORDS.test(c.replace(/[_\s]+/g, ' ')));
}

export function readCsvText(text: string): ReadRows {
  // One kind of line break, no BOM: papaparse guesses a single line ending for the whole text.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: Array<{ line: number; cells: string[]; broken: boolean }> = [];
  let start = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(normalized, {
    skipEmptyLines: false,
    delimiter: guessDelimiter(normalized),
    step: (result) => {
      // A record's line is 1 + the line breaks before its first character (quoted breaks inside it do not count).
      line += countNewlines(normalized, counted, start);
      counted = start;
      const broken = result.errors.some((error) => error.type !== 'Delimiter');
      records.push({ line, cells: result.data, broken });
      start = result.meta.cursor + 1;
    },
  });
  const filled = records.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const unreadable = filled.filter((r) => r.broken).map((r) => r.line);
  const good = filled.filter((r) => !r.broken);
  const header = good[0] && looksLikeHeader(good[0].cells) ? good.shift()!.cells.map((c) => c.trim()) : null;
  return { header, rows: good.map(({ line: l, cells }) => ({ line: l, cells: cells.map((c) => c.trim()) })), unreadable };
}

/** Guessed on the first rows without the empty lines, which would make every separator look inconsistent. */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', preview: 50, delimitersToGuess: [',', ';', '\t', '|'] }).meta.delimiter || ',';
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
