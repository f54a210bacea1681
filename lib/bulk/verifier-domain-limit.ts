import { createStore, get, set, type UseStore } from 'idb-keyval';

// The verifier's own limit: "up to 200 email addresses for a domain name every 24 hours" (API docs). A bulk
// job counts what it verifies per domain, kept across worker restarts, and does not ask past it: those rows
// are answered "domain limit reached" for free and can be run again after the window.

export const VERIFY_PER_DOMAIN = 200;
export const VERIFY_WINDOW_MS = 24 * 3_600_000;

let defaultStore: UseStore | null = null;
const limitDb = () => (defaultStore ??= createStore('quarry-verify-limit', 'domains'));

export function createDomainLimit(store: () => UseStore = limitDb, now: () => number = Date.now) {
  const memory = new Map<string, number[]>();

  async function load(domain: string): Promise<number[]> {
    let times = memory.get(domain);
    if (!times) {
      times = (await get<number[]>(domain, store())) ?? [];
      // Another worker may have loaded it meanwhile: keep one array per domain.
      times = memory.get(domain) ?? times;
      memory.set(domain, times);
    }
    const cutoff = now() - VERIFY_WINDOW_MS;
    while (times.length > 0 && times[0]! <= cutoff) times.shift();
    return times;
  }

  return {
    /** Takes one of the domain's 200 if there is one left; false when the domain is at its limit. */
    async take(domain: string): Promise<boolean> {
      const times = await load(domain);
      if (times.length >= VERIFY_PER_DOMAIN) return false;
      times.push(now());
      await set(domain, times, store());
      return true;
    },
    /** Gives back one taken for a request the API refused before serving it. */
    async giveBack(domain: string): Promise<void> {
      const times = await load(domain);
      times.pop();
      await set(domain, times, store());
    },
    /** How many more the domain allows now. */
    async left(domain: string): Promise<number> {
      return VERIFY_PER_DOMAIN - (await load(domain)).length;
    },
  };
}

export type DomainLimit = ReturnType<typeof createDomainLimit>;

/** The part after the last @, lowercased: the verifier counts per domain name. */
export function domainOfAddress(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
