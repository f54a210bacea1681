import { parseFullName, parseNameParts } from '../names/parse-full-name';
import { makePerson } from './person';
import type { PagePerson, PersonSource } from './types';
import { positionFromHeadline } from './text';

type Node = Record<string, unknown>;

const MAX_NODES = 500;

export interface JsonLd {
  /** Every object, nested ones included. */
  all: Node[];
  /** The page's own statements: a script's root object, its array items, its `@graph` items. */
  roots: Node[];
}

/** Every JSON-LD object on the page, through arrays, `@graph` and nested values; broken scripts skipped. */
export function jsonLdNodes(doc: Document): JsonLd {
  const all: Node[] = [];
  const roots: Node[] = [];
  const walk = (value: unknown, depth: number, root: boolean): void => {
    if (all.length >= MAX_NODES || depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1, root));
    const node = value as Node;
    all.push(node);
    if (root && !node['@graph']) roots.push(node);
    for (const [key, v] of Object.entries(node)) walk(v, depth + 1, root && key === '@graph');
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ''), 0, true);
    } catch {
      // A page's broken JSON-LD is its own problem.
    }
  }
  return { all, roots };
}

const types = (node: Node): string[] =>
  ([] as unknown[]).concat(node['@type'] ?? []).map((t) => String(t).replace(/^.*[/:]/, ''));
const isType = (node: Node, type: string | RegExp): boolean =>
  types(node).some((t) => (typeof type === 'string' ? t === type : type.test(t)));
const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : ([] as unknown[]).concat(value));
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The one Person the page is about: a ProfilePage's main entity, else the single author of an article,
 * else the only Person the page states at top level (not a review's author). Several → null.
 */
export function pagePersonNode({ all, roots }: JsonLd): Node | null {
  const byId = new Map(all.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (v: unknown): Node | null => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    const n = v as Node;
    return typeof n['@id'] === 'string' && !n['name'] ? (byId.get(n['@id']) ?? n) : n;
  };
  const people = (values: unknown[]): Node[] => {
    const found = values.map(resolve).filter((n): n is Node => !!n && isType(n, 'Person') && !!personName(n));
    return [...new Map(found.map((n) => [personName(n).toLowerCase(), n])).values()];
  };
  const profile = people(all.filter((n) => isType(n, 'ProfilePage')).flatMap((n) => list(n['mainEntity'])));
  if (profile.length === 1) return profile[0] ?? null;
  const authors = people(roots.filter((n) => isType(n, /Article|Posting|Report/)).flatMap((n) => list(n['author'])));
  if (authors.length === 1) return authors[0] ?? null;
  const stated = people(roots);
  return stated.length === 1 ? (stated[0] ?? null) : null;
}

function personName(n: Node): string {
  return str(n['name']) || [str(n['givenName']), str(n['familyName'])].filter(Boolean).join(' ');
}

/** The current employer: the first `worksFor` without an end date (LinkedIn adds `member.endDate`). */
function currentEmployer(n: Node): Node | null {
  const orgs = list(n['worksFor']).concat(list(n['affiliation'])).filter((o): o is Node => !!o && typeof o === 'object');
  const current = orgs.find((o) => !(o['member'] && typeof o['member'] === 'object' && (o['member'] as Node)['endDate']));
  return current ?? orgs[0] ?? null;
}

/** A PagePerson from a schema.org Person node (JSON-LD shape). */
export function personFromNode(n: Node, source: PersonSource, pageUrl: string): PagePerson | null {
  const given = str(n['givenName']);
  const family = str(n['familyName']);
  const name = given && family ? parseNameParts(given, family) : parseFullName(personName(n));
  const employer = currentEmployer(n);
  const company = employer ? str(employer['name']) || null : typeof n['worksFor'] === 'string' ? n['worksFor'] : null;
  const jobTitle = list(n['jobTitle']).map((t) => (t && typeof t === 'object' ? str((t as Node)['name']) : str(t))).find(Boolean) ?? '';
  const headline = positionFromHeadline(jobTitle, company);
  const links = [...list(n['sameAs']), n['url'], pageUrl].map(str);
  return makePerson(name, {
    position: headline.position,
    company: headline.company,
    companyWebsite: employer ? str(employer['url']) || str(employer['sameAs']) : null,
    linkedinUrl: links.find((l) => /linkedin\.com\/in\//i.test(l)) ?? null,
    source,
  });
}

/** schema.org Person in JSON-LD (incl. `@graph`, arrays, article authors). */
export function readJsonLdPerson(doc: Document, url: string): PagePerson | null {
  const node = pagePersonNode(jsonLdNodes(doc));
  return node ? personFromNode(node, 'json-ld', url) : null;
}
