import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFullName, parseNameParts } from '.';

// Names come from selections, pages and typing: any script, titles, emoji, junk. The parser answers, never
// throws, and a name it accepts has two real parts (an empty one would be a finder call spent for nothing).

const anyText = fc.string({ unit: 'binary', maxLength: 160 });
const words = fc.constantFrom('Ada', 'Lovelace', 'Dr.', 'van', 'der', 'Jr.', 'PhD', '李', '小龍', 'Ἀριστοτέλης', 'Мария', 'محمد', '🙂', '(she/her)', '"Al"', ',', '-', '.', '\u200b', 'O’Brien', 'DUPONT', 'ab', '\t');
const nameLike = fc.array(words, { maxLength: 7 }).map((parts) => parts.join(' '));
const someName = fc.oneof(anyText, nameLike, fc.string({ unit: 'grapheme', maxLength: 60 }));

function expectUsable(parsed: ReturnType<typeof parseFullName>) {
  if (!parsed.ok) return;
  expect(parsed.first.trim()).not.toBe('');
  expect(parsed.last.trim()).not.toBe('');
  expect(parsed.first).toBe(parsed.first.trim());
  expect(parsed.last).toBe(parsed.last.trim());
  expect(parsed.first.length + parsed.last.length).toBeLessThanOrEqual(200);
}

describe('name parsing, on any input', () => {
  it('a full name: never throws; accepted only with two non-empty parts', () => {
    fc.assert(fc.property(someName, (raw) => expectUsable(parseFullName(raw))), { numRuns: 500 });
  });

  it('first and last boxes: never throws; accepted only with two non-empty parts', () => {
    fc.assert(fc.property(someName, someName, (first, last) => expectUsable(parseNameParts(first, last))), { numRuns: 300 });
  });

  it('blank or one-word input is never a name', () => {
    fc.assert(
      fc.property(fc.constantFrom('', ' ', '\t', '\n', '\u00a0'), fc.stringMatching(/^[A-Za-z]{1,20}$/), (space, word) => {
        expect(parseFullName(space).ok).toBe(false);
        expect(parseFullName(`${space}${word}${space}`).ok).toBe(false);
      }),
    );
  });
});
