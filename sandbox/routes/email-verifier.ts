// GET /v2/email-verifier: a deterministic verdict per address. Special local parts drive the odd answers:
// slow* → 202 twice then the verdict, smtp-fail → 222, restricted → 451, invalid*/bounce* → invalid,
// unknown* → unknown. Domains: webmail (gmail.com…), disposable (mailinator.com…), accept-all.example,
// no-mx.example (no MX records).
import { ApiFailure, ok, wrongParams, type Reply } from '../http';
import { hashString } from '../prng';
import { EMAIL_SHAPE, textParam } from '../params';
import { DISPOSABLE_DOMAINS, SEED_DOMAINS, WEBMAIL_DOMAINS } from '../seed';
import { normalizeDomain } from '../text';
import type { Source } from '../types';
import { requireAccount, type RouteContext } from './context';
import { assertCredit, spendCredit } from './quota';

type Status = 'valid' | 'invalid' | 'accept_all' | 'webmail' | 'disposable' | 'unknown';

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
/** How many 202 answers a slow address gives before its verdict. */
const SLOW_POLLS = 2;

function parseAddress(email: string): { local: string; ascii: string } | null {
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) return null;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = normalizeDomain(email.slice(at + 1));
  if (!domain || !LOCAL_PART.test(local) || local.length > 64) return null;
  return { local: local.toLowerCase(), ascii: domain.ascii };
}

/** Automatically generated-looking local parts, like "e65rc109q". */
function looksGibberish(local: string): boolean {
  return (local.match(/\d/g)?.length ?? 0) >= 3 && /[a-z]/.test(local) && local.length >= 8;
}

function verdict(email: string, local: string, ascii: string) {
  const seeded = SEED_DOMAINS.get(ascii);
  const found = seeded?.emails.find((e) => e.local === local);
  const checks = {
    regexp: true, gibberish: looksGibberish(local), disposable: false, webmail: false, mx_records: true,
    smtp_server: true, smtp_check: true, accept_all: false, block: false,
  };
  let status: Status = 'valid';
  let score = 85 + (hashString(email.toLowerCase()) % 15);
  const bare = local.replace(/^slow[-.]?/, '');

  if (WEBMAIL_DOMAINS.has(ascii)) {
    // "Webmails are not verified": every check runs but the SMTP server is not reached.
    status = 'webmail'; score = 50; Object.assign(checks, { webmail: true, smtp_server: false, smtp_check: false });
  } else if (DISPOSABLE_DOMAINS.has(ascii)) {
    status = 'disposable'; score = 5; Object.assign(checks, { disposable: true, smtp_check: false });
  } else if (ascii === 'no-mx.example' || ascii.endsWith('.invalid')) {
    status = 'invalid'; score = 0; Object.assign(checks, { mx_records: false, smtp_server: false, smtp_check: false });
  } else if (ascii === 'accept-all.example' || seeded?.accept_all) {
    status = 'accept_all'; score = 70; Object.assign(checks, { accept_all: true });
  } else if (/^(invalid|bounce)/.test(bare)) {
    status = 'invalid'; score = 3; Object.assign(checks, { smtp_check: false });
  } else if (bare.startsWith('unknown')) {
    status = 'unknown'; score = 40; Object.assign(checks, { smtp_server: false, smtp_check: false, block: true });
  }
  const result = status === 'valid' ? 'deliverable' : status === 'invalid' ? 'undeliverable' : 'risky';
  const sources: Source[] = found?.sources ?? [];
  return { status, result, score, email, ...checks, sources };
}

export function emailVerifier(ctx: RouteContext): Reply {
  const account = requireAccount(ctx);
  const email = textParam(ctx.query, 'email');
  if (!email) throw wrongParams('You are missing the email parameter');
  const address = parseAddress(email);
  if (!address) throw wrongParams('The email parameter is not a valid email address');
  const meta = { params: { email } };
  const pendingKey = `${account.key}|${email.toLowerCase()}`;

  // A poll of a verification already running: counted once, when it started.
  const pending = ctx.state.verifierPending.get(pendingKey);
  if (pending !== undefined) {
    if (pending > 0) {
      ctx.state.verifierPending.set(pendingKey, pending - 1);
      return { status: 202, body: { data: { email }, meta } };
    }
    ctx.state.verifierPending.delete(pendingKey);
    return ok({ data: verdict(email, address.local, address.ascii), meta });
  }

  assertCredit(ctx.state, account, 'verifications', ctx.now);
  if (address.local === 'smtp-fail') {
    return {
      status: 222,
      body: { errors: [{ id: 'smtp_failed', code: 222, details: 'The remote SMTP server failed to answer the verification. This is outside our control: retry later.' }] },
    };
  }
  if (address.local === 'restricted') {
    throw new ApiFailure(451, 'claimed_email', 'The owner of this email address asked us to stop processing it: it cannot be verified.');
  }
  spendCredit(ctx.state, account, 'verifications', ctx.now);
  if (address.local.startsWith('slow')) {
    ctx.state.verifierPending.set(pendingKey, SLOW_POLLS - 1);
    return { status: 202, body: { data: { email }, meta } };
  }
  return ok({ data: verdict(email, address.local, address.ascii), meta });
}
