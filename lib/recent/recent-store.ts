import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import type { PopupView, RecentDraft, RecentEntry } from './types';

export const RECENT_LIMIT = 50;
const ENTRIES = 'entries';
const POPUP_VIEW = 'popupView';
// The popup opened for a menu answer must open on it; a mark older than this is a stale one.
const POPUP_VIEW_LIFETIME_MS = 60_000;

export interface RecentStoreOptions {
  store?: UseStore;
  now?: () => number;
  newId?: () => string;
}

/** The last answers of the right-click menu, newest first, in the background's IndexedDB. */
export function createRecentStore({
  store = createStore('quarry-recent', 'recent'),
  now = Date.now,
  newId = () => crypto.randomUUID(),
}: RecentStoreOptions = {}) {
  return {
    async add(draft: RecentDraft): Promise<RecentEntry> {
      const entry = { ...draft, id: newId(), at: now() } as RecentEntry;
      await update<RecentEntry[]>(ENTRIES, (old) => [entry, ...(old ?? [])].slice(0, RECENT_LIMIT), store);
      return entry;
    },
    async list(): Promise<RecentEntry[]> {
      return (await get<RecentEntry[]>(ENTRIES, store)) ?? [];
    },
    async clear(): Promise<void> {
      await set(ENTRIES, [], store);
    },
    /** Asks the next popup to open on "Recent" (the answer could not be shown in the page). */
    async markPopupView(view: Exclude<PopupView, { view: null }>): Promise<void> {
      await set(POPUP_VIEW, { view, at: now() }, store);
    },
    /** The mark, once: a popup opened later by hand opens as usual. */
    /** Whether the popup about to open is for a menu answer, without taking the mark. */
    async hasPopupView(): Promise<boolean> {
      const mark = await get<{ view: PopupView; at: number }>(POPUP_VIEW, store);
      return !!mark && mark.view.view !== null && now() - mark.at <= POPUP_VIEW_LIFETIME_MS;
    },

    async takePopupView(): Promise<PopupView> {
      const mark = await get<{ view: PopupView; at: number }>(POPUP_VIEW, store);
      if (!mark) return { view: null };
      await set(POPUP_VIEW, undefined, store);
      return now() - mark.at <= POPUP_VIEW_LIFETIME_MS ? mark.view : { view: null };
    },
  };
}

export type RecentStore = ReturnType<typeof createRecentStore>;
