import { browser } from 'wxt/browser';
import { domainForPage } from '../../domains';
import type { PagePeopleEntry } from '../../page-context/people';
import type { Handlers } from '../router';

export type PeopleHandlers = Pick<Handlers, 'pagePeople'>;

/** The built people-reader (entrypoints/people-reader.ts). */
export const PEOPLE_READER_FILE = '/people-reader.js';

function isEntry(value: unknown): value is PagePeopleEntry {
  const e = value as PagePeopleEntry | null;
  return typeof e?.fullName === 'string' && typeof e.first === 'string' && typeof e.last === 'string' && (e.position === null || typeof e.position === 'string');
}

/** The people a tab's page names, read on demand; `readable` is false where no script may run. */
export const peopleHandlers: PeopleHandlers = {
  async pagePeople({ tabId }) {
    let people: PagePeopleEntry[] = [];
    let readable = false;
    try {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [PEOPLE_READER_FILE] });
      if (Array.isArray(injection?.result)) {
        people = (injection.result as unknown[]).filter(isEntry);
        readable = true;
      }
    } catch {
      // Not scriptable (browser pages, the Web Store…): no people.
    }
    const url = (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
    return { people, readable, domain: url ? domainForPage(url, null) : { ok: false, reason: 'not_web' } };
  },
};
