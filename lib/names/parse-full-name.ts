/**
 * Full name → first / last, for the email finder. Pure and dependency-free: the page-reader content
 * script bundles it, so it must stay small.
 *
 * Decisions (parse-full-name.test.ts shows each one on an example):
 * - `first` is the first given name, `last` the family name with its particles ("van der Berg", "Ortega y
 *   Gasset", "Müller-von Stein", "Mac Donald"); "Family, Given" keeps a family name of up to three words.
 * - Titles (abbreviated, spelled out, compound, other languages', offices such as "Secretary of State"),
 *   suffixes and credentials (dotted, in runs, "Senior", "the Third", a lone roman numeral), pronouns, emoji,
 *   nicknames and LinkedIn decorations are dropped. Job titles, company names and sentences are refused.
 * - Two fields stated by a page (`parseNameParts`) are taken as given: "Anna Maria" stays the first name.
 * - Vietnamese names are family-first when their letters or middle name (Văn/Thị) say so.
 * - lib/names/fixtures/name-table.txt holds 450+ names by cause and script; `npm run bench:names` scores it.
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

const MAX_NAME_LENGTH = 120;
// Words besides particles: long Iberian, Arabic and royal names run to eight; sentences are caught by words.
const MAX_WORDS = 8;

// Compared lowercased, without dots; only stripped before a name ("Sr." after one is a suffix).
const TITLES = new Set(
  ('dr doctor prof professor mr mrs ms miss mx mister missus master mme mlle madame mademoiselle monsieur m ' +
    'sir dame lord lady rev revd reverend fr hon honourable honorable rt right excellency ' +
    'herr frau hr fru frk dott dottssa dottoressa ing avv sig sigra signor signora geom arch mag dipl univ ' +
    'capt cpt col gen lt maj sgt cmdr cdr adm brig cpl lieutenant colonel captain sergeant admiral commander ' +
    'brigadier general major marshal sr sra srta sre señor señora señorita senor senora dña doña lic licda arq dra pr ' +
    'mevr mevrouw dhr heer pani tuan puan encik cik datuk dato datin haji hajjah hj sayyid sayed sheikh shaikh ' +
    'sheik imam rabbi pastor father sister elder senator sen congressman congresswoman rep representative ' +
    'governor gov mayor president pres vice minister ambassador amb judge justice chancellor secretary ' +
    'atty attorney eng engr господин госпожа г-н г-жа κ κος')
    .split(' '),
);
// Titles that are also common given or family names ("Major Lee", "Pan Wei"): stripped only with two words after.
const AMBIGUOUS_TITLES = new Set('master major marshal father sister elder judge justice general pani gov sen rep'.split(' '));
// Offices written with what they are of: "Secretary of State", "Minister for Health".
const OFFICES = new Set('secretary minister ambassador chancellor governor director commissioner'.split(' '));
// Generational suffixes, in any case; "the Third" and lone roman numerals are handled beside them.
const GENERATIONAL = new Set('jr jnr junior sr snr senior ii iii iv 2nd 3rd 4th 5th'.split(' '));
const ORDINAL_WORDS = new Set('second third fourth fifth'.split(' '));
const ROMAN = /^(?:V|VI|VII|VIII|IX)$/;
// Credentials: only in their usual capitalized form ("MD", "PhD", not "Md"), so surnames like
// "Mba" survive. Ambiguous ones (MA, MS, BA, RN…) are dropped only after a comma.
const CREDENTIALS = new Set(
  ('phd md mba cpa cfa pmp esq dds dmd dvm jd llm llb cissp cisa cism cfp chfc cma acca fca aca obe mbe cbe ' +
    'frcs frcp mrcp facs sphr shrm-cp shrm-scp csm psm pe rn np pa ma ms msc bsc ba bs meng mph msw lcsw edd dnp ' +
    'qc kc mp mep msp mla mpp frsa ceng fcca cima frics mrics aia faia leed caia frm cipd dphil mphil mbbs bds ' +
    'pharmd psyd dsc mfa mdiv facp frcpc lmft lpc rph cpa-ca ca do od dc jp kbe dbe gbe kcmg cmg frs fba freng')
    .split(' '),
);
const CREDENTIALS_AMBIGUOUS = new Set('pe rn np pa ma ms ba bs ca do od dc jp'.split(' '));
const PARTICLES = new Set(
  ("van von der den de del della delle dei degli dello dal dalla di da das dos do du des la las le les lo los " +
    "ter ten te het op uit aan zu zum zur vom af av ap dela bin binti bint ben ibn abu ould al el " +
    "st ste saint sainte mac mc 't ’t بن بنت ابن בן בת")
    .split(' '),
);
// "son of": a chain of them is lineage, not one family name ("bin Rashid Al Maktoum" → "Al Maktoum").
const NASAB = new Set('bin binti bint ben ibn ould abu بن بنت ابن בן בת'.split(' '));
// Joiners written with a capital, kept so when a name is recased: "Mac Donald", "St. John".
const CAPITAL_JOINERS = new Set('mac mc st ste saint sainte'.split(' '));
// Conjunctions inside Spanish, Portuguese and Catalan surnames: lowercase, or in an ALL-CAPS name.
const LOWER_PARTICLES = new Set(['y', 'e', 'i']);
const VN_FAMILY = new Set(
  ('nguyễn nguyen trần tran lê phạm pham hoàng hoang huỳnh huynh phan vũ võ vu đặng dang bùi bui đỗ hồ ngô ngo ' +
    'dương duong lý đinh trịnh đoàn lâm trương').split(' '),
);
const VN_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const VN_MIDDLE = new Set('văn van thị thi'.split(' '));
const STOPWORDS_ANY_CASE = new Set(
  ('about contact team click learn more read view profile sign login join hiring welcome home page here ' +
    'this that these with your from just moment please verify inc llc ltd gmbh corp plc sarl sas srl pty ' +
    'limited company corporation group labs technologies technology solutions systems consulting services ' +
    'partners holdings industries foundation university institute bank agency studio studios ventures ' +
    'capital international global enterprises media digital networks analytics software ' +
    // Job titles: a headline is not a name. Not those that are also family names ("Sam Writer", "Tom Owner").
    'engineer engineering manager director developer designer officer founder co-founder cofounder ceo cto cfo ' +
    'coo cmo cio vp svp evp consultant specialist analyst assistant associate architect intern recruiter ' +
    'executive coordinator administrator advisor adviser strategist scientist researcher marketing sales ' +
    'operations product technician accountant freelancer entrepreneur chairman chairwoman journalist ' +
    'photographer').split(' '),
);
// Company forms that are ordinary words in lowercase: only in capitals ("Siemens AG").
const COMPANY_CAPS = new Set('AG SA NV BV OY KK SE SPA'.split(' '));
const STOPWORDS_LOWER = new Set('the and of for our you we us is are was at by or to in on my'.split(' '));
const HAN_COMPOUND_SURNAMES = new Set(
  '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 司徒 东方 東方 皇甫 令狐 慕容 夏侯 尉迟 長孫 长孙 宇文 公孙 公孫 남궁 황보 제갈 선우 독고'.split(' '),
);
const ARABIC_JOINERS = new Set(['عبد', 'أبو', 'ابو']);

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々]+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
// Georgian has capitals Unicode added late that nobody writes names in: it counts as uncased.
const UNCASED_SCRIPTS = /\p{Script=Georgian}/gu;

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
  // The page's own split: every given name it states is kept ("Anna Maria"), trailing initials aside.
  const given = stripTitles(words(first)).tokens;
  while (given.length > 1 && isInitial(given[given.length - 1] ?? '')) given.pop();
  const family = stripSuffixes(words(last));
  return finish(given, family, wholeCase, false, true);
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
      .replace(/\s+,/g, ',')
      // "John Smith 3rd": a generation written with digits.
      .replace(/\s+[2-9](?:nd|rd|th)\.?(?=,|$)/i, ''),
  ).replace(/^[\s,;.]+|[\s,;]+$/g, '');
}

function parseCleaned(text: string): ParsedName {
  if (!isNameText(text)) return notAName;
  const wholeCase = caseOf(withoutSuffixes(text));

  // Commas: credentials after the name ("Jane Doe, CPA, PMP") or an inverted name ("Doe, Jane Q.").
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const kept = [parts[0] ?? '', ...parts.slice(1).filter((p) => !words(p).every((w) => isCredential(w, true, wholeCase)))];
  const head = stripTitles(stripSuffixes(words(kept[0] ?? ''))).tokens;
  const given = stripTitles(stripSuffixes(words(kept[1] ?? ''))).tokens;
  if (kept.length >= 2 && isInverted(head, given)) {
    const family = head;
    // Dutch index style "Berg, Jan van der": trailing particles belong to the family name.
    while (given.length > 1 && isParticle(given[given.length - 1] ?? '')) family.unshift(given.pop() ?? '');
    return finish(given, family, wholeCase, true);
  }
  const titled = stripTitles(stripSuffixes(words(kept[0] ?? '')));
  return finish(titled.tokens, null, wholeCase, titled.hadTitle);
}

/**
 * "Family, Given": one family word before the comma, or up to three ("García Márquez, Gabriel") when what
 * follows reads as given names — not a job title or a company ("Jane Doe, Staff Engineer").
 */
