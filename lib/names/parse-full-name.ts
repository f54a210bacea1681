/**
 * Full name → first / last, for the email finder. Pure and dependency-free: the page-reader content
 * script bundles it, so it must stay small.
 *
 * Decisions (parse-full-name.test.ts shows each one on an example):
 * - `first` is the first given name, `last` the family name with its particles ("van der Berg").
 * - Titles, suffixes, credentials, pronouns, emoji, nicknames and LinkedIn decorations are dropped.
 * - Case is changed only when the whole name is in one case (ALL CAPS or all lowercase), or when an
 *   ALL-CAPS family name marks the family name in a mixed-case name ("DUPONT Jean" → Dupont).
 * - CJK and Hangul names are family-first; unspaced ones split after a 1-character family name
 *   (2 for a 4-character name or a known compound surname). Kana without a space cannot be split.
 */

export type ParsedName =
  | { ok: true; first: string; last: string; full: string }
  | {
      ok: false;
      reason: 'empty' | 'one_word' | 'not_a_name';
      /** The single word, when it is likely a given name (no title before it). */
      first?: string;
      /** The single word that was found, so the UI can ask for the other part. */
      partial?: string;
    };

const MAX_NAME_LENGTH = 100;
const MAX_WORDS = 5;

// Compared lowercased, without dots; only stripped before a name ("Sr." after one is a suffix).
const TITLES = new Set(
  ('dr doctor prof professor mr mrs ms miss mx mme mlle madame mademoiselle monsieur m sir dame lord lady ' +
    'rev revd reverend fr hon herr frau dott ing avv capt col gen lt maj sgt cmdr sr sra srta pr')
    .split(' '),
);
// Generational suffixes, in any case.
const GENERATIONAL = new Set('jr jnr sr snr ii iii iv'.split(' '));
// Credentials: only in their usual capitalized form ("MD", "PhD", not "Md"), so surnames like
// "Mba" survive. Ambiguous ones (MA, MS, BA, RN…) are dropped only after a comma.
const CREDENTIALS = new Set(
  ('phd md mba cpa cfa pmp esq dds dmd dvm jd llm cissp cisa cism cfp chfc cma acca fca aca obe mbe cbe ' +
    'frcs frcp mrcp facs sphr shrm-cp shrm-scp csm psm pe rn np pa ma ms msc bsc ba bs meng mph msw lcsw edd dnp')
    .split(' '),
);
const CREDENTIALS_STANDALONE = new Set('phd md mba cpa cfa pmp esq dds dmd dvm cissp'.split(' '));
const PARTICLES = new Set(
  ("van von der den de del della delle dei degli di da das dos do du la las le les lo los ter ten te zu " +
    "af av dela bin binti bint ibn al el st saint 't ’t بن بنت ابن")
    .split(' '),
);
// Conjunctions inside Spanish/Portuguese surnames: lowercase only, "E" is an initial.
const LOWER_PARTICLES = new Set(['y', 'e']);
const VN_FAMILY = new Set('nguyễn nguyen trần tran phạm pham hoàng hoang huỳnh huynh võ vũ vu đặng dang bùi bui đỗ ngô ngo dương duong'.split(' '));
const VN_MIDDLE = new Set('văn van thị thi'.split(' '));
const STOPWORDS_ANY_CASE = new Set(
  ('about contact team click learn more read view profile sign login join hiring welcome home page here ' +
    'this that these with your from just moment please verify inc llc ltd gmbh corp plc sarl limited ' +
    'company corporation group labs').split(' '),
);
const STOPWORDS_LOWER = new Set('the and of for our you we us is are was at by or to in on my'.split(' '));
const HAN_COMPOUND_SURNAMES = new Set(
  '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 司徒 东方 東方 皇甫 令狐 慕容 夏侯 尉迟 長孫 长孙 宇文 公孙 公孫 남궁 황보 제갈 선우 독고'.split(' '),
);
const ARABIC_JOINERS = new Set(['عبد', 'أبو', 'ابو']);

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々]+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const notAName: ParsedName = { ok: false, reason: 'not_a_name' };

