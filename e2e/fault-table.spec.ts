import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PopupTools } from './pages/popup-tools';

// Every failure the API (or the network) can hand a paid lookup, on each paid family: the sentence the user
// sees, and how many calls reached the API — never one more than the rule allows (a 5xx or a rate-limit 403
// carries no result and is retried; a timeout or a dropped connection may have been served and is not).

type Fault = { status: number; count?: number; id?: string; malformed?: boolean; hang?: boolean; drop?: boolean };
interface Row {
  fault: string;
  inject: Fault;
  /** What the user reads; null when the lookup ends with its answer. */
  sentence: string | null;
  calls: number;
}

const COMMON: Row[] = [
  { fault: '400', inject: { status: 400 }, sentence: 'The API did not accept this request.', calls: 1 },
  { fault: '401', inject: { status: 401 }, sentence: 'The API key was refused. Check it in the options.', calls: 1 },
  { fault: '403 (not a rate limit)', inject: { status: 403, id: 'forbidden' }, sentence: 'The API refused this request (403).', calls: 1 },
  { fault: '403 rate limit, once', inject: { status: 403 }, sentence: null, calls: 2 },
  { fault: '404', inject: { status: 404 }, sentence: 'Not found', calls: 1 },
  { fault: '422', inject: { status: 422 }, sentence: 'The API could not save this.', calls: 1 },
  { fault: '429', inject: { status: 429 }, sentence: 'Your monthly quota is used up.', calls: 1 },
  { fault: '451', inject: { status: 451 }, sentence: 'its owner asked for their data not to be used', calls: 1 },
  { fault: '503, once', inject: { status: 503 }, sentence: null, calls: 2 },
  { fault: '500, every time', inject: { status: 500, count: 10 }, sentence: 'The API had a problem on its side. Try again later.', calls: 4 },
  { fault: 'timeout', inject: { status: 200, hang: true }, sentence: 'The API took too long to answer. Try again.', calls: 1 },
  { fault: 'offline (connection dropped)', inject: { status: 200, drop: true }, sentence: 'Quarry could not reach the API. Check your connection.', calls: 1 },
  { fault: 'malformed body', inject: { status: 200, malformed: true }, sentence: 'The API answered with something Quarry does not understand.', calls: 1 },
];

const FAMILIES: Record<string, { path: string; rows: Row[]; run(popup: PopupTools): Promise<{ region: Locator; answer: Locator; answered: string }> }> = {
  finder: {
    path: '/v2/email-finder',
    rows: [...COMMON, { fault: '202 (not a finder answer)', inject: { status: 202 }, sentence: 'The API answered with something Quarry does not understand.', calls: 1 }],
    async run(popup: PopupTools) {
      await popup.find({ first: 'Ada', last: 'Lovelace' });
      return { region: popup.finder, answer: popup.answer, answered: 'ada@stripe.com' };
    },
  },
  verifier: {
    path: '/v2/email-verifier',
    rows: [
      ...COMMON,
      { fault: '202, then the verdict', inject: { status: 202 }, sentence: null, calls: 2 },
      { fault: '222', inject: { status: 222 }, sentence: 'The mail server did not answer. Retry later.', calls: 1 },
    ],
    async run(popup: PopupTools) {
      await popup.verify('ada@stripe.com');
      return { region: popup.verifier, answer: popup.verifier.getByText('Valid', { exact: true }), answered: 'Valid' };
    },
  },
};

for (const [family, { path, rows, run }] of Object.entries(FAMILIES)) {
  test.describe(`fault table: ${family}`, () => {
    for (const row of rows) {
      test(`${row.fault}: ${row.sentence ?? 'the answer, after a retry'} (${row.calls} call${row.calls > 1 ? 's' : ''})`, async ({ context, serviceWorker, extensionId, sandbox }) => {
        test.setTimeout(row.inject.hang ? 75_000 : 40_000);
        const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
        await sandbox.failNext({ path, ...row.inject });
        const { region, answer, answered } = await run(popup);
        if (row.sentence === null) await expect(answer).toContainText(answered, { timeout: 20_000 });
        else await expect(region.getByRole('alert')).toContainText(row.sentence, { timeout: row.inject.hang ? 45_000 : 20_000 });
        // Nothing sent twice: exactly the calls the rule allows, and (once the answer or sentence is shown) no more.
        expect(await sandbox.requests(path)).toHaveLength(row.calls);
      });
    }
  });
}
