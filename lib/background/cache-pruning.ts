import { browser } from 'wxt/browser';
import type { ResponseCache } from '../cache/response-cache';
import { cacheLifetimeHours } from '../settings';

// Expired answers are of no use (the next question asks again) and keep what was looked up: an alarm deletes
// them, also while the worker sleeps.

export const PRUNE_ALARM = 'quarry-prune-cache';
const PERIOD_MINUTES = 60;
const HOUR_MS = 3_600_000;

/** Call from the background's main(): the listener is wired synchronously, as MV3 requires. */
export function startCachePruning(cache: ResponseCache): { prune: () => Promise<number> } {
  const prune = async () => cache.prune((await cacheLifetimeHours.getValue()) * HOUR_MS);
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune().catch((error) => console.warn('Quarry cache pruning:', error));
  });
  // Created once; re-creating it at every worker start would push its first run back each time.
  void browser.alarms?.get(PRUNE_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: PERIOD_MINUTES });
  });
  return { prune };
}