function isInverted(family: string[], given: string[]): boolean {
  const familyWords = family.filter((w) => !isParticle(w)).length;
  if (familyWords === 0 || given.length === 0 || given.length > 4) return false;
  if (familyWords === 1) return true;
  return familyWords <= 3 && given.every((w) => isParticle(w) || /^\p{Lu}/u.test(w)) && !given.some(isStopword);
}

/** Given and family tokens when known (inverted or two fields), else one sequence to split. */
function finish(given: string[], family: string[] | null, wholeCase: Case, noFirstHint: boolean, wholeGiven = false): ParsedName {
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
  if (family) return done(all, [0, wholeGiven ? Math.max(1, given.length) : 1], [given.length, all.length], wholeCase);
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
  // Vietnamese order "Nguyễn Văn An": family name first, given name last — when the letters or the
  // middle name (Văn/Thị) say it is Vietnamese ("Anh Nguyen" in Western order stays as written).
  if (VN_FAMILY.has(at(0).toLowerCase()) && ((n >= 3 && VN_MIDDLE.has(at(1).toLowerCase())) || VN_LETTERS.test(tokens.join(' ')))) {
    return done(tokens, [n - 1, n], [0, 1], wholeCase);
  }
  let start = n - 1;
  for (;;) {
    const before = at(start - 1);
    if (start - 1 >= firstLen && PARTICLES.has(before.toLowerCase().replace(/\.$/, ''))) start--;
    // "Müller-von Stein": a hyphenated part that ends with a particle takes the next word.
    else if (start - 1 >= firstLen && isParticle(/-([^-]+)$/u.exec(before)?.[1] ?? '')) start--;
    // "José Ortega y Gasset": a conjunction takes the word before it too.
    else if (start - 2 >= firstLen && isConnector(before, wholeCase)) start -= 2;
    // "… de Todos los Santos": a particle, a word, a particle — one family name.
    else if (start < n - 1 && start - 2 >= firstLen && isParticle(at(start)) && isParticle(at(start - 2)) && !NASAB.has(at(start - 2).toLowerCase())) start -= 2;
    // "عمر عبد الرحمن": "servant of" belongs with the name after it.
    else if (start - 1 >= firstLen && ARABIC_JOINERS.has(before)) start--;
    else break;
  }
  return done(tokens, [0, firstLen], [start, n], wholeCase);
}