/** Parses a full name as typed, selected on a page, or read from page markup. */
export function parseFullName(raw: string): ParsedName {
  const text = collapse(raw);
  if (!text) return { ok: false, reason: 'empty' };
  const parsed = text.length > 300 || /https?:|www\.|\S@\S/i.test(text) ? notAName : parseCleaned(stripDecorations(text));
  // A selection that runs past the name ("Jane Doe⏎Staff Engineer at Stripe"): try its first line.
  const firstLine = (raw ?? '').split(/[\r\n]+/).find((l) => l.trim() !== '') ?? '';
  if (!parsed.ok && collapse(firstLine) !== text) return parseFullName(firstLine);
  return parsed;
}

/**
 * Parses a name given as two fields (LinkedIn's `profile:first_name` / `profile:last_name`, a form):
 * the split is trusted, each part is cleaned like a full name.
 */
export function parseNameParts(rawFirst: string, rawLast: string): ParsedName {
  const first = stripDecorations(collapse(rawFirst));
  const last = stripDecorations(collapse(rawLast)).replace(/,.*$/, '');
  if (!first && !last) return { ok: false, reason: 'empty' };
  if (!first || !last) {
    const single = parseCleaned(first || last);
    // Only the family name is known: it must not be offered as a first name.
    return !first && !single.ok && single.reason === 'one_word' ? { ok: false, reason: 'one_word', partial: single.partial } : single;
  }
  const text = `${first} ${last}`;
  if (!isNameText(text)) return notAName;
  const wholeCase = caseOf(text);
  const given = stripTitles(words(first)).tokens;
  const family = stripSuffixes(words(last));
  return finish(given, family, wholeCase, false);
}

