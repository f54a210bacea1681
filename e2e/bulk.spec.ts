import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { BulkPage } from './pages/bulk-page';
import { OptionsPage } from './pages/options-page';
import { domainRows, nameRows } from './support/bulk-rows';

/** Stops the extension's MV3 worker, as Chrome does when it is idle or under memory pressure. */
async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function useKey(context: BrowserContext, extensionId: string, key: string) {
  const options = await OptionsPage.open(context, extensionId);
  await options.saveKey(key);
  await expect(options.status).toContainText('The API accepted the key');
  await options.page.close();
}

test.describe('bulk jobs', () => {
  test('a small Domains job: invalid and duplicate rows shown, priced, run once each, exported', async ({ context, extensionId, sandbox }) => {
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Domains');
    await bulk.paste('website\nhttps://www.Stripe.com/about\nasana.com\nnot a domain\nstripe.com\ngmail.com\n');
    await expect(bulk.cost).toContainText('Distinct questions: 2');
    await expect(bulk.cost).toContainText('Paid calls: 2');
    await expect(bulk.cost).toContainText('Duplicate rows, asked once: 1');
    await expect(bulk.cost).toContainText('Your account has 4988 searches left.');
    await expect(bulk.invalidRows).toContainText('Line 4: not a company domain');
    await expect(bulk.invalidRows).toContainText('Line 6: a webmail domain, not a company');
    await bulk.button('Start').click();
    await bulk.waitUntilFinished(20_000);
    const searches = await sandbox.requests('/v2/domain-search');
    expect(searches.map((r) => r.query.domain).sort()).toEqual(['asana.com', 'stripe.com']);
    await expect(bulk.results).toContainText('asana.com');

    const download = bulk.page.waitForEvent('download');
    await bulk.button('Export CSV').click();
    const csv = await (await download).path().then((p) => import('node:fs/promises').then((fs) => fs.readFile(p, 'utf8')));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('website,email,score,status,sources,error,guessed');
    // Each of asana.com's 10 first addresses on its own line, with the input column as it was.
    expect(lines.filter((l) => l.startsWith('asana.com,') && l.includes('@asana.com'))).toHaveLength(10);
    expect(lines.some((l) => l.startsWith('not a domain,,,,,not a company domain,no'))).toBe(true);
    // A question already answered is free the next time: the same rows cost nothing now.
    await bulk.button('New job').click();
    await bulk.paste('website\nstripe.com\nasana.com\n');
    await expect(bulk.cost).toContainText('Answered by the cache, free: 2');
    await expect(bulk.cost).toContainText('Paid calls: 0');
  });

  test('a CSV file with a BOM, semicolons, quotes, bad rows and duplicates; Windows-1252 names read right', async ({ context, extensionId, sandbox }) => {
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Names');
    const text = 'Prénom;Nom;Site web\r\nAda;Lovelace;https://asana.com\r\n"Zoë";"Renée";asana.com\r\nMadonna;;asana.com\r\nAda;Lovelace;www.asana.com\r\nJean;Dupont;\r\n';
    await bulk.pickFile('salon.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    await expect(bulk.page.getByText('5 rows read, the first line is a header.')).toBeVisible();
    await expect(bulk.page.getByRole('combobox', { name: 'First name' })).toHaveValue('0');
    await expect(bulk.page.getByRole('combobox', { name: 'Last name' })).toHaveValue('1');
    await expect(bulk.page.getByRole('combobox', { name: 'Domain, website or address' })).toHaveValue('2');
    await expect(bulk.cost).toContainText('Distinct questions: 2');
    await expect(bulk.cost).toContainText('Duplicate rows, asked once: 1');
    await expect(bulk.invalidRows).toContainText('Line 4: only one name: first and last are needed');
    await expect(bulk.invalidRows).toContainText('Line 6: no domain or company');
    await bulk.button('Start').click();
    await bulk.waitUntilFinished(20_000);
    const finds = await sandbox.requests('/v2/email-finder');
    expect(finds.map((r) => `${r.query.first_name} ${r.query.last_name}`).sort()).toEqual(['Ada Lovelace', 'Zoë Renée']);

    // The same file saved by Excel on Windows (Windows-1252): the accents survive.
    await bulk.button('New job').click();
    await bulk.kind('Names');
    await bulk.pickFile('salon-1252.csv', Buffer.from(text, 'latin1'));
    await expect(bulk.cost).toContainText('Answered by the cache, free: 2');
  });

  test('the worker stopped mid-run: the job resumes, every row is answered, only those in flight asked again', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(90_000);
    await sandbox.latency(150);
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Domains');
    await bulk.paste(['domain', ...domainRows(120)].join('\n'));
    await expect(bulk.cost).toContainText('Distinct questions: 120');
    await bulk.button('Start').click();
    await expect.poll(() => bulk.answered(), { timeout: 30_000 }).toBeGreaterThan(30);
    await stopWorker(bulk.page);
    // The page's next poll wakes the worker, which picks the job up from IndexedDB.
    await bulk.waitUntilFinished(60_000);
    await expect(bulk.page.getByText('Done: 120')).toBeVisible();
    const requests = await sandbox.requests('/v2/domain-search');
    const domains = requests.map((r) => r.query.domain);
    expect(new Set(domains).size).toBe(120);
    // Asked twice: at most the requests that had left when the worker stopped, and the page says how many.
    const note = bulk.page.getByText(/questions were in flight when Quarry was stopped and were asked again/);
    const shown = (await note.count()) > 0 ? Number((await note.textContent())!.split(' ')[0]) : 0;
    expect(domains.length - 120).toBeLessThanOrEqual(shown);
    expect(shown).toBeLessThanOrEqual(24);
  });

  test('the tab closed mid-run: the job goes on in the background and the page shows it again', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(60_000);
    await sandbox.latency(100);
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Domains');
    await bulk.paste(['domain', ...domainRows(60)].join('\n'));
    await expect(bulk.cost).toContainText('Distinct questions: 60');
    await bulk.button('Start').click();
    await expect.poll(() => bulk.answered(), { timeout: 30_000 }).toBeGreaterThan(5);
    await bulk.page.close();
    await expect.poll(async () => (await sandbox.requests('/v2/domain-search')).length, { timeout: 30_000 }).toBe(60);
    const again = await BulkPage.open(context, extensionId);
    await again.waitUntilFinished(10_000);
    await expect(again.page.getByText('Done: 60')).toBeVisible();
    await again.page.getByRole('searchbox', { name: 'Filter results' }).fill('company59.com');
    await expect(again.page.getByText('1 of 60 rows')).toBeVisible();
    await expect(again.results).toContainText('company59.com');
  });

  test('a job larger than the quota says so and runs the part that fits', async ({ context, extensionId, sandbox }) => {
    await useKey(context, extensionId, 'sandbox-free-key');
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Names');
    await bulk.paste(['name,domain', ...nameRows(40)].join('\n'));
    await expect(bulk.cost).toContainText('Paid calls: 40');
    await expect(bulk.page.getByRole('alert')).toContainText('This job needs up to 40 paid calls, and your account has 25 searches left.');
    await bulk.button('Run the 25 that fit').click();
    await bulk.waitUntilFinished(20_000);
    await expect(bulk.page.getByText('Only the first 25 of 40 questions were run, to fit your quota.')).toBeVisible();
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(25);
    expect((await sandbox.requests('/v2/email-finder')).filter((r) => r.status !== 200)).toEqual([]);
  });

  test('a quota error pauses the job with the reason; Pause, Resume and Cancel', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(60_000);
    await sandbox.latency(100);
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Domains');
    await bulk.paste(['domain', ...domainRows(80)].join('\n'));
    await expect(bulk.cost).toContainText('Distinct questions: 80');
    await bulk.button('Start').click();
    await expect.poll(() => bulk.answered()).toBeGreaterThan(3);
    await sandbox.failNext({ path: '/v2/domain-search', status: 429, count: 1 });
    await expect(bulk.page.getByText(/Waiting: Your monthly quota is used up/)).toBeVisible({ timeout: 15_000 });
    const refused = (await sandbox.requests('/v2/domain-search')).find((r) => r.status === 429)!;
    await bulk.button('Resume').click();
    // The question the 429 refused is the first asked again.
    await expect.poll(async () => (await sandbox.requests('/v2/domain-search')).some((r) => r.status === 200 && r.query.domain === refused.query.domain)).toBe(true);
    await bulk.button('Pause').click();
    await expect(bulk.page.getByText('Paused.')).toBeVisible();
    await bulk.button('Cancel').click();
    await expect(bulk.page.getByText('Cancelled.')).toBeVisible();
    const domains = (await sandbox.requests('/v2/domain-search')).filter((r) => r.status === 200).map((r) => r.query.domain);
    expect(new Set(domains).size).toBe(domains.length);
  });
});