function splitUnspacedCjk(name: string): ParsedName {
  const chars = [...name];
  if (KANA.test(name) || chars.length < 2) return { ok: false, reason: 'one_word', partial: name };
  if (chars.length > 4) return notAName;
  // Four Han characters are mostly 2 + 2 (山田太郎); Korean ones 1 + 3 (강다니엘) unless the surname is compound.
  const fourHan = chars.length === 4 && !/\p{Script=Hangul}/u.test(name);
  const familyLen = fourHan || HAN_COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  if (familyLen >= chars.length) return { ok: false, reason: 'one_word', partial: name };
  return { ok: true, first: chars.slice(familyLen).join(''), last: chars.slice(0, familyLen).join(''), full: name };
}

/** Builds the result from token ranges [start, end), fixing case where the name asks for it. */
function done(tokens: string[], given: [number, number], family: [number, number], wholeCase: Case): ParsedName {
  const inFamily = (i: number) => i >= family[0] && i < family[1];
  const fixed = tokens.map((t, i) => fixCase(t, wholeCase, (i > 0 || inFamily(i)) && (isParticle(t) || isConnector(t, wholeCase)), inFamily(i)));
  const first = fixed.slice(...given).join(' ').replace(/^(\p{L})\.$/u, '$1');
  const last = fixed.slice(...family).join(' ');
  if (!first || !last) return { ok: false, reason: 'one_word', partial: first || last };
  return { ok: true, first, last, full: fixed.join(' ') };
}

