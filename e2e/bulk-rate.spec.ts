import { durationAtRate } from '../lib/bulk/cost';
import { DEFAULT_RATE_RULES } from '../lib/hunter/rate-limiter';
import { expect, test } from './support/fixtures';
import { BulkPage } from './pages/bulk-page';
import { addressRows, domainRows, nameRows } from './support/bulk-rows';

// SPEC §7: a bulk job runs at >= 95% of the API's allowed rate with no rate-limit error, over 1,000 rows. The
// sandbox enforces both the per-second and the per-minute limits, so each of these takes the minutes the
// limits impose (~1.5 min for searches, ~3.2 min for verifications).

const ROWS = 1000;

const cases = [
  { kind: 'Domains', path: '/v2/domain-search', family: 'search', text: () => ['domain', ...domainRows(ROWS)].join('\n') },
  { kind: 'Names', path: '/v2/email-finder', family: 'search', text: () => ['name,domain', ...nameRows(ROWS)].join('\n') },
  { kind: 'Addresses', path: '/v2/email-verifier', family: 'verify', text: () => ['email', ...addressRows(ROWS)].join('\n') },
] as const;

for (const c of cases) {
  test(`${c.kind}: 1,000 rows at >= 95% of the allowed rate, every row asked once, no 403`, async ({ context, extensionId, sandbox }) => {
    test.setTimeout(c.family === 'verify' ? 300_000 : 180_000);
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind(c.kind);
    await bulk.paste(c.text());
    await expect(bulk.cost).toContainText(`Distinct questions: ${ROWS}`);
    await bulk.button('Start').click();
    await expect(bulk.progressbar).toBeVisible();
    await bulk.waitUntilFinished(c.family === 'verify' ? 280_000 : 160_000);
    await expect(bulk.page.getByText(`Done: ${ROWS}`)).toBeVisible();

    const requests = await sandbox.requests(c.path);
    expect(requests.filter((r) => r.status === 403)).toEqual([]);
    expect(requests).toHaveLength(ROWS);
    const asked = new Set(requests.map((r) => JSON.stringify(r.query)));
    expect(asked.size).toBe(ROWS);

    const times = requests.map((r) => r.at).sort((a, b) => a - b);
    const took = times[times.length - 1]! - times[0]!;
    const ideal = durationAtRate(ROWS, DEFAULT_RATE_RULES[c.family]);
    const ratio = ideal / took;
    console.log(`bulk ${c.kind}: ${ROWS} requests in ${took} ms, ideal ${ideal} ms, ratio ${ratio.toFixed(3)}`);
    expect(ratio).toBeGreaterThanOrEqual(0.95);
  });
}
