import { answerWithin } from '../answer-within';
import { afterFirstFrame } from '../first-frame';
import type { PopupOpening, Reply } from '../messaging/protocol';
import { send } from '../messaging/send';
import { firstPageQuestion } from './first-page';
import { popupSnapshot } from './popup-snapshot';
import { tabIdFromSearch } from './target-tab';

// The popup asks for everything its first paint needs in one message, and the views take their share of that
// answer instead of asking again one after the other. A second open of a site paints first from the popup's
// copy of the cached answers (popup-snapshot.ts), read without the worker, and asks the worker only once that
// frame is drawn: a worker woken (a stopped one first evaluates its whole script) and reading the page would
// compete with the frame for this machine's two cores. Without a copy the worker is asked as soon as that is
// known, one storage read after the popup's code starts.

let opening: Promise<Reply<PopupOpening>> | null = null;
/** The worker's opening once it has answered: a render after that takes it at once, without an effect. */
let answered: Reply<PopupOpening> | null = null;
let snapshot: Promise<PopupOpening | null> | null = null;
let painted: PopupOpening | null = null;
const taken = new Set<string>();

export function startOpening(search: string): Promise<Reply<PopupOpening>> {
  snapshot ??= popupSnapshot(tabIdFromSearch(search)).catch(() => null);
  if (!opening) {
    opening = snapshot
      .then((copy) => copy && new Promise<void>((drawn) => afterFirstFrame(drawn)))
      .then(() => send('openPopup', { tabId: tabIdFromSearch(search) }));
    void opening.then((reply) => (answered = reply));
  }
  return opening;
}

/**
 * What the popup's first render can show: the copy of the cached answers when it is read within `waitMs`, else
 * the worker's opening if it is already in; null when neither is (the popup then shows its skeleton first).
 */
export async function openingToPaint(search: string, waitMs: number): Promise<Reply<PopupOpening> | null> {
  startOpening(search);
  const copy = await answerWithin(snapshot!, waitMs);
  if (copy) {
    painted = copy;
    return { ok: true, data: copy };
  }
  return answered;
}

/** What to paint first: the copy of the cached answers when there is one, else the worker's opening. */
export async function firstOpening(search: string): Promise<Reply<PopupOpening>> {
  const full = startOpening(search);
  painted = await snapshot;
  return painted ? { ok: true, data: painted } : full;
}

type Prefetched = { count: NonNullable<PopupOpening['count']>; search: NonNullable<PopupOpening['search']> };

/** The opening's answer for this domain, once; null when the opening did not ask it (or it was taken). */
export function prefetched<K extends keyof Prefetched>(kind: K, domain: string): Promise<Prefetched[K]> | null {
  if (!opening || taken.has(kind)) return null;
  taken.add(kind);
  if (painted?.site.ok && painted.site.domain === domain) return Promise.resolve(painted[kind] as Prefetched[K]);
  const pending = opening;
  return (async () => {
    const reply = await pending;
    const answer = reply.ok && reply.data.site.ok && reply.data.site.domain === domain ? reply.data[kind] : null;
    // Not asked after all (no key, another domain typed meanwhile): ask now, as the view would have.
    return (answer ?? (await askDirectly(kind, domain))) as Prefetched[K];
  })();
}

/**
 * The opening's answer for this domain when it is already here (the copy painted, or the worker's opening
 * answered), once: a view starts from it in its first render instead of asking in an effect.
 */
export function prefetchedNow<K extends keyof Prefetched>(kind: K, domain: string): Prefetched[K] | null {
  if (taken.has(kind)) return null;
  const source = painted ?? (answered?.ok ? answered.data : null);
  const answer = source?.site.ok && source.site.domain === domain ? (source[kind] as Prefetched[K] | null) : null;
  if (answer) taken.add(kind);
  return answer;
}

function askDirectly(kind: keyof Prefetched, domain: string) {
  return kind === 'count' ? send('emailCount', { domain }) : send('domainSearch', firstPageQuestion(domain));
}
