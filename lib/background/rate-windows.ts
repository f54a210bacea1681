import { storage } from 'wxt/utils/storage';
import type { StoredWindows, WindowStore } from '../hunter/rate-limiter';

// The rate limiter's windows, kept for the browser session: the worker may be stopped between two requests and
// a restarted one must not send a fresh burst. Session storage: nothing of it outlives the browser.

const windows = storage.defineItem<StoredWindows | null>('session:rateWindows', { fallback: null });

export const sessionWindowStore: WindowStore = {
  load: () => windows.getValue(),
  save: (value) => windows.setValue(value),
};
