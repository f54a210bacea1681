import type { PopupOpening, Reply } from '../messaging/protocol';

/** What the popup's first script (entrypoints/popup-boot.ts) has already asked: the opening, and the copy. */
export interface PopupBoot {
  opening: Promise<Reply<PopupOpening>>;
  snapshot: Promise<PopupOpening | null>;
}

/** The first script's questions, when it ran (WXT leaves an unlisted script's result in a global of its name). */
export function bootedPopup(): PopupBoot | null {
  return (globalThis as { popupBoot?: PopupBoot }).popupBoot ?? null;
}
