import { expect, test } from './support/fixtures';
import { BulkPage } from './pages/bulk-page';

test.describe('bulk jobs', () => {
  test('a small Domains job: invalid and duplicate rows shown, priced, run once each, exported', async ({ context, extensionId, sandbox }) => {
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Domains');
    await bulk.paste('website\nhttps://www.Stripe.com/about\nasana.com\nnot a domain\nstripe.com\ngmail.com\n');
    await expect(bulk.cost).toContainText('Distinct questions: 2');
    await expect(bulk.cost).toContainText('Paid calls: 2');
    await expect(bulk.cost).toContainText('Duplicate rows, asked once: 1');
    await expect(bulk.invalidRows).toContainText('Line 4: not a company domain');
    await expect(bulk.invalidRows).toContainText('Line 6: a webmail domain, not a company');
    await bulk.button('Start').click();
    await bulk.waitUntilFinished(20_000);
    const searches = await sandbox.requests('/v2/domain-search');
    expect(searches.map((r) => r.query.domain).sort()).toEqual(['asana.com', 'stripe.com']);
    await expect(bulk.results).toContainText('stripe.com');
  });
});
