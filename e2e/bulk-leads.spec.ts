import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { BulkPage } from './pages/bulk-page';
import type { SandboxControl } from './support/sandbox-control';

// Issue 10 item 6: "Save all as leads" on a job's results, into a chosen list, through the outbox: one POST
// /leads per saved address, none for the rows skipped (no name), none for an address already a lead, and
// none twice.

async function posts(sandbox: SandboxControl) {
  const all = await sandbox.requests('/v2/leads');
  return all.filter((r) => r.method === 'POST' && r.path === '/v2/leads').map((r) => r.body as Record<string, unknown>);
}

async function finishedDomainsJob(bulk: BulkPage, domains: string[]) {
  await bulk.kind('Domains');
  await bulk.paste(['domain', ...domains].join('\n'));
  await expect(bulk.cost).toContainText(`Distinct questions: ${domains.length}`);
  await bulk.button('Start').click();
  await bulk.waitUntilFinished(20_000);
}

test.describe('save a bulk job’s results as leads', () => {
  test('named addresses go into the chosen list once each; a nameless one is named inline; the rest are skipped with the reason', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(90_000);
    const bulk = await BulkPage.open(context, extensionId);
    await finishedDomainsJob(bulk, ['asana.com', 'intercom.io']);

    await bulk.button('Save all as leads').click();
    const panel = bulk.page.getByRole('region', { name: 'Save as leads' });
    await panel.getByRole('combobox', { name: 'Leads list' }).selectOption({ label: 'Prospects' });
    const summary = panel.getByRole('list', { name: 'What will be saved' });
    await expect(summary).toContainText('17 addresses to save.');
    await expect(summary).toContainText('3 have no first or last name: add one below, or they are skipped (a lead needs both).');
    const nameless = panel.getByRole('list', { name: 'Addresses without a name' });
    await expect(nameless.getByRole('listitem')).toHaveCount(3);
    await expect(nameless.getByRole('listitem').filter({ hasText: 'support@asana.com (line 2)' })).toContainText('Skipped: no first or last name.');
    await expectAccessible(bulk.page, 'save as leads, before saving');

    await panel.getByRole('button', { name: 'Save 17 as leads' }).click();
    const progress = panel.getByRole('progressbar', { name: 'Saving leads' });
    await expect(progress).toHaveAttribute('aria-valuenow', '17', { timeout: 30_000 });
    // Dustin Moskovitz and Ciaran Lee are already leads in the sandbox: looked up, not created again.
    await expect(panel.getByText('Saved: 15')).toBeVisible();
    await expect(panel.getByText('Already in a list: 2')).toBeVisible();
    await expect(panel.getByText('Failed: 0')).toBeVisible();
    let sent = await posts(sandbox);
    expect(sent).toHaveLength(15);
    expect(new Set(sent.map((b) => b.email)).size).toBe(15);
    for (const body of sent) {
      expect(body.leads_list_id).toBe(2);
      expect(String(body.first_name ?? '').trim()).not.toBe('');
      expect(String(body.last_name ?? '').trim()).not.toBe('');
    }
    expect(sent.map((b) => b.email)).not.toContain('dustin@asana.com');
    expect(sent.map((b) => b.email)).not.toContain('ciaran@intercom.io');

    // One nameless address named in place, and saved.
    await panel.getByRole('button', { name: 'Add a name for info@asana.com' }).click();
    const form = panel.getByRole('form', { name: 'Name of the lead' });
    await form.getByRole('textbox', { name: 'First name' }).fill('Inès');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Fontaine');
    await form.getByRole('button', { name: 'Save lead' }).click();
    await expect(panel.getByText('Saved: 16')).toBeVisible({ timeout: 15_000 });
    sent = await posts(sandbox);
    expect(sent).toHaveLength(16);
    expect(sent[15]).toMatchObject({ email: 'info@asana.com', first_name: 'Inès', last_name: 'Fontaine', leads_list_id: 2 });
    // The other two stay skipped, and were never sent.
    await expect(nameless.getByRole('listitem')).toHaveCount(2);
    expect(sent.map((b) => b.email)).not.toContain('support@asana.com');
    expect(sent.map((b) => b.email)).not.toContain('marta@intercom.io');

    // Saved addresses are not saved twice: not now, and not after the page is opened again.
    await expect(summary).toContainText('0 addresses to save.');
    await expect(summary).toContainText('18 already saved from this job: not saved again.');
    await expect(panel.getByRole('button', { name: 'Save 0 as leads' })).toBeDisabled();
    await bulk.page.reload();
    await bulk.button('Save all as leads').click();
    await expect(summary).toContainText('18 already saved from this job: not saved again.');
    await expect(panel.getByRole('button', { name: 'Save 0 as leads' })).toBeDisabled();
    expect(await posts(sandbox)).toHaveLength(16);
  });

  test('a save the API refuses is listed with its reason; saving again sends only that one', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(90_000);
    const bulk = await BulkPage.open(context, extensionId);
    await finishedDomainsJob(bulk, ['intercom.io']);
    await bulk.button('Save all as leads').click();
    const panel = bulk.page.getByRole('region', { name: 'Save as leads' });
    const summary = panel.getByRole('list', { name: 'What will be saved' });
    await expect(summary).toContainText('9 addresses to save.');
    await expect(panel.getByRole('combobox', { name: 'Leads list' })).toBeEnabled();
    await sandbox.failNext({ path: '/v2/leads', status: 422, count: 1 });
    await panel.getByRole('button', { name: 'Save 9 as leads' }).click();
    const progress = panel.getByRole('progressbar', { name: 'Saving leads' });
    await expect(progress).toHaveAttribute('aria-valuenow', '9', { timeout: 30_000 });
    await expect(panel.getByText('Failed: 1')).toBeVisible();
    const failedList = panel.getByRole('list', { name: 'Leads not saved' });
    await expect(failedList.getByRole('listitem')).toHaveCount(1);
    const failedText = (await failedList.getByRole('listitem').textContent())!;
    const failedEmail = failedText.split(':')[0]!;
    expect(failedEmail).toMatch(/@intercom\.io$/);
    expect(failedText.length).toBeGreaterThan(failedEmail.length + 5);
    expect((await posts(sandbox)).map((b) => b.email)).not.toContain(failedEmail);
    await expect(summary).toContainText('1 addresses to save.');

    await panel.getByRole('button', { name: 'Save 1 as leads' }).click();
    await expect(panel.getByText('Failed: 0')).toBeVisible({ timeout: 15_000 });
    await expect(progress).toHaveAttribute('aria-valuenow', '9');
    await expect(failedList).toHaveCount(0);
    // 9 addresses, one of them (ciaran@intercom.io) already a lead: 8 created, each once.
    const sent = (await posts(sandbox)).map((b) => b.email);
    expect(sent).toHaveLength(8);
    expect(new Set(sent).size).toBe(8);
    expect(sent).not.toContain('ciaran@intercom.io');
  });
});
