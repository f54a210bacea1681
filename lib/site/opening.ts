import type { PopupOpening, Reply } from '../messaging/protocol';
import { send } from '../messaging/send';
import { firstPageQuestion } from './first-page';
import { tabIdFromSearch } from './target-tab';

// The popup asks for everything its first paint needs as soon as its code runs, in one message, and the
// views take their share of that answer instead of asking again one after the other.

let opening: Promise<Reply<PopupOpening>> | null = null;
const taken = new Set<string>();

export function startOpening(search: string): Promise<Reply<PopupOpening>> {
  opening ??= send('openPopup', { tabId: tabIdFromSearch(search) });
  return opening;
}

type Prefetched = { count: NonNullable<PopupOpening['count']>; search: NonNullable<PopupOpening['search']> };

/** The opening's answer for this domain, once; null when the opening did not ask it (or it was taken). */
export function prefetched<K extends keyof Prefetched>(kind: K, domain: string): Promise<Prefetched[K]> | null {
  if (!opening || taken.has(kind)) return null;
  taken.add(kind);
  const pending = opening;
  return (async () => {
    const reply = await pending;
    const answer = reply.ok && reply.data.site.ok && reply.data.site.domain === domain ? reply.data[kind] : null;
    // Not asked after all (no key, another domain typed meanwhile): ask now, as the view would have.
    return (answer ?? (await askDirectly(kind, domain))) as Prefetched[K];
  })();
}

function askDirectly(kind: keyof Prefetched, domain: string) {
  return kind === 'count' ? send('emailCount', { domain }) : send('domainSearch', firstPageQuestion(domain));
}
