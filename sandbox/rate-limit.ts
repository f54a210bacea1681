// Per-key sliding windows matching Hunter's documented limits. Only requests let through are counted,
// so a client that backs off gets back in after a second.
import type { SandboxState } from './state';

export type RateGroup = 'search' | 'verify';

const LIMITS: Record<RateGroup, { perSecond: number; perMinute: number }> = {
  // domain-search and email-finder share one budget.
  search: { perSecond: 15, perMinute: 500 },
  verify: { perSecond: 10, perMinute: 300 },
};

export type RateVerdict = { ok: true; remaining: number } | { ok: false; details: string };

export function takeRateToken(state: SandboxState, key: string, group: RateGroup, now: number): RateVerdict {
  const id = `${key}|${group}`;
  const limit = LIMITS[group];
  const recent = (state.rateWindows.get(id) ?? []).filter((t) => now - t < 60_000);
  const lastSecond = recent.filter((t) => now - t < 1_000).length;
  state.rateWindows.set(id, recent);
  if (lastSecond >= limit.perSecond) {
    return { ok: false, details: `You have exceeded the rate limit of ${limit.perSecond} requests per second. Please slow down and retry later.` };
  }
  if (recent.length >= limit.perMinute) {
    return { ok: false, details: `You have exceeded the rate limit of ${limit.perMinute} requests per minute. Please slow down and retry later.` };
  }
  recent.push(now);
  return { ok: true, remaining: limit.perMinute - recent.length };
}
