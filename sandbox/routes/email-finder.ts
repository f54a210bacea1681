// GET /v2/email-finder: the most likely address of one person, from the seed or the domain's pattern.
import { ok, wrongParams, type Reply } from '../http';
import { hashString } from '../prng';
import { textParam } from '../params';
import { DISPOSABLE_DOMAINS, WEBMAIL_DOMAINS } from '../seed';
import { applyPattern, asciiSlug } from '../text';
import type { SeedEmail } from '../types';
import { requireAccount, type RouteContext } from './context';
import { assertCredit, spendCredit } from './quota';
import { resolveDomain } from './resolve-domain';

/** Domains with no pattern of their own are guessed with the most common one. */
const DEFAULT_PATTERN = '{first}.{last}';

function readNames(query: URLSearchParams): { first: string; last: string } {
  const first = textParam(query, 'first_name');
  const last = textParam(query, 'last_name');
  const full = textParam(query, 'full_name');
  if (first && last) return { first, last };
  if (full) {
    const parts = full.split(/\s+/);
    const [head, ...rest] = parts;
    if (!head || rest.length === 0) {
      throw wrongParams('The full_name parameter must contain a first name and a last name');
    }
    return { first: head, last: rest.join(' ') };
  }
  const missing = !first && !last ? 'first_name and last_name' : !first ? 'first_name' : 'last_name';
  throw wrongParams(`You are missing the ${missing} parameter (send first_name and last_name, or full_name)`);
}

function sameName(a: string | null, b: string): boolean {
  if (a === null) return false;
  if (a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase()) return true;
  const slug = asciiSlug(b);
  return slug !== '' && asciiSlug(a) === slug;
}

export function emailFinder(ctx: RouteContext): Reply {
  const account = requireAccount(ctx);
  const resolved = resolveDomain(ctx.query);
  const { first, last } = readNames(ctx.query);
  assertCredit(ctx.state, account, 'searches', ctx.now);

  const { seed, display, ascii } = resolved;
  const known: SeedEmail | undefined = seed?.emails.find((e) => sameName(e.first_name, first) && sameName(e.last_name, last));
  const guessable = display !== null && ascii !== null
    && !WEBMAIL_DOMAINS.has(ascii) && !DISPOSABLE_DOMAINS.has(ascii)
    && !(seed && (seed.emails.length === 0 || seed.pattern === null));
  const guessedLocal = guessable ? applyPattern(seed?.pattern ?? DEFAULT_PATTERN, first, last) : null;
  const local = known?.local ?? guessedLocal;
  const email = local && display ? `${local}@${display}` : null;

  if (email) spendCredit(ctx.state, account, 'searches', ctx.now);
  const score = known ? known.confidence : email ? 30 + (hashString(email) % 46) : null;

  return ok({
    data: {
      first_name: known?.first_name ?? first,
      last_name: known?.last_name ?? last,
      email,
      score,
      domain: display,
      accept_all: seed?.accept_all ?? false,
      position: known?.position ?? null,
      twitter: known?.twitter ?? null,
      linkedin_url: known?.linkedin ?? null,
      phone_number: known?.phone_number ?? null,
      company: seed?.info.organization ?? resolved.params.company,
      sources: known?.sources ?? [],
      verification: known?.verification ?? { date: null, status: null },
    },
    meta: {
      params: {
        first_name: textParam(ctx.query, 'first_name'),
        last_name: textParam(ctx.query, 'last_name'),
        full_name: textParam(ctx.query, 'full_name'),
        domain: resolved.params.domain,
        company: resolved.params.company,
      },
    },
  });
}
