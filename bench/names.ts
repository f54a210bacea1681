// `npm run bench:names`: lib/names against the npm name parsers on our names table (lib/names/fixtures),
// scored on what an email finder needs — the first given name and the whole family name — and, for what is
// not a name (job titles, companies, sentences), on refusing it. Case and Unicode form are not counted.
import { createRequire } from 'node:module';
import { readNameTable, type NameRow } from '../lib/names/fixtures/name-table';
import { parseFullName as ours } from '../lib/names/parse-full-name';
import { formatTable } from './report';

type Answer = { first: string; last: string } | null;
type Parser = (input: string) => Answer;

const require = createRequire(import.meta.url);
const pfn = require('parse-full-name') as { parseFullName(name: string): { first?: string; last?: string } };
const humanparser = require('humanparser') as { parseName(name: string): { firstName?: string; lastName?: string } };

// An answer with no first or no last is a refusal: the finder cannot be asked with it.
const answerOf = (first: string | undefined, last: string | undefined): Answer =>
  first?.trim() && last?.trim() ? { first: first.trim(), last: last.trim() } : null;

const parsers: Record<string, Parser> = {
  'lib/names': (input) => {
    const parsed = ours(input);
    return parsed.ok ? { first: parsed.first, last: parsed.last } : null;
  },
  'parse-full-name': (input) => {
    const parsed = pfn.parseFullName(input);
    return answerOf(parsed.first, parsed.last);
  },
  humanparser: (input) => {
    const parsed = humanparser.parseName(input);
    return answerOf(parsed.firstName, parsed.lastName);
  },
};

const same = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();

function isRight(row: NameRow, answer: Answer): boolean {
  if (row.expected === null) return answer === null;
  return answer !== null && same(answer.first, row.expected.first) && same(answer.last, row.expected.last);
}

function safely(parser: Parser, input: string): Answer {
  try {
    return parser(input);
  } catch {
    return null; // a parser that throws has no answer
  }
}

const table = readNameTable();
const names = Object.keys(parsers);
const causes = [...new Set(table.map((row) => row.cause))];
const score = (rows: NameRow[], name: string) => rows.filter((row) => isRight(row, safely(parsers[name]!, row.input))).length;
const pct = (right: number, of: number) => `${((100 * right) / of).toFixed(0)}% (${right})`;

const rows = causes.map((cause) => {
  const inCause = table.filter((row) => row.cause === cause);
  const scores = names.map((name) => score(inCause, name));
  const best = Math.max(...scores);
  const winners = names.filter((_, i) => scores[i] === best);
  return [cause, String(inCause.length), ...scores.map((s) => pct(s, inCause.length)), winners.includes('lib/names') ? 'lib/names' : winners.join(', ')];
});
const totals = names.map((name) => score(table, name));
rows.push(['all', String(table.length), ...totals.map((s) => pct(s, table.length)), names[totals.indexOf(Math.max(...totals))]!]);

console.log(`Names table: ${table.length} rows, ${causes.length} causes (first and last both right, or a non-name refused)\n`);
console.log(formatTable(['cause', 'rows', ...names, 'best'], rows));

if (process.argv.includes('--misses')) {
  console.log('\nlib/names misses:');
  for (const row of table) {
    const answer = safely(parsers['lib/names']!, row.input);
    if (!isRight(row, answer)) console.log(`  line ${row.line} ${row.input} → ${answer ? `${answer.first} | ${answer.last}` : '✗'}`);
  }
}