function fixCase(token: string, wholeCase: Case, particle: boolean, family: boolean): string {
  // A family name in capitals is recased with its particles ("DE LA CRUZ Maria" → "de la Cruz").
  const recase = wholeCase !== 'mixed' || (family && (isCapsWord(token) || (particle && !HAS_LOWER.test(token))));
  if (!recase) return token;
  if (particle && !CAPITAL_JOINERS.has(token.toLowerCase().replace(/\.$/, ''))) return token.toLowerCase();
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
    if (isStopword(t) || COMPANY_CAPS.has(t.replace(/\./g, ''))) return true;
    if (STOPWORDS_LOWER.has(bare) && !HAS_UPPER.test(t)) return true;
    // A lowercase word in a capitalized name is prose ("Meet our team"), unless it is a particle.
    const cased = t.replace(UNCASED_SCRIPTS, '');
    return wholeCase === 'mixed' && HAS_LOWER.test(cased) && !HAS_UPPER.test(cased) && !isParticle(t) && !isConnector(t, wholeCase);
  });
}

function isStopword(token: string): boolean {
  return STOPWORDS_ANY_CASE.has(token.replace(/[.,'’]/g, '').toLowerCase());
}

/** "y", "e", "i" between family names; in capitals only in an ALL-CAPS name ("ORTEGA Y GASSET"). */
function isConnector(token: string, wholeCase: Case): boolean {
  return LOWER_PARTICLES.has(token) || (wholeCase === 'upper' && LOWER_PARTICLES.has(token.toLowerCase()));
}

function isInitial(token: string): boolean {
  return /^\p{L}\.?$/u.test(token);
}

/** The text without its suffixes and credentials, to judge its case: "john smith PhD" is all lowercase. */
function withoutSuffixes(text: string): string {
  const kept = words(text.replace(/,/g, ' ')).filter((w) => {
    const bare = w.replace(/\./g, '').toLowerCase();
    return !(GENERATIONAL.has(bare) || (CREDENTIALS.has(bare) && !CREDENTIALS_AMBIGUOUS.has(bare)));
  });
  return kept.length > 0 ? kept.join(' ') : text;
}

type Case = 'upper' | 'lower' | 'mixed';

function caseOf(raw: string): Case {
  const text = raw.replace(UNCASED_SCRIPTS, '');
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
  const lower = (k: number) => (tokens[k] ?? '').replace(/\./g, '').toLowerCase();
  for (;;) {
    const left = tokens.length - i;
    // "The Reverend", "The Hon.": an article before a title.
    if (left > 2 && lower(i) === 'the' && isTitle(tokens[i + 1] ?? '')) i++;
    // "Secretary of State Jane Doe", "Minister for the Economy Jean Dupont": the office and what it is of.
    else if (left > 4 && OFFICES.has(lower(i)) && /^(of|for)$/.test(lower(i + 1))) i += lower(i + 2) === 'the' && left > 5 ? 4 : 3;
    // Never the last word ("Dr." alone is not a name); a title that is also a name needs two words after it.
    else if (left > 1 && isTitle(tokens[i] ?? '') && (left > 2 || !AMBIGUOUS_TITLES.has(lower(i)))) i++;
    else break;
  }
  return { tokens: tokens.slice(i), hadTitle: i > 0 };
}

/** Suffixes at the end: credentials and their runs ("QC MP"), "Jr.", "Senior", "the Third", a roman numeral. */
function stripSuffixes(tokens: string[]): string[] {
  let end = tokens.length;
  const lower = (k: number) => (tokens[k] ?? '').replace(/\./g, '').toLowerCase();
  for (;;) {
    if (end > 1 && isCredential(tokens[end - 1] ?? '', false, 'mixed')) end--;
    else if (end > 2 && ROMAN.test(tokens[end - 1] ?? '')) end--;
    else if (end > 3 && ORDINAL_WORDS.has(lower(end - 1)) && lower(end - 2) === 'the') end -= 2;
    else break;
  }
  return tokens.slice(0, end);
}

function isTitle(token: string): boolean {
  const bare = token.replace(/\./g, '').toLowerCase();
  if (bare === 'm') return token === 'M.';
  // "Dipl.-Ing.", "Univ.-Prof.": compound titles.
  return TITLES.has(bare) || (bare.includes('-') && bare.split('-').every((p) => TITLES.has(p)));
}

/** A suffix or credential; `afterComma` accepts the ambiguous ones and any short ALL-CAPS acronym. */
function isCredential(token: string, afterComma: boolean, wholeCase: Case): boolean {
  const bare = token.replace(/\./g, '');
  const lower = bare.toLowerCase();
  if (GENERATIONAL.has(lower) || lower === 'esq') return true;
  const capsLetters = (bare.match(/\p{Lu}/gu) ?? []).length;
  if (!CREDENTIALS.has(lower) || (!afterComma && CREDENTIALS_AMBIGUOUS.has(lower))) {
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
