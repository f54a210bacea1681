import { describe, expect, it } from 'vitest';
import { parseFullName, parseNameParts, type ParsedName } from './parse-full-name';

const ok = (first: string, last: string, full: string): ParsedName => ({ ok: true, first, last, full });

// [input, expected] — one row per behaviour; the comment says what the row pins down.
const cases: Array<[string, ParsedName]> = [
  // Plain names, whitespace, selections
  ['Jane Doe', ok('Jane', 'Doe', 'Jane Doe')],
  ['  Jane \t  Doe  ', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane\nDoe', ok('Jane', 'Doe', 'Jane Doe')], // a name broken over two lines
  ['Jane Doe\nStaff Engineer at Stripe\nSan Francisco', ok('Jane', 'Doe', 'Jane Doe')], // selection ran past the name
  [`Jane Doe\n${'About me. '.repeat(40)}`, ok('Jane', 'Doe', 'Jane Doe')], // …far past it
  ['Jane\u00a0Doe', ok('Jane', 'Doe', 'Jane Doe')],
  ['“Ada Lovelace”', ok('Ada', 'Lovelace', 'Ada Lovelace')],
  ['Mary Ann Smith', ok('Mary', 'Smith', 'Mary Ann Smith')], // middle names are not the first name
  ['Jane Q. Public', ok('Jane', 'Public', 'Jane Q. Public')],
  ['J. R. R. Tolkien', ok('J', 'Tolkien', 'J. R. R. Tolkien')], // an initial as first name, without its dot
  // Titles
  ['Dr. Jane Doe', ok('Jane', 'Doe', 'Jane Doe')],
  ['Prof. Dr. Hans Müller', ok('Hans', 'Müller', 'Hans Müller')],
  ['Mrs Jane Doe', ok('Jane', 'Doe', 'Jane Doe')],
  ['Mme Marie Curie', ok('Marie', 'Curie', 'Marie Curie')],
  ['M. Jean Dupont', ok('Jean', 'Dupont', 'Jean Dupont')],
  ['Sir Ian McKellen', ok('Ian', 'McKellen', 'Ian McKellen')],
  ['Dame Judi Dench', ok('Judi', 'Dench', 'Judi Dench')],
  // Suffixes and credentials
  ['Martin Luther King Jr.', ok('Martin', 'King', 'Martin Luther King')],
  ['Rev. Martin Luther King, Jr.', ok('Martin', 'King', 'Martin Luther King')],
  ['John Smith III', ok('John', 'Smith', 'John Smith')],
  ['Jane Doe, CPA', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe MBA', ok('Jane', 'Doe', 'Jane Doe')],
  ['Dr. Jane Doe, PhD, MBA', ok('Jane', 'Doe', 'Jane Doe')],
  ['  Dr. Jane  Q.\n Doe, PhD, MBA ', ok('Jane', 'Doe', 'Jane Q. Doe')],
  ['Jane Smith-Jones, CPA, CFA', ok('Jane', 'Smith-Jones', 'Jane Smith-Jones')],
  ['Jane Doe, CISSP, CCNP', ok('Jane', 'Doe', 'Jane Doe')], // unknown acronyms after a comma
  ['Jane Doe, Esq.', ok('Jane', 'Doe', 'Jane Doe')],
  ['Léon Mba', ok('Léon', 'Mba', 'Léon Mba')], // a surname that spells a credential, not in its capitals
  ['Jack Ma', ok('Jack', 'Ma', 'Jack Ma')],
  // Particles stay with the family name
  ['Ludwig van Beethoven', ok('Ludwig', 'van Beethoven', 'Ludwig van Beethoven')],
  ['Jan van der Berg', ok('Jan', 'van der Berg', 'Jan van der Berg')],
  ['Maria de la Cruz', ok('Maria', 'de la Cruz', 'Maria de la Cruz')],
  ['Martin Van Buren', ok('Martin', 'Van Buren', 'Martin Van Buren')],
  ['Leonardo da Vinci', ok('Leonardo', 'da Vinci', 'Leonardo da Vinci')],
  ['Ursula von der Leyen', ok('Ursula', 'von der Leyen', 'Ursula von der Leyen')],
  ['Pedro dos Santos', ok('Pedro', 'dos Santos', 'Pedro dos Santos')],
  ['Anna-Lena ter Horst', ok('Anna-Lena', 'ter Horst', 'Anna-Lena ter Horst')],
  ['Jacobus van ’t Hoff', ok('Jacobus', 'van ’t Hoff', 'Jacobus van ’t Hoff')],
  ['Abdullah bin Abdulaziz', ok('Abdullah', 'bin Abdulaziz', 'Abdullah bin Abdulaziz')],
  ['Siti binti Ahmad', ok('Siti', 'binti Ahmad', 'Siti binti Ahmad')],
  ['Ahmed al-Rashid', ok('Ahmed', 'al-Rashid', 'Ahmed al-Rashid')],
  ['Amr el-Sayed', ok('Amr', 'el-Sayed', 'Amr el-Sayed')],
  ['José Ortega y Gasset', ok('José', 'Ortega y Gasset', 'José Ortega y Gasset')],
  ['Angus MacGregor', ok('Angus', 'MacGregor', 'Angus MacGregor')], // "Mac" is part of the name
  ['Mac Miller', ok('Mac', 'Miller', 'Mac Miller')], // …and a given name on its own
  // Hyphens and case
  ['Jean-Luc Picard', ok('Jean-Luc', 'Picard', 'Jean-Luc Picard')],
  ['JANE DOE', ok('Jane', 'Doe', 'Jane Doe')],
  ["JANE O'BRIEN", ok('Jane', "O'Brien", "Jane O'Brien")],
  ['JEAN-LUC MCDONALD', ok('Jean-Luc', 'McDonald', 'Jean-Luc McDonald')],
  ['LUDWIG VAN BEETHOVEN', ok('Ludwig', 'van Beethoven', 'Ludwig van Beethoven')],
  ['jane doe', ok('Jane', 'Doe', 'Jane Doe')],
  ['Ronald McDonald', ok('Ronald', 'McDonald', 'Ronald McDonald')], // mixed case is kept as written
  ["Conan O'Brien", ok('Conan', "O'Brien", "Conan O'Brien")],
  ['DeShawn Jones', ok('DeShawn', 'Jones', 'DeShawn Jones')],
  ['Jean DUPONT', ok('Jean', 'Dupont', 'Jean Dupont')], // caps mark the family name
  ['DUPONT Jean-Pierre', ok('Jean-Pierre', 'Dupont', 'Dupont Jean-Pierre')], // French directory order
  // Inverted
  ['Doe, Jane', ok('Jane', 'Doe', 'Jane Doe')],
  ['DOE, Jane', ok('Jane', 'Doe', 'Jane Doe')],
  ['Doe, Jane Q.', ok('Jane', 'Doe', 'Jane Q. Doe')],
  ['Doe Jr., John', ok('John', 'Doe', 'John Doe')],
  ['DOE, JANE Q.', ok('Jane', 'Doe', 'Jane Q. Doe')],
  ['Berg, Jan van der', ok('Jan', 'van der Berg', 'Jan van der Berg')],
  ['Jane Doe, Staff Engineer', ok('Jane', 'Doe', 'Jane Doe')], // two words before the comma: not inverted
  // LinkedIn decorations
  ['Jane Doe, CPA | she/her', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe (she/her)', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe she/they', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe 🚀', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe 🇺🇸 ✔️', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe – Hiring!', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe - Staff Engineer - Stripe | LinkedIn', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe • 3rd+', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane "JJ" Doe', ok('Jane', 'Doe', 'Jane Doe')],
  ["Jane 'JJ' Doe", ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane (Jenny) Doe', ok('Jane', 'Doe', 'Jane Doe')],
  ['Jane Doe, PhD ✨ Open to work', ok('Jane', 'Doe', 'Jane Doe')],
  // Scripts other than Latin
  ['Иван Петров', ok('Иван', 'Петров', 'Иван Петров')],
  ['Иванов Иван Иванович', ok('Иван', 'Иванов', 'Иванов Иван Иванович')], // patronymic last: family first
  ['Иван Иванович Иванов', ok('Иван', 'Иванов', 'Иван Иванович Иванов')],
  ['ИВАН ПЕТРОВ', ok('Иван', 'Петров', 'Иван Петров')],
  ['Γιώργος Παπαδόπουλος', ok('Γιώργος', 'Παπαδόπουλος', 'Γιώργος Παπαδόπουλος')],
  ['محمد علي', ok('محمد', 'علي', 'محمد علي')],
  ['عبد الله الحربي', ok('عبد الله', 'الحربي', 'عبد الله الحربي')],
  ['דוד כהן', ok('דוד', 'כהן', 'דוד כהן')],
  ['山田 太郎', ok('太郎', '山田', '山田 太郎')], // spaced CJK: family first
  ['王小明', ok('小明', '王', '王小明')], // unspaced Han: a 1-character family name
  ['欧阳娜娜', ok('娜娜', '欧阳', '欧阳娜娜')], // compound surname
  ['山田太郎', ok('太郎', '山田', '山田太郎')], // 4 characters: 2 + 2
  ['김민수', ok('민수', '김', '김민수')],
  ['김 민수', ok('민수', '김', '김 민수')],
  ['Nguyễn Văn An', ok('An', 'Nguyễn', 'Nguyễn Văn An')],
  ['やまだ たろう', ok('たろう', 'やまだ', 'やまだ たろう')],
  ['やまだたろう', { ok: false, reason: 'one_word', partial: 'やまだたろう' }], // kana cannot be split
  // One word
  ['Jane', { ok: false, reason: 'one_word', first: 'Jane', partial: 'Jane' }],
  ['JANE', { ok: false, reason: 'one_word', first: 'Jane', partial: 'Jane' }],
  ['Mr. Smith', { ok: false, reason: 'one_word', partial: 'Smith' }], // after a title: a family name
  ['Jane 😀', { ok: false, reason: 'one_word', first: 'Jane', partial: 'Jane' }],
  ['王', { ok: false, reason: 'one_word', partial: '王' }],
  // Empty
  ['', { ok: false, reason: 'empty' }],
  ['   \n\t ', { ok: false, reason: 'empty' }],
  // Not a name
  ['Dr.', { ok: false, reason: 'not_a_name' }],
  ['(she/her)', { ok: false, reason: 'not_a_name' }],
  ['🚀🚀', { ok: false, reason: 'not_a_name' }],
  ['Click here to learn more about our company', { ok: false, reason: 'not_a_name' }],
  ['Meet our team', { ok: false, reason: 'not_a_name' }],
  ['Jane Doe Staff Engineer Stripe Payments Inc', { ok: false, reason: 'not_a_name' }],
  ['jane@stripe.com', { ok: false, reason: 'not_a_name' }],
  ['https://www.linkedin.com/in/janedoe', { ok: false, reason: 'not_a_name' }],
  ['www.stripe.com', { ok: false, reason: 'not_a_name' }],
  ['Jane Doe 2', { ok: false, reason: 'not_a_name' }],
  ['+1 415 555 0100', { ok: false, reason: 'not_a_name' }],
  ['Jane & John Doe', { ok: false, reason: 'not_a_name' }],
  ['Stripe, Inc.', { ok: false, reason: 'not_a_name' }],
  ['Sign in', { ok: false, reason: 'not_a_name' }],
  ['Page not found', { ok: false, reason: 'not_a_name' }],
  ['<img src=x onerror=alert(1)>', { ok: false, reason: 'not_a_name' }],
  ['Jane <b>Doe</b>', { ok: false, reason: 'not_a_name' }],
  ['x'.repeat(400), { ok: false, reason: 'not_a_name' }],
  ['王小明先生你好世界', { ok: false, reason: 'not_a_name' }],
];

describe('parseFullName', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(parseFullName(input)).toEqual(expected);
  });

  it('has a table of at least 45 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it('never throws on odd input', () => {
    for (const input of ['\u0000', ',,,', '- - -', "''", '"', '...', 'ﷺ', '\u202eeoD enaJ', undefined as unknown as string]) {
      expect(() => parseFullName(input)).not.toThrow();
    }
  });
});

