import { describe, expect, it } from 'vitest';
import { foldNamePart, guessEmailFromPattern, readPattern } from './email-pattern';

const jane = { first: 'Jane', last: 'Doe' };

describe('guessEmailFromPattern: every pattern form Hunter returns', () => {
  // [pattern, local part for Jane Doe]
  const forms: Array<[string, string]> = [
    ['{first}', 'jane'],
    ['{last}', 'doe'],
    ['{f}', 'j'],
    ['{l}', 'd'],
    ['{first}.{last}', 'jane.doe'],
    ['{first}{last}', 'janedoe'],
    ['{first}_{last}', 'jane_doe'],
    ['{first}-{last}', 'jane-doe'],
    ['{last}.{first}', 'doe.jane'],
    ['{last}{first}', 'doejane'],
    ['{last}_{first}', 'doe_jane'],
    ['{last}-{first}', 'doe-jane'],
    ['{f}{last}', 'jdoe'],
    ['{f}.{last}', 'j.doe'],
    ['{f}_{last}', 'j_doe'],
    ['{f}-{last}', 'j-doe'],
    ['{first}{l}', 'janed'],
    ['{first}.{l}', 'jane.d'],
    ['{first}_{l}', 'jane_d'],
    ['{first}-{l}', 'jane-d'],
    ['{last}{f}', 'doej'],
    ['{last}.{f}', 'doe.j'],
    ['{last}_{f}', 'doe_j'],
    ['{last}-{f}', 'doe-j'],
    ['{l}{first}', 'djane'],
    ['{l}.{first}', 'd.jane'],
    ['{f}{l}', 'jd'],
    ['{f}.{l}', 'j.d'],
    ['{l}{f}', 'dj'],
  ];
  it.each(forms)('%s → %s@stripe.com', (pattern, local) => {
    expect(guessEmailFromPattern(pattern, jane, 'stripe.com')).toBe(`${local}@stripe.com`);
  });

  it('takes the pattern and the domain as Hunter and a user may write them', () => {
    expect(guessEmailFromPattern(' {First}.{Last} ', jane, 'Stripe.COM.')).toBe('jane.doe@stripe.com');
  });
});

describe('guessEmailFromPattern: no guess rather than a wrong one', () => {
  it.each([
    [null],
    [''],
    ['{first}.{middle}'], // unknown part
    ['{firstname}.{lastname}'],
    ['{first}..{last}'], // two separators
    ['.{first}'], // separator with nothing before
    ['{first}.'],
    ['{first}+{last}'], // a separator Hunter never returns
    ['{first}{last}2'], // literal text
    ['first.last'],
    ['{first}.{first}'], // the same name twice
    ['{first}{f}'],
    ['{last}.{l}'],
    ['{first'],
    ['{first}.{last}@stripe.com'],
  ])('pattern %j', (pattern) => {
    expect(guessEmailFromPattern(pattern, jane, 'stripe.com')).toBeNull();
  });

  it('a domain that is not a plain domain', () => {
    for (const domain of ['', 'stripe', 'https://stripe.com', 'stripe.com/about', 'a b.com', 'jane@stripe.com', 'stripe..com']) {
      expect(guessEmailFromPattern('{first}', jane, domain), domain).toBeNull();
    }
  });

  it('a name part the pattern needs is missing', () => {
    expect(guessEmailFromPattern('{first}.{last}', { first: 'Jane', last: '' }, 'stripe.com')).toBeNull();
    expect(guessEmailFromPattern('{f}{last}', { first: '', last: 'Doe' }, 'stripe.com')).toBeNull();
    // …but a pattern that does not use it still gives its guess.
    expect(guessEmailFromPattern('{first}', { first: 'Jane', last: '' }, 'stripe.com')).toBe('jane@stripe.com');
  });

  it('names in scripts with no safe ASCII spelling', () => {
    const names = [
      { first: 'Иван', last: 'Петров' },
      { first: 'Γιώργος', last: 'Παπαδόπουλος' },
      { first: 'محمد', last: 'العلي' },
      { first: 'דוד', last: 'כהן' },
      { first: '太郎', last: '山田' },
      { first: '민수', last: '김' },
      { first: 'สมชาย', last: 'ใจดี' },
      { first: 'Jane', last: 'Dоe' }, // a Cyrillic "о" hiding in a Latin name
    ];
    for (const name of names) expect(guessEmailFromPattern('{first}.{last}', name, 'stripe.com'), name.first).toBeNull();
    // Only the parts the pattern uses matter.
    expect(guessEmailFromPattern('{first}', { first: 'Jane', last: 'Петрова' }, 'stripe.com')).toBe('jane@stripe.com');
  });

  it('a local part longer than an address allows', () => {
    expect(guessEmailFromPattern('{first}.{last}', { first: 'a'.repeat(40), last: 'b'.repeat(40) }, 'stripe.com')).toBeNull();
  });
});

