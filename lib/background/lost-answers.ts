import { browser } from 'wxt/browser';
import { AppError } from './app-error';

// The browser may stop the worker while a paid question is out. Its answer is then lost, but the API may have
// served and counted it, so it is never sent again on its own. Each paid question the popup or the menu asks is
// marked in storage.session while it is out; the mark goes once its answer is in the cache. A question found
// marked by a new worker was cut short: the asker is told so (with "Try again") instead of paying twice — except a
// verification the API already answered 202 for: polling it again is counted once (API docs), so it is resumed.

const PREFIX = 'asked:';
/** A verification started longer ago than this is not resumed: the user has long moved on. */
const RESUME_WITHIN_MS = 10 * 60_000;

export interface AskedQuestion {
  endpoint: string;
  params: Record<string, unknown>;
  at: number;
  /** The API answered 202 (still verifying): asking again polls the same verification, counted once. */
  pending: boolean;
}

function session() {
  return browser.storage.session;
}

async function read(key: string): Promise<AskedQuestion | null> {
  const found = await session().get(PREFIX + key);
  return (found[PREFIX + key] as AskedQuestion | undefined) ?? null;
}

async function write(key: string, question: AskedQuestion): Promise<void> {
  await session().set({ [PREFIX + key]: question });
}

/** The answer is in the cache (or the question failed with an answer): nothing is left out. */
export async function forgetAsked(key: string): Promise<void> {
  await session().remove(PREFIX + key);
}

export function interruptedError(): AppError {
  return new AppError({
    kind: 'interrupted',
    status: null,
    message: 'The worker stopped while this paid question was out: its answer was lost and it may have been counted',
  });
}

/**
 * Sends a paid question (cache key `key`) with its mark set; `ask` gets a callback for the API's first 202.
 * A mark left by a stopped worker throws 'interrupted' (and is cleared, so "Try again" asks), unless it was pending.
 */
export async function askMarked<T>(
  key: string,
  question: Pick<AskedQuestion, 'endpoint' | 'params'>,
  ask: (onPending: () => void) => Promise<T>,
  now: () => number = Date.now,
): Promise<T> {
  const left = await read(key);
  if (left && !left.pending) {
    await forgetAsked(key);
    throw interruptedError();
  }
  const mark: AskedQuestion = { ...question, at: left?.at ?? now(), pending: left?.pending ?? false };
  await write(key, mark);
  return ask(() => void write(key, { ...mark, pending: true }));
}

/** The verifications a stopped worker was polling (202 seen), recent enough to resume. */
export async function pendingVerifications(now: number = Date.now()): Promise<AskedQuestion[]> {
  const all = await session().get(null);
  return Object.entries(all)
    .filter(([name]) => name.startsWith(PREFIX))
    .map(([, value]) => value as AskedQuestion)
    .filter((q) => q.endpoint === 'email-verifier' && q.pending && now - q.at < RESUME_WITHIN_MS);
}
