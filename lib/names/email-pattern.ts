/**
 * A free address guess: a company's Hunter `pattern` ("{first}.{last}", "{f}{last}"…) applied to a name.
 * Pure and dependency-free. It answers null rather than guess wrong: an unknown or malformed pattern, a name
 * part the pattern needs but that is missing, or a name in a script with no safe ASCII spelling.
 */

/** The name parts a pattern can use: the first given name and the whole family name, as `parseFullName` gives. */
export interface PatternName {
  first: string;
  last: string;
}

type Part = 'first' | 'last' | 'f' | 'l';
const PART = /^\{(first|last|f|l)\}/;
const SEPARATOR = /^[._-]/;

// Letters whose accent-stripped form is not their ASCII spelling (NFD leaves them whole).
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ħ: 'h', ı: 'i', ŀ: 'l', þ: 'th', ð: 'd', ĳ: 'ij', ŧ: 't',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * The pattern's parts and separators, or null when it is not one Hunter returns: only `{first}`, `{last}`,
 * `{f}`, `{l}`, at most one of each name (no "{first}{f}"), one `.`, `_` or `-` at most between two parts.
 */
export function readPattern(pattern: string): Array<Part | '.' | '_' | '-'> | null {
  let rest = (pattern ?? '').trim().toLowerCase();
  const out: Array<Part | '.' | '_' | '-'> = [];
  let usesFirst = false;
  let usesLast = false;
  while (rest) {
    const part = PART.exec(rest);
    if (part) {
      const name = part[1] as Part;
      const isFirst = name === 'first' || name === 'f';
      if (isFirst ? usesFirst : usesLast) return null;
      if (isFirst) usesFirst = true;
      else usesLast = true;
      out.push(name);
      rest = rest.slice(part[0].length);
      continue;
    }
    const sep = SEPARATOR.exec(rest);
    const previous = out[out.length - 1];
    // A separator only between two parts: "{first}..{last}", ".{last}" or "{first}." are not patterns.
    if (!sep || previous === undefined || !/^\{/.test(rest.slice(1))) return null;
    out.push(sep[0] as '.' | '_' | '-');
    rest = rest.slice(1);
  }
  return out.length > 0 ? out : null;
}

/**
 * One name part as it goes into an address: lowercase ASCII, accents folded ("Élodie" → "elodie",
 * "Straße" → "strasse", "Søren" → "soren"), spaces and apostrophes dropped ("van der Berg" → "vanderberg",
 * "O'Neil" → "oneil"), inner hyphens kept ("Jean-Pierre" → "jean-pierre"). Null when a letter has no safe
 * ASCII spelling (Cyrillic, Greek, Arabic, CJK…: their transliteration is a choice the company made).
 */
export function foldNamePart(text: string): string | null {
  const folded = (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPECIAL, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s'’‘`.]+/g, '')
    .replace(/[‐‑–-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!folded || !/^[a-z]+(-[a-z]+)*$/.test(folded)) return null;
  return folded;
}

/** A plain ASCII domain ("stripe.com"), or null: the guess never carries a URL or an odd host. */
function readDomain(domain: string): string | null {
  const clean = (domain ?? '').trim().toLowerCase().replace(/\.$/, '');
  return /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(clean) ? clean : null;
}

/**
 * The address a pattern gives for a name at a domain — "jane.doe@stripe.com" for ("{first}.{last}",
 * { first: 'Jane', last: 'Doe' }, "stripe.com") — or null when no honest guess can be made.
 * Only the parts the pattern uses must be spelled in ASCII: "{first}" needs no family name.
 */
export function guessEmailFromPattern(pattern: string | null | undefined, name: PatternName, domain: string): string | null {
  const parts = readPattern(pattern ?? '');
  const host = readDomain(domain);
  if (!parts || !host) return null;
  let local = '';
  for (const part of parts) {
    if (part === '.' || part === '_' || part === '-') {
      local += part;
      continue;
    }
    const source = part === 'first' || part === 'f' ? name.first : name.last;
    const folded = foldNamePart(source);
    if (!folded) return null;
    local += part === 'f' || part === 'l' ? folded.charAt(0) : folded;
  }
  return local.length <= 64 ? `${local}@${host}` : null;
}