describe('guessEmailFromPattern: diacritics, particles, hyphens', () => {
  const names: Array<[string, string, string]> = [
    ['Élodie', 'Lefèvre', 'elodie.lefevre'],
    ['Jürgen', 'Straße', 'jurgen.strasse'],
    ['Søren', 'Kierkegaard', 'soren.kierkegaard'],
    ['Łukasz', 'Żółć', 'lukasz.zolc'],
    ['Ægir', 'Œuvrard', 'aegir.oeuvrard'],
    ['Đặng', 'Nguyễn', 'dang.nguyen'], // Vietnamese in Latin letters folds safely
    ['Þóra', 'Guðmundsdóttir', 'thora.gudmundsdottir'],
    ['İlkay', 'Gündoğan', 'ilkay.gundogan'],
    ['Çağla', 'Şahin', 'cagla.sahin'],
    ['François', 'Pérez Núñez', 'francois.pereznunez'],
    ['Jan', 'van der Berg', 'jan.vanderberg'],
    ['Sean', "O'Neil", 'sean.oneil'],
    ['Sean', 'O’Neil', 'sean.oneil'],
    ['Gabriel', 'García Márquez', 'gabriel.garciamarquez'],
    ['Jean-Pierre', 'Dupont', 'jean-pierre.dupont'],
    ['Anne', 'Smith-Jones', 'anne.smith-jones'],
    ['Anne', 'Smith – Jones', 'anne.smith-jones'],
    ['John', 'St. John', 'john.stjohn'],
    ['Mary', 'McDonald', 'mary.mcdonald'],
  ];
  it.each(names)('%s %s → %s', (first, last, local) => {
    expect(guessEmailFromPattern('{first}.{last}', { first, last }, 'example.com')).toBe(`${local}@example.com`);
  });

  it('initials come from the folded name', () => {
    expect(guessEmailFromPattern('{f}{last}', { first: 'Élodie', last: 'Lefèvre' }, 'example.com')).toBe('elefevre@example.com');
    expect(guessEmailFromPattern('{first}{l}', { first: 'Jan', last: 'van der Berg' }, 'example.com')).toBe('janv@example.com');
    expect(guessEmailFromPattern('{f}{l}', { first: 'Ørjan', last: 'Ødegaard' }, 'example.com')).toBe('oo@example.com');
  });
});

describe('readPattern and foldNamePart', () => {
  it('reads a pattern into its parts', () => {
    expect(readPattern('{f}{last}')).toEqual(['f', 'last']);
    expect(readPattern('{first}_{l}')).toEqual(['first', '_', 'l']);
    expect(readPattern('{nope}')).toBeNull();
  });

  it('folds a name part or refuses it', () => {
    expect(foldNamePart('  Ana-María  ')).toBe('ana-maria');
    expect(foldNamePart("d'Artagnan")).toBe('dartagnan');
    expect(foldNamePart('Jane2')).toBeNull();
    expect(foldNamePart('-')).toBeNull();
    expect(foldNamePart('Ольга')).toBeNull();
  });
});
