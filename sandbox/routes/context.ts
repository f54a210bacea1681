// What every /v2 handler receives.
import type { AccountProfile } from '../keys';
import type { Reply } from '../http';
import type { RateGroup } from '../rate-limit';
import type { SandboxState } from '../state';

export interface RouteContext {
  state: SandboxState;
  /** null only on routes that need no key (email-count). */
  account: AccountProfile | null;
  query: URLSearchParams;
  body: unknown;
  /** Named groups of the route's path pattern, e.g. `id`. */
  params: Record<string, string | undefined>;
  now: Date;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the pathname with any trailing slash removed. */
  path: RegExp;
  needsKey: boolean;
  rateGroup?: RateGroup;
  /** Not in the API docs (README, "Beyond the docs"): refused with a 404 in strict mode. */
  beyondDocs?: true;
  handle(ctx: RouteContext): Reply;
}

/** Handlers that need a key get a non-null account; the server guarantees it. */
export function requireAccount(ctx: RouteContext): AccountProfile {
  if (!ctx.account) throw new Error('route needs a key but none was resolved');
  return ctx.account;
}
