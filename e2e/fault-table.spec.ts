import type { BrowserContext, Locator, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PopupPage } from './pages/popup-page';
import { PopupTools } from './pages/popup-tools';

// Every failure the API (or the network) can hand a lookup, on each family of calls the popup makes: the
// sentence the user sees, and how many calls reached the API — never one more than the rule allows (a 5xx or a
// rate-limit 403 carries no result and is retried; a paid call whose answer was lost in a timeout or a dropped
// connection may have been served and is not; a free call is retried either way). Writes: fault-table-writes.spec.ts.
// The e2e build times a request out after 5 s (lib/build-mode.ts), so the timeout rows cost seconds, not 20–25 s.

type Fault = { status: number; count?: number; id?: string; malformed?: boolean; hang?: boolean; drop?: boolean };
/** No network at all (Chromium's offline emulation, which reaches the extension's worker): nothing reaches the API. */
const OFFLINE = 'offline' as const;
interface Row {
  fault: string;
  inject: Fault | typeof OFFLINE;
  /** What the user reads; null when the lookup ends with its answer. */
  sentence: string | null;
  calls: number;
}

const NETWORK = 'Quarry could not reach the API. Check your connection.';
const MALFORMED = 'The API answered with something Quarry does not understand.';
const COMMON: Row[] = [
  { fault: '400', inject: { status: 400 }, sentence: 'The API did not accept this request.', calls: 1 },
  { fault: '401', inject: { status: 401 }, sentence: 'The API key was refused. Check it in the options.', calls: 1 },
  { fault: '403 (not a rate limit)', inject: { status: 403, id: 'forbidden' }, sentence: 'The API refused this request (403).', calls: 1 },
  { fault: '403 rate limit, once', inject: { status: 403 }, sentence: null, calls: 2 },
  { fault: '404', inject: { status: 404 }, sentence: 'Not found', calls: 1 },
  // The docs' 422 is "the creation of the resource failed": on a lookup nothing was being saved.
  { fault: '422', inject: { status: 422 }, sentence: 'The API could not carry out this request.', calls: 1 },
  { fault: '429', inject: { status: 429 }, sentence: 'Your monthly quota is used up.', calls: 1 },
  { fault: '451', inject: { status: 451 }, sentence: 'its owner asked for their data not to be used', calls: 1 },
  { fault: '503, once', inject: { status: 503 }, sentence: null, calls: 2 },
  { fault: '500, every time', inject: { status: 500, count: 10 }, sentence: 'The API had a problem on its side. Try again later.', calls: 4 },
  { fault: 'timeout', inject: { status: 200, hang: true }, sentence: 'The API took too long to answer. Try again.', calls: 1 },
  { fault: 'connection dropped', inject: { status: 200, drop: true }, sentence: NETWORK, calls: 1 },
  { fault: 'malformed body', inject: { status: 200, malformed: true }, sentence: MALFORMED, calls: 1 },
  { fault: '202 (not an answer)', inject: { status: 202 }, sentence: MALFORMED, calls: 1 },
];

/** Offline, then the network back and the user's "Try again": one call, the answer. */
const OFFLINE_ROW: Row = { fault: 'offline, then back', inject: OFFLINE, sentence: NETWORK, calls: 0 };

interface Shown {
  /** Where the sentence appears. */
  said: Locator;
  answer: Locator;
  answered: string;
  /** Whatever failed, what else the popup showed is still there. */
  kept?: Locator;
}

interface Family {
  path: string;
  rows: Row[];
  /** Opens the popup (before or after the fault is armed, as the family needs) and shows what it shows. */
  run(args: { context: BrowserContext; serviceWorker: Worker; extensionId: string; arm: () => Promise<void> }): Promise<Shown & { again(): Promise<void> }>;
}

/** The finder and verifier: the popup is open on stripe.com, then the user asks. */
function asked(ask: (popup: PopupTools) => Promise<void>, shown: (popup: PopupTools) => Shown, again: (popup: PopupTools) => Promise<void>): Family['run'] {
  return async ({ context, serviceWorker, extensionId, arm }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await arm();
    await ask(popup);
    return { ...shown(popup), again: () => again(popup) };
  };
}

/** The popup's opening on stripe.com: the paid domain search, the free count and account. */
function opening(shown: (popup: PopupPage) => Shown): Family['run'] {
  return async ({ context, serviceWorker, extensionId, arm }) => {
    const site = await context.newPage();
    await site.goto('https://www.stripe.com/jobs');
    await site.bringToFront();
    const tabId = await PopupPage.activeTabId(serviceWorker);
    await arm();
    const popup = await PopupPage.openForTab(context, extensionId, tabId);
    return { ...shown(popup), again: () => popup.alerts.getByRole('button', { name: 'Try again' }).click() };
  };
}

