// Small text helpers shared by the seed and the finder: names to address local parts, domain normalization.
import { domainToASCII } from 'node:url';

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th', ð: 'd',
};

/** "Élodie O'Brien" → "elodieobrien"; non-Latin scripts give "" (the finder then has no guess). */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßøłæœđıþð]/g, (ch) => SPECIAL_LETTERS[ch] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Applies a Hunter pattern such as "{first}.{last}" or "{f}{last}"; null when a needed part is empty. */
export function applyPattern(pattern: string, first: string, last: string): string | null {
  const f = asciiSlug(first);
  const l = asciiSlug(last);
  const needsFirst = /\{f(irst)?\}/.test(pattern);
  const needsLast = /\{l(ast)?\}/.test(pattern);
  if ((needsFirst && !f) || (needsLast && !l)) return null;
  return pattern
    .replace(/\{first\}/g, f)
    .replace(/\{last\}/g, l)
    .replace(/\{f\}/g, f.slice(0, 1))
    .replace(/\{l\}/g, l.slice(0, 1));
}

/**
 * Lowercases, trims and drops a leading "www."; returns the ASCII (punycode) form used as the lookup
 * key and the form to echo back, or null when the text is not a plain domain name.
 */
export function normalizeDomain(raw: string): { ascii: string; display: string } | null {
  const display = raw.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (!display || /[\s/:@?#]/.test(display) || !display.includes('.')) return null;
  const ascii = domainToASCII(display);
  if (!ascii || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(ascii)) return null;
  // IPv4 addresses are not company domains.
  if (/^\d+(\.\d+){3}$/.test(ascii)) return null;
  return { ascii, display };
}