function collapse(s: string): string {
  return (s ?? '')
    .normalize('NFC')
    .replace(/[\u200B\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops what surrounds a name on LinkedIn and in page text: "Jane Doe (she/her) – Hiring! | CPA". */
function stripDecorations(text: string): string {
  const kept = text
    .split(/\s[-–—·]\s|[|•–—]/)
    .map((s) => s.trim())
    .find((s) => s !== '') ?? '';
  return collapse(
    kept
      .replace(/^["“”„«»‘’'](.*)["“”„«»‘’']$/, '$1')
      .replace(/\([^)]*\)|\[[^\]]*]|\{[^}]*}/g, ' ')
      .replace(/[([{].*$/, ' ')
      .replace(/(^|\s)["“”„«»‘’'][^"“”„«»]{0,30}?["“”„«»‘’'](?=[\s,]|$)/g, ' ')
      .replace(/[\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0E\uFE0F\u20E3]/gu, ' ')
      .replace(/(^|\s)\p{L}+\/\p{L}+(\/\p{L}+)?(?=[\s,]|$)/gu, ' ')
      .replace(/\s+,/g, ','),
  ).replace(/^[\s,;.]+|[\s,;]+$/g, '');
}

function parseCleaned(text: string): ParsedName {
  if (!isNameText(text)) return notAName;
  const wholeCase = caseOf(text);

  // Commas: credentials after the name ("Jane Doe, CPA, PMP") or an inverted name ("Doe, Jane Q.").
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const kept = [parts[0] ?? '', ...parts.slice(1).filter((p) => !words(p).every((w) => isCredential(w, true, wholeCase)))];
  const head = stripTitles(stripSuffixes(words(kept[0] ?? ''))).tokens;
  const second = words(kept[1] ?? '');
  if (kept.length >= 2 && head.filter((w) => !isParticle(w)).length === 1 && second.length <= 4) {
    const family = head;
    const given = stripSuffixes(second);
    // Dutch index style "Berg, Jan van der": trailing particles belong to the family name.
    while (given.length > 1 && isParticle(given[given.length - 1] ?? '')) family.unshift(given.pop() ?? '');
    return finish(stripTitles(given).tokens, family, wholeCase, true);
  }
  const titled = stripTitles(stripSuffixes(words(kept[0] ?? '')));
  return finish(titled.tokens, null, wholeCase, titled.hadTitle);
}

/** Given and family tokens when known (inverted or two fields), else one sequence to split. */
function finish(given: string[], family: string[] | null, wholeCase: Case, noFirstHint: boolean): ParsedName {
  const all = family ? [...given, ...family] : given;
  if (all.length === 0) return notAName;
  if (looksLikeProse(all, wholeCase)) return notAName;
  if (all.length === 1) {
    const only = all[0] ?? '';
    if (isTitle(only)) return notAName;
    if (CJK.test(only)) return splitUnspacedCjk(only);
    const partial = fixCase(only, wholeCase, false, false);
    return noFirstHint ? { ok: false, reason: 'one_word', partial } : { ok: false, reason: 'one_word', first: partial, partial };
  }
  if (family) return done(all, [0, 1], [given.length, all.length], wholeCase);
  return splitOrdered(given, wholeCase);
}

/** A name in its written order: decide which tokens are the given name and which the family name. */
function splitOrdered(tokens: string[], wholeCase: Case): ParsedName {
  const n = tokens.length;
  const at = (i: number) => tokens[i] ?? '';
  // East Asian names written with a space are family-first: "山田 太郎", "王 小明", "김 민수".
  if (tokens.every((t) => CJK.test(t))) return done(tokens, [1, 2], [0, 1], wholeCase);
  // Russian official order "Иванов Иван Иванович": the patronymic comes last.
  if (n === 3 && /\p{Script=Cyrillic}(вич|вна|ична|ич)$/u.test(at(2))) return done(tokens, [1, 2], [0, 1], wholeCase);
  // French directory style "DUPONT Jean": a leading ALL-CAPS family name.
  if (wholeCase === 'mixed') {
    let i = 0;
    while (i < n - 1 && (isCapsWord(at(i)) || (isParticle(at(i)) && !HAS_LOWER.test(at(i))))) i++;
    if (i > 0 && tokens.slice(0, i).some(isCapsWord)) return done(tokens, [i, i + 1], [0, i], wholeCase);
  }
  // Arabic "عبد الله …": the first word alone is not a given name.
  const firstLen = ARABIC_JOINERS.has(at(0)) && n >= 3 ? 2 : 1;
  // Vietnamese order "Nguyễn Văn An": family name, middle (Văn/Thị), given name last.
  if (n >= 3 && VN_FAMILY.has(at(0).toLowerCase()) && VN_MIDDLE.has(at(1).toLowerCase())) {
    return done(tokens, [n - 1, n], [0, 1], wholeCase);
  }
  let start = n - 1;
  for (;;) {
    if (start - 1 >= firstLen && PARTICLES.has(at(start - 1).toLowerCase().replace(/\.$/, ''))) start--;
    // "José Ortega y Gasset": a conjunction takes the word before it too.
    else if (start - 2 >= firstLen && LOWER_PARTICLES.has(at(start - 1))) start -= 2;
    else break;
  }
  return done(tokens, [0, firstLen], [start, n], wholeCase);
}

function splitUnspacedCjk(name: string): ParsedName {
  const chars = [...name];
  if (KANA.test(name) || chars.length < 2) return { ok: false, reason: 'one_word', partial: name };
  if (chars.length > 4) return notAName;
  const familyLen = chars.length === 4 || HAN_COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  if (familyLen >= chars.length) return { ok: false, reason: 'one_word', partial: name };
  return { ok: true, first: chars.slice(familyLen).join(''), last: chars.slice(0, familyLen).join(''), full: name };
}

/** Builds the result from token ranges [start, end), fixing case where the name asks for it. */
function done(tokens: string[], given: [number, number], family: [number, number], wholeCase: Case): ParsedName {
  const inFamily = (i: number) => i >= family[0] && i < family[1];
  const fixed = tokens.map((t, i) => fixCase(t, wholeCase, i > 0 && isParticle(t), inFamily(i)));
  const first = fixed.slice(...given).join(' ').replace(/^(\p{L})\.$/u, '$1');
  const last = fixed.slice(...family).join(' ');
  if (!first || !last) return { ok: false, reason: 'one_word', partial: first || last };
  return { ok: true, first, last, full: fixed.join(' ') };
}

function fixCase(token: string, wholeCase: Case, particle: boolean, family: boolean): string {
  const recase = wholeCase !== 'mixed' || (family && isCapsWord(token));
  if (!recase) return token;
  if (particle) return token.toLowerCase();
  return token
    .toLowerCase()
    .replace(/(^|[-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_m, ch: string) => 'Mc' + ch.toUpperCase());
}

function looksLikeProse(tokens: string[], wholeCase: Case): boolean {
  const content = tokens.filter((t) => !isParticle(t));
  if (content.length > MAX_WORDS) return true;
  return tokens.some((t) => {
    const bare = t.replace(/[.,'’]/g, '').toLowerCase();
    if (STOPWORDS_ANY_CASE.has(bare)) return true;
    if (STOPWORDS_LOWER.has(bare) && !HAS_UPPER.test(t)) return true;
    // A lowercase word in a capitalized name is prose ("Meet our team"), unless it is a particle.
    return wholeCase === 'mixed' && HAS_LOWER.test(t) && !HAS_UPPER.test(t) && !isParticle(t);
  });
}

type Case = 'upper' | 'lower' | 'mixed';

function caseOf(text: string): Case {
  const upper = HAS_UPPER.test(text);
  const lower = HAS_LOWER.test(text);
  return upper && !lower ? 'upper' : lower && !upper ? 'lower' : 'mixed';
}

/** Letters, marks and the punctuation names use; digits, symbols and markup are not names. */
function isNameText(text: string): boolean {
  return text !== '' && text.length <= MAX_NAME_LENGTH && !/[^\p{L}\p{M}\s.,'’-]/u.test(text);
}

function words(s: string): string[] {
  return s
    .split(' ')
    .map((w) => (/^['’]t$/.test(w) ? w : w.replace(/^['’-]+|['’-]+$/g, '')))
    .filter((w) => w !== '' && w !== '.');
}

function stripTitles(tokens: string[]): { tokens: string[]; hadTitle: boolean } {
  let i = 0;
  // Never the last word: "Dr." alone is not a name.
  while (i < tokens.length - 1 && isTitle(tokens[i] ?? '')) i++;
  return { tokens: tokens.slice(i), hadTitle: i > 0 };
}

function stripSuffixes(tokens: string[]): string[] {
  let end = tokens.length;
  while (end > 1 && isCredential(tokens[end - 1] ?? '', false, 'mixed')) end--;
  return tokens.slice(0, end);
}

function isTitle(token: string): boolean {
  const bare = token.replace(/\./g, '').toLowerCase();
  if (bare === 'm') return token === 'M.';
  return TITLES.has(bare);
}

/** A suffix or credential; `afterComma` accepts the ambiguous ones and any short ALL-CAPS acronym. */
function isCredential(token: string, afterComma: boolean, wholeCase: Case): boolean {
  const bare = token.replace(/\./g, '');
  const lower = bare.toLowerCase();
  if (GENERATIONAL.has(lower) || lower === 'esq') return true;
  const capsLetters = (bare.match(/\p{Lu}/gu) ?? []).length;
  if (!(afterComma ? CREDENTIALS : CREDENTIALS_STANDALONE).has(lower)) {
    // "Jane Doe, CISSP, CCNP": unknown acronyms after a comma, unless the whole name is in caps.
    return afterComma && wholeCase !== 'upper' && /^\p{Lu}{2,6}$/u.test(bare);
  }
  return capsLetters >= 2 || wholeCase === 'upper';
}

function isParticle(token: string): boolean {
  return LOWER_PARTICLES.has(token) || PARTICLES.has(token.toLowerCase().replace(/\.$/, ''));
}

function isCapsWord(token: string): boolean {
  return !isParticle(token) && HAS_UPPER.test(token) && !HAS_LOWER.test(token) && [...token.replace(/[^\p{L}]/gu, '')].length >= 3;
}
