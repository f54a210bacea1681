import { parseFullName } from '../names/parse-full-name';
import { makePerson } from './person';
import type { PagePerson } from './types';
import { meta } from './text';

// Bylines that name an organization or a desk, not a person.
const ORG_LIKE = /\b(inc|llc|ltd|gmbh|corp|co|company|team|staff|editors?|editorial|newsroom|news|press|redaktion|rédaction|media|blog|admin|webmaster|contributors?)\b\.?/i;

/** `<meta name="author">` when it is one person's name (not a URL, an org, a site name or a list). */
export function readMetaAuthor(doc: Document, url: string): PagePerson | null {
  const author = meta(doc, 'author').trim();
  if (!author || ORG_LIKE.test(author) || /[/@&;]|\band\b|\bund\b|\bet\b/i.test(author)) return null;
  const siteName = meta(doc, 'og:site_name').trim().toLowerCase();
  if (siteName && author.toLowerCase() === siteName) return null;
  // "Jane Doe, John Smith": several authors; "Doe, Jane" and "Jane Doe, PhD" still parse.
  if (author.split(',').filter((p) => p.trim().split(/\s+/).length >= 2).length >= 2) return null;
  return makePerson(parseFullName(author), { linkedinUrl: url, source: 'meta-author' });
}
