import { parseNameParts, type ParsedName } from '../names/parse-full-name';

// A signed-in LinkedIn page carries the profile it shows as JSON in hidden <code> elements (the data its
// scripts render from). Its firstName/lastName are the member's own split: the heading alone cannot tell
// "Anna Maria Lopez" from "Anna Maria-Lopez". Read-only; bounded so a huge page costs little.

const MAX_BLOCKS = 60;
const MAX_BLOCK_CHARS = 2_000_000;

type Json = Record<string, unknown>;

/** The profile's vanity name in the URL: /in/anna-maria-lopez-4b2a1/ → "anna-maria-lopez-4b2a1". */
function profileId(url: string): string | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segment = /^\/in\/([^/]+)/.exec(path)?.[1];
  if (!segment) return null;
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

function* objectsIn(value: unknown, depth = 0): Generator<Json> {
  if (depth > 6 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsIn(item, depth + 1);
    return;
  }
  yield value as Json;
  for (const child of Object.values(value as Json)) if (child && typeof child === 'object') yield* objectsIn(child, depth + 1);
}

/** The first and last name the page's embedded data states for the profile at `url`, or null. */
export function embeddedProfileName(doc: Document, url: string): ParsedName | null {
  const id = profileId(url);
  if (!id) return null;
  const blocks = [...doc.querySelectorAll('code')].slice(0, MAX_BLOCKS);
  for (const block of blocks) {
    const text = block.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS || !text.includes('firstName') || !text.trimStart().startsWith('{')) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    for (const node of objectsIn(data)) {
      const first = node['firstName'];
      const last = node['lastName'];
      const publicId = node['publicIdentifier'];
      // Only the profile this URL shows: the page also embeds the viewer and people it suggests.
      if (typeof first !== 'string' || typeof last !== 'string' || typeof publicId !== 'string') continue;
      if (publicId.toLowerCase() !== id) continue;
      const name = parseNameParts(first, last);
      if (name.ok) return name;
    }
  }
  return null;
}
