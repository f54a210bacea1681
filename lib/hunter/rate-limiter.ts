import { HunterError } from './errors';
import type { LimitFamily } from './types';

// Client-side limiter so the popup, context menu and bulk runner together stay under Hunter's limits
// instead of collecting 403s. Sliding windows (the server counts requests in the last second and minute,
// not per calendar second), and first come, first served among equals, a bulk run's 'low' requests after every waiting click in the popup.
//
// The server counts a request when it *arrives*, some latency after we let it go. A slot taken with
// `acquireSlot` therefore stays in the windows until the caller releases it (the answer came back, so
// the request surely arrived) and a full window after that; `acquire` counts from the grant only.
//
// The MV3 worker can be stopped at any moment and restarted by the next event: with a `WindowStore` the windows
// outlive it (the background keeps them in `storage.session`), so a restarted worker does not burst.

export interface RateRule {
  perSecond: number;
  perMinute: number;
}

export type RateRules = Record<LimitFamily, RateRule>;

/** Hunter's documented limits: domain-search + email-finder share `search`; email-verifier is `verify`. */
export const DEFAULT_RATE_RULES: RateRules = {
  search: { perSecond: 15, perMinute: 500 },
  verify: { perSecond: 10, perMinute: 300 },
};

const SECOND = 1_000;
const MINUTE = 60_000;

/** 'low': granted only while no 'normal' request waits (a bulk job yields to the popup and the menu). */
export type RatePriority = 'normal' | 'low';

interface Waiter {
  low: boolean;
  grant: () => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** One request in the windows: `at` is when it counts from, Infinity while still in flight. */
interface Slot {
  at: number;
  grantedAt: number;
}

/** A slot as stored: `at` null while in flight. */
export interface StoredSlot {
  at: number | null;
  grantedAt: number;
}

export type StoredWindows = Partial<Record<LimitFamily, StoredSlot[]>>;

/** Where the windows are kept between worker lives. Failures are ignored: the limiter then works from memory. */
export interface WindowStore {
  load(): Promise<StoredWindows | null | undefined>;
  save(windows: StoredWindows): Promise<void>;
}

interface FamilyState {
  slots: Slot[];
  queue: Waiter[];
  timer: ReturnType<typeof setTimeout> | null;
}

export class RateLimiter {
  private readonly rules: RateRules;
  private readonly now: () => number;
  private readonly families = new Map<LimitFamily, FamilyState>();
  private store: WindowStore | null = null;
  /** Null until the stored windows are read (or when there is no store): nothing is granted before. */
  private loading: Promise<void> | null = null;
  private loaded = true;
  private saving: Promise<void> = Promise.resolve();
  private saveQueued = false;

  constructor(rules: RateRules = DEFAULT_RATE_RULES, options: { now?: () => number; store?: WindowStore } = {}) {
    this.rules = rules;
    this.now = options.now ?? Date.now;
    if (options.store) this.useStore(options.store);
  }

  /** Keeps the windows in `store` from now on; the stored ones are read before the next grant. */
  useStore(store: WindowStore): void {
    this.store = store;
    this.loaded = false;
    this.loading = null;
  }

  /** Resolves when a request of `family` may start; rejects with HunterError('aborted') if `signal` fires first. */
  async acquire(family: LimitFamily, signal?: AbortSignal): Promise<void> {
    const release = await this.acquireSlot(family, signal);
    release();
  }

