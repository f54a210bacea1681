import { parseFullName, type ParsedName } from '../names/parse-full-name';
import { isBlockedPage, looksLikeAuthWall } from './blocked';
import { readJsonLdPerson } from './json-ld';
import { readLinkedInProfile } from './linkedin';
import { readLinkedInPublicProfile } from './linkedin-public';
import { readMetaAuthor } from './meta-author';
import { readMicrodataPerson } from './microdata';
import { readSalesNavigatorLead } from './sales-navigator';
import type { PageContext, PagePerson } from './types';
import { hostOf, isLinkedInHost } from './text';

type Reader = (doc: Document, url: string) => PagePerson | null;

// LinkedIn articles (/pulse/) carry their author in JSON-LD.
const LINKEDIN_READERS: Reader[] = [readSalesNavigatorLead, readLinkedInProfile, readLinkedInPublicProfile, readJsonLdPerson];
const PAGE_READERS: Reader[] = [readJsonLdPerson, readMicrodataPerson, readMetaAuthor];

/**
 * Who this page is about, read on demand (popup open, menu click). Reads only: no writes to the
 * document, no network. On LinkedIn, generic markup (meta author, microdata) is never the profile.
 */
export function readPageContext(doc: Document, url: string): PageContext {
  if (isBlockedPage(doc, url)) return { url, person: null, blocked: true };
  const linkedIn = isLinkedInHost(hostOf(url));
  let person: PagePerson | null = null;
  for (const read of linkedIn ? LINKEDIN_READERS : PAGE_READERS) {
    person = safely(read, doc, url);
    if (person) break;
  }
  return { url, person, blocked: !person && linkedIn && looksLikeAuthWall(doc) };
}

/** A name the user selected on the page (context menu "Find email for …"). */
export function readSelectionName(text: string): ParsedName {
  return parseFullName(text);
}

// One reader failing on odd markup must not hide what the others find.
function safely(read: Reader, doc: Document, url: string): PagePerson | null {
  try {
    return read(doc, url);
  } catch {
    return null;
  }
}