describe('parseNameParts (two fields, e.g. profile:first_name / profile:last_name)', () => {
  it.each<[string, string, ParsedName]>([
    ['Jane', 'Doe', ok('Jane', 'Doe', 'Jane Doe')],
    ['Jan', 'van der Berg', ok('Jan', 'van der Berg', 'Jan van der Berg')],
    ['Dr. Jane', 'Doe, CPA', ok('Jane', 'Doe', 'Jane Doe')],
    ['Jane', 'Doe (she/her)', ok('Jane', 'Doe', 'Jane Doe')],
    ['JANE', 'DOE', ok('Jane', 'Doe', 'Jane Doe')],
    ['García', 'Márquez Pérez', ok('García', 'Márquez Pérez', 'García Márquez Pérez')], // the split is trusted
    ['Anna Maria', 'Lopez', ok('Anna Maria', 'Lopez', 'Anna Maria Lopez')], // two given names stated: both kept
    ['Mary Jane Q.', 'Watson', ok('Mary Jane', 'Watson', 'Mary Jane Watson')], // …a trailing initial is not one
    ['Jane', '', { ok: false, reason: 'one_word', first: 'Jane', partial: 'Jane' }],
    ['', 'Doe', { ok: false, reason: 'one_word', partial: 'Doe' }],
    ['', '', { ok: false, reason: 'empty' }],
    ['Sign', 'in', { ok: false, reason: 'not_a_name' }],
    ['Jane', '<b>Doe</b>', { ok: false, reason: 'not_a_name' }],
  ])('%j + %j', (first, last, expected) => {
    expect(parseNameParts(first, last)).toEqual(expected);
  });
});