  /**
   * Like `acquire`, but the request keeps its place in the windows until the returned `release` is called
   * (call it once the answer, or the failure, is in). Releasing twice is harmless.
   */
  acquireSlot(family: LimitFamily, signal?: AbortSignal, priority: RatePriority = 'normal'): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new HunterError('aborted'));
    const state = this.state(family);
    return new Promise<() => void>((resolve, reject) => {
      const waiter: Waiter = {
        low: priority === 'low',
        reject,
        signal,
        grant: () => {
          const slot: Slot = { at: Infinity, grantedAt: this.now() };
          state.slots.push(slot);
          this.persist();
          resolve(() => {
            if (slot.at !== Infinity) return;
            slot.at = this.now();
            this.persist();
            this.pump(family);
          });
        },
      };
      if (signal) {
        waiter.onAbort = () => {
          const at = state.queue.indexOf(waiter);
          if (at >= 0) state.queue.splice(at, 1);
          reject(new HunterError('aborted'));
          this.pump(family);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      state.queue.push(waiter);
      if (this.loaded) this.pump(family);
      else void this.load().then(() => this.pump(family));
    });
  }

  /** Reads the stored windows once; a slot left in flight by a stopped worker counts from now, for safety. */
  private load(): Promise<void> {
    if (!this.loading) {
      const store = this.store!;
      this.loading = store
        .load()
        .then((stored) => {
          const now = this.now();
          for (const [family, slots] of Object.entries(stored ?? {}) as Array<[LimitFamily, StoredSlot[]]>) {
            if (!(family in this.rules) || !Array.isArray(slots)) continue;
            const restored = slots
              .filter((s) => typeof s?.grantedAt === 'number')
              .map((s) => ({ at: typeof s.at === 'number' ? Math.min(s.at, now) : now, grantedAt: s.grantedAt }))
              .filter((s) => s.at > now - MINUTE);
            this.state(family).slots.unshift(...restored);
          }
        })
        .catch(() => undefined)
        .then(() => {
          this.loaded = true;
        });
    }
    return this.loading;
  }

  /** Writes the windows after the current change; writes never overlap and the last state always lands. */
  private persist(): void {
    if (!this.store || this.saveQueued) return;
    this.saveQueued = true;
    const store = this.store;
    this.saving = this.saving.then(async () => {
      this.saveQueued = false;
      const now = this.now();
      const windows: StoredWindows = {};
      for (const [family, state] of this.families) {
        windows[family] = state.slots
          .filter((s) => s.at > now - MINUTE)
          .map((s) => ({ at: s.at === Infinity ? null : s.at, grantedAt: s.grantedAt }));
      }
      await store.save(windows).catch(() => undefined);
    });
  }

  /** Resolves once every change so far is stored (tests, and before the worker may stop). */
  flush(): Promise<void> {
    return this.saving;
  }

  /** Milliseconds until the next request of `family` could start: 0 = now, Infinity = when one is released. */
  waitTime(family: LimitFamily): number {
    const state = this.state(family);
    const now = this.now();
    state.slots = state.slots.filter((s) => s.at > now - MINUTE);
    // Oldest first; in-flight slots (Infinity) last.
    const times = state.slots.map((s) => s.at).sort((a, b) => a - b);
    const { perSecond, perMinute } = this.rules[family];
    let wait = 0;
    // Another request may start once the perSecond-th most recent one has left the one-second window.
    const inSecond = times.filter((t) => t > now - SECOND);
    if (inSecond.length >= perSecond) wait = Math.max(wait, inSecond[inSecond.length - perSecond]! + SECOND - now);
    if (times.length >= perMinute) wait = Math.max(wait, times[times.length - perMinute]! + MINUTE - now);
    return Math.max(0, wait);
  }

  private state(family: LimitFamily): FamilyState {
    let state = this.families.get(family);
    if (!state) {
      state = { slots: [], queue: [], timer: null };
      this.families.set(family, state);
    }
    return state;
  }

  /** Grants the head of the queue while there is room, then sleeps until the next slot opens. */
  private pump(family: LimitFamily): void {
    const state = this.state(family);
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    while (state.queue.length > 0) {
      const wait = this.waitTime(family);
      if (wait === Infinity) return; // a release will pump again
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          this.pump(family);
        }, wait);
        return;
      }
      const first = state.queue.findIndex((w) => !w.low);
      const [waiter] = state.queue.splice(first >= 0 ? first : 0, 1) as [Waiter];
      if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
      waiter.grant();
    }
  }
}

/** One limiter for every client in this worker, so separate callers share the same budget. */
export const sharedRateLimiter = new RateLimiter();