/** Faults a free call meets: the same statuses, but a lost answer is asked again. */
function freeRows(sentence: (row: Row) => string): Row[] {
  return COMMON.map((row): Row => {
    if (row.fault === 'timeout' || row.fault === 'connection dropped') return { ...row, fault: `${row.fault}, once`, sentence: null, calls: 2 };
    return row.sentence === null ? row : { ...row, sentence: sentence(row) };
  });
}

const FAMILIES: Record<string, Family> = {
  finder: {
    path: '/v2/email-finder',
    rows: [...COMMON, OFFLINE_ROW],
    run: asked(
      (popup) => popup.find({ first: 'Ada', last: 'Lovelace' }),
      (popup) => ({ said: popup.finder.getByRole('alert'), answer: popup.answer, answered: 'ada@stripe.com' }),
      (popup) => popup.finder.getByRole('alert').getByRole('button', { name: 'Try again' }).click(),
    ),
  },
  verifier: {
    path: '/v2/email-verifier',
    rows: [
      ...COMMON.filter((row) => !row.fault.startsWith('202')),
      { fault: '202, then the verdict', inject: { status: 202 }, sentence: null, calls: 2 },
      { fault: '222', inject: { status: 222 }, sentence: 'The mail server did not answer. Retry later.', calls: 1 },
      OFFLINE_ROW,
    ],
    run: asked(
      (popup) => popup.verify('ada@stripe.com'),
      (popup) => ({ said: popup.verifier.getByRole('alert'), answer: popup.verifier.getByText('Valid', { exact: true }), answered: 'Valid' }),
      (popup) => popup.verifier.getByRole('button', { name: 'Verify' }).click(),
    ),
  },
  'domain search': {
    path: '/v2/domain-search',
    // A 429 raises the one quota banner instead of an error on the list.
    rows: [...COMMON.map((row) => (row.fault === '429' ? { ...row, sentence: 'Your plan\'s searches are used up' } : row)), OFFLINE_ROW],
    // Its sentence is in the results' panel; a 429 raises the one quota banner above the tabs instead.
    run: opening((popup) => ({
      said: popup.page.getByRole('tabpanel').getByRole('alert').or(popup.alerts.filter({ hasText: 'used up' })),
      answer: popup.row('patrick@stripe.com'),
      answered: 'patrick@stripe.com',
    })),
  },
  'email count': {
    path: '/v2/email-count',
    // The count is a figure beside the company: without it the line says so, and the addresses still come.
    rows: freeRows(() => 'The number of addresses could not be read.'),
    run: opening((popup) => ({ said: popup.summary, answer: popup.summary, answered: 'addresses known', kept: popup.row('patrick@stripe.com') })),
  },
  account: {
    path: '/v2/account',
    rows: freeRows((row) => row.sentence!),
    run: opening((popup) => ({ said: popup.alerts, answer: popup.accountStrip, answered: 'Searches', kept: popup.row('patrick@stripe.com') })),
  },
};

for (const [family, { path, rows, run }] of Object.entries(FAMILIES)) {
  test.describe(`fault table: ${family}`, () => {
    for (const row of rows) {
      test(`${row.fault}: ${row.sentence ?? 'the answer, after a retry'} (${row.calls} call${row.calls === 1 ? '' : 's'})`, async ({ context, serviceWorker, extensionId, sandbox }) => {
        const offline = row.inject === OFFLINE;
        const arm = async () => (row.inject === OFFLINE ? context.setOffline(true) : sandbox.failNext({ path, ...row.inject }));
        const shown = await run({ context, serviceWorker, extensionId, arm });
        if (row.sentence === null) await expect(shown.answer).toContainText(shown.answered, { timeout: 15_000 });
        else await expect(shown.said.filter({ hasText: row.sentence })).toBeVisible({ timeout: 15_000 });
        if (shown.kept) await expect(shown.kept).toBeVisible();
        // Nothing sent twice: exactly the calls the rule allows, and (once the answer or sentence is shown) no more.
        expect(await sandbox.requests(path)).toHaveLength(row.calls);
        if (offline) {
          // Nothing lost: with the network back, the user's "Try again" asks once and gets the answer.
          await context.setOffline(false);
          await shown.again();
          await expect(shown.answer).toContainText(shown.answered);
          expect(await sandbox.requests(path)).toHaveLength(1);
        }
      });
    }
  });
}
