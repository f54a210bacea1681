import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { BulkPage } from './pages/bulk-page';
import { domainRows } from './support/bulk-rows';

// Item 2 of the bulk page's follow-up: every kept job is listed (kind, date, size, state), opens, and is
// deleted only after a confirmation.

async function runSmallJob(bulk: BulkPage, kind: 'Domains' | 'Addresses', rows: string[]) {
  await bulk.kind(kind);
  await bulk.paste(rows.join('\n'));
  await expect(bulk.cost).toContainText(`Distinct questions: ${rows.length - 1}`);
  await bulk.button('Start').click();
  await bulk.waitUntilFinished(20_000);
}

test.describe('the list of bulk jobs', () => {
  test('earlier jobs are listed; one opens from the keyboard, one is deleted after a confirmation', async ({ context, extensionId }) => {
    // Two small jobs and four axe passes (two states, light and dark): more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const bulk = await BulkPage.open(context, extensionId);
    await runSmallJob(bulk, 'Domains', ['domain', 'asana.com', 'stripe.com']);
    await bulk.button('New job').click();
    await runSmallJob(bulk, 'Addresses', ['email', 'ada@asana.com', 'alan@asana.com', 'grace@asana.com']);

    await bulk.button('All jobs').click();
    const jobs = bulk.page.getByRole('table', { name: 'Your jobs' });
    const lines = jobs.locator('tbody tr');
    await expect(lines).toHaveCount(2);
    // Newest first, each with its kind, size and state.
    await expect(lines.nth(0)).toContainText('Addresses');
    await expect(lines.nth(0)).toContainText('3 rows, 3 questions');
    await expect(lines.nth(0)).toContainText('Finished');
    await expect(lines.nth(1)).toContainText('Domains');
    await expect(lines.nth(1)).toContainText('2 rows, 2 questions');
    await expectAccessible(bulk.page, 'the list of jobs');

    // Open the older job with the keyboard alone.
    await bulk.page.getByRole('button', { name: /^Open the Domains job, pasted rows, started / }).focus();
    await bulk.page.keyboard.press('Enter');
    await expect(bulk.page.getByRole('heading', { name: 'Domains — pasted rows' })).toBeVisible();
    await expect(bulk.results).toContainText('stripe.com');

    // Delete the Addresses job: "Keep" leaves it, "Delete job" removes it.
    await bulk.button('All jobs').click();
    const deleteAddresses = bulk.page.getByRole('button', { name: /^Delete the Addresses job/ });
    await deleteAddresses.click();
    const confirm = bulk.page.getByRole('group', { name: /^Delete the Addresses job/ });
    await expect(confirm).toContainText('Delete this job and its results? This cannot be undone.');
    await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
    await expectAccessible(bulk.page, 'a job about to be deleted');
    await confirm.getByRole('button', { name: 'Keep' }).focus();
    await bulk.page.keyboard.press('Enter');
    await expect(deleteAddresses).toBeFocused();
    await expect(lines).toHaveCount(2);
    await deleteAddresses.click();
    await confirm.getByRole('button', { name: 'Delete job' }).click();
    await expect(bulk.page.getByRole('status').filter({ hasText: 'Job deleted.' })).toBeVisible();
    await expect(lines).toHaveCount(1);
    await expect(jobs).not.toContainText('Addresses');

    // Gone for good: a reload opens the job that is left, and the list still holds only it.
    await bulk.page.reload();
    await expect(bulk.page.getByRole('heading', { name: 'Domains — pasted rows' })).toBeVisible();
    await bulk.button('All jobs').click();
    await expect(lines).toHaveCount(1);
    await expect(lines.nth(0)).toContainText('Domains');
  });

  test('deleting a running job stops it: the sandbox gets none of its questions after that', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(60_000);
    await sandbox.latency(150);
    const bulk = await BulkPage.open(context, extensionId);
    await bulk.kind('Domains');
    await bulk.paste(['domain', ...domainRows(200)].join('\n'));
    await expect(bulk.cost).toContainText('Distinct questions: 200');
    await bulk.button('Start').click();
    await expect.poll(() => bulk.answered()).toBeGreaterThan(3);

    await bulk.button('All jobs').click();
    const lines = bulk.page.getByRole('table', { name: 'Your jobs' }).locator('tbody tr');
    await expect(lines.nth(0)).toContainText('Running');
    await bulk.page.getByRole('button', { name: /^Delete the Domains job/ }).click();
    const confirm = bulk.page.getByRole('group', { name: /^Delete the Domains job/ });
    await expect(confirm).toContainText('This job is running: delete it? It stops, and its results are lost.');
    await confirm.getByRole('button', { name: 'Delete job' }).click();
    await expect(bulk.page.getByText('No job yet.', { exact: false })).toBeVisible();
    const askedBeforeDelete = (await sandbox.requests('/v2/domain-search')).length;
    expect(askedBeforeDelete).toBeLessThan(200);

    // A new job run to its end after the deletion: by then the deleted one would have gone on asking.
    await bulk.button('New job').click();
    await runSmallJob(bulk, 'Domains', ['domain', 'asana.com', 'intercom.io']);
    const after = (await sandbox.requests('/v2/domain-search')).map((r) => String(r.query.domain));
    expect(after.filter((d) => d.startsWith('company'))).toHaveLength(askedBeforeDelete);
    expect(after.filter((d) => !d.startsWith('company')).sort()).toEqual(['asana.com', 'intercom.io']);
  });
});
