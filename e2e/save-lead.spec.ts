import { expect, test } from './support/fixtures';
import { SANDBOX_URL } from './support/constants';
import { PopupTools } from './pages/popup-tools';

type Lead = Record<string, unknown>;
const leadsWith = async (sandbox: { state(): Promise<{ leads: Lead[] }> }, email: string) =>
  (await sandbox.state()).leads.filter((lead) => lead.email === email);

test.describe('save as lead', () => {
  test('saves the finder’s answer into the chosen list, with everything it knows', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.chooseList('Prospects');
    await popup.find({ first: 'Γιώργος', last: 'Παπαδόπουλος' });
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Saved to Prospects');

    const [lead, ...more] = await leadsWith(sandbox, 'giorgos@stripe.com');
    expect(more).toEqual([]);
    expect(lead).toMatchObject({
      leads_list_id: 2,
      first_name: 'Γιώργος',
      last_name: 'Παπαδόπουλος',
      position: 'Product Manager',
      company: 'Stripe',
      website: 'https://stripe.com',
    });
    expect(lead!.confidence_score).toEqual(expect.any(Number));
    expect(lead!.source).toMatch(/^https:\/\//);
    // Asked once, on save: not for every row on open.
    expect((await sandbox.requests('/v2/leads/exist')).map((r) => r.query.email)).toEqual(['giorgos@stripe.com']);
  });

  test('the popup reads every page of leads lists: a default list past the first 100 is the one picked', async ({ context, serviceWorker, extensionId, sandbox }) => {
    // 101 newer lists push "My leads list" (the oldest, id 1) onto the second page of 100.
    for (let i = 1; i <= 101; i++) {
      const created = await fetch(`${SANDBOX_URL}/v2/leads_lists`, {
        method: 'POST',
        headers: { 'X-API-KEY': 'sandbox-demo-key', 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `Campaign ${i}` }),
      });
      expect(created.status).toBe(201);
    }
    await serviceWorker.evaluate(() => chrome.storage.local.set({ defaultListId: 1 }));
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await expect(popup.leadsList.getByRole('option')).toHaveCount(103);
    await expect(popup.leadsList.locator('option:checked')).toHaveText('My leads list');
    const pages = (await sandbox.requests('/v2/leads_lists')).filter((r) => r.method === 'GET').map((r) => `${r.query.offset ?? 0}+${r.query.limit}`);
    expect(pages).toEqual(['0+100', '100+100']);
  });

  test('a list created inline is used and remembered for the next open', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.page.getByRole('button', { name: 'New list…' }).click();
    await popup.page.getByRole('textbox', { name: 'New list name' }).fill('Payments people');
    await popup.page.getByRole('button', { name: 'Create list' }).click();
    await expect(popup.leadsList.locator('option:checked')).toHaveText('Payments people');
    await popup.find({ full: 'Jeremy Hoon' });
    // hoon@stripe.com is already a lead (seeded in "My leads list"): it is not created twice.
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Already in list My leads list');
    expect(await leadsWith(sandbox, 'hoon@stripe.com')).toHaveLength(1);

    const again = await PopupTools.openOn(context, serviceWorker, extensionId);
    await expect(again.leadsList.locator('option:checked')).toHaveText('Payments people');
  });

  test('a saved address reopens as saved, without asking the API again, and keeps one lead', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.chooseList('Prospects');
    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await expect(popup.answer).toContainText('ada@stripe.com');
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Saved to Prospects');

    // The outbox remembers the delivered save: a later popup says so instead of offering to save it again.
    const second = await PopupTools.openOn(context, serviceWorker, extensionId);
    await second.find({ first: 'Ada', last: 'Lovelace' });
    await expect(second.answer.getByRole('status')).toHaveText('Saved to Prospects');
    expect((await sandbox.requests('/v2/leads/exist')).map((r) => r.query.email)).toEqual(['ada@stripe.com']);
    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(1);
    expect((await sandbox.requests('/v2/leads')).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('a 422 shows the API’s reason', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    const listId = await popup.chooseListDeletedElsewhere('Short-lived');

    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('alert')).toContainText(`The leads list ${listId} does not exist`);
    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(0);
  });

  test('a save made while the API is unreachable waits, then is delivered exactly once', async ({ context, serviceWorker, extensionId, sandbox }) => {
    test.setTimeout(60_000);
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.chooseList('Prospects');
    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await expect(popup.answer).toContainText('ada@stripe.com');
    // Every attempt of the save (the first try and the client's 3 retries) meets a 503.
    await sandbox.failNext({ path: '/v2/leads/exist', status: 503, count: 4 });
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Pending — will be saved when the connection is back');
    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(0);

    // The network is back: the outbox delivers on its own, and the button says so.
    await expect(popup.answer.getByRole('status')).toHaveText('Saved to Prospects', { timeout: 20_000 });
    const leads = await leadsWith(sandbox, 'ada@stripe.com');
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ leads_list_id: 2, first_name: 'Ada', last_name: 'Lovelace' });
    const posts = (await sandbox.requests('/v2/leads')).filter((r) => r.method === 'POST' && r.path === '/v2/leads');
    expect(posts).toHaveLength(1);
  });

  test('a queued save survives closing the popup and shows as pending when it is reopened', async ({ context, serviceWorker, extensionId, sandbox }) => {
    test.setTimeout(60_000);
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.chooseList('Prospects');
    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await expect(popup.answer).toContainText('ada@stripe.com');
    await sandbox.failNext({ path: '/v2/leads/exist', status: 503, count: 12 });
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Pending — will be saved when the connection is back');
    await popup.page.close();

    const reopened = await PopupTools.openOn(context, serviceWorker, extensionId);
    await reopened.find({ first: 'Ada', last: 'Lovelace' });
    await expect(reopened.answer.getByRole('status')).toHaveText('Pending — will be saved when the connection is back');
    // Whatever faults are left, "Retry now" and the automatic retries end in one lead.
    await expect(async () => {
      await reopened.answer.getByRole('button', { name: 'Retry now' }).click({ timeout: 1_000 }).catch(() => {});
      await expect(reopened.answer.getByRole('status')).toHaveText('Saved to Prospects', { timeout: 2_000 });
    }).toPass({ timeout: 40_000 });
    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(1);
  });
});
