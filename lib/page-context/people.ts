import { parseFullName, parseNameParts, type ParsedName } from '../names/parse-full-name';
import { clean, isJunkName, MAX, textOf } from './text';

// Everyone a team or about page names, for the popup's "People" tab: schema.org Person (microdata and JSON-LD)
// and team cards — a name in a heading or a "name" element with a role beside it. Reads only.

export interface PagePeopleEntry {
  fullName: string;
  first: string;
  last: string;
  position: string | null;
}

/** More than this and the page is a directory, not a team page: the first ones are enough to pick from. */
export const MAX_PEOPLE = 200;

const NAME_ELEMENTS = 'h2, h3, h4, h5, h6, strong, b, [class*="name" i], [itemprop="name"]';
const ROLE_CLASS = /(^|[\s_-])(role|title|position|job|jobtitle|job-title|occupation|designation)([\s_-]|$)/i;

function entry(name: ParsedName, position: string | null | undefined): PagePeopleEntry | null {
  if (!name.ok || isJunkName(name.full)) return null;
  const fullName = clean(name.full, MAX.name);
  const first = clean(name.first, MAX.name);
  const last = clean(name.last, MAX.name);
  if (!fullName || !first || !last) return null;
  return { fullName, first, last, position: clean(position, MAX.position) };
}

const isPersonType = (type: unknown): boolean =>
  (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /^(https?:\/\/schema\.org\/)?Person$/i.test(t));

const firstText = (value: unknown): string => {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return '';
};

function fromJsonLd(doc: Document): PagePeopleEntry[] {
  const found: PagePeopleEntry[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 8 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const item = node as Record<string, unknown>;
    if (isPersonType(item['@type'])) {
      const given = firstText(item.givenName);
      const family = firstText(item.familyName);
      const name = given && family ? parseNameParts(given, family) : parseFullName(firstText(item.name));
      const person = entry(name, firstText(item.jobTitle) || firstText(item.roleName));
      if (person) found.push(person);
    }
    for (const value of Object.values(item)) if (value && typeof value === 'object') walk(value, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // One broken block must not hide the others.
    }
  }
  return found;
}

function fromMicrodata(doc: Document): PagePeopleEntry[] {
  const scopes = [...doc.querySelectorAll('[itemscope][itemtype]')].filter((el) => isPersonType((el.getAttribute('itemtype') ?? '').split(/\s+/)));
  return scopes.flatMap((scope) => {
    const own = (prop: string) =>
      [...scope.querySelectorAll(`[itemprop~="${prop}"]`)].find((el) => el.parentElement?.closest('[itemscope]') === scope);
    const text = (prop: string) => {
      const el = own(prop);
      return el?.tagName === 'META' ? el.getAttribute('content') ?? '' : textOf(el).trim();
    };
    const given = text('givenName');
    const family = text('familyName');
    const name = given && family ? parseNameParts(given, family) : parseFullName(text('name'));
    const person = entry(name, text('jobTitle'));
    return person ? [person] : [];
  });
}

/** The role beside a name: an element with a role-like class in the same card, else the next short text. */
function roleBeside(nameEl: Element): string | null {
  const card = nameEl.parentElement;
  if (!card) return null;
  const marked = [...card.querySelectorAll('*')].find((el) => el !== nameEl && !el.contains(nameEl) && ROLE_CLASS.test(el.getAttribute('class') ?? ''));
  if (marked) return textOf(marked).trim() || null;
  const next = nameEl.nextElementSibling;
  const text = textOf(next).trim();
  if (!next || !text || text.length > 80 || /[@:]|https?:/.test(text) || parseFullName(text).ok) return null;
  return text;
}

function fromCards(doc: Document): PagePeopleEntry[] {
  return [...doc.body?.querySelectorAll(NAME_ELEMENTS) ?? []].flatMap((el) => {
    if (el.closest('[itemscope], nav, header, footer, script, style')) return [];
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    if (!text || text.length > 60 || /\d/.test(text)) return [];
    const role = roleBeside(el);
    if (!role) return [];
    const person = entry(parseFullName(text), role);
    return person ? [person] : [];
  });
}

export function readPagePeople(doc: Document): PagePeopleEntry[] {
  const seen = new Set<string>();
  const people: PagePeopleEntry[] = [];
  for (const read of [fromJsonLd, fromMicrodata, fromCards]) {
    let found: PagePeopleEntry[] = [];
    try {
      found = read(doc);
    } catch {
      // Odd markup in one reader must not hide what the others find.
    }
    for (const person of found) {
      const key = person.fullName.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      people.push(person);
      if (people.length >= MAX_PEOPLE) return people;
    }
  }
  return people;
}
