import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { launchWithQuarry } from './support/launch';
import { LeadsPage } from './pages/leads-page';
import { PopupPage } from './pages/popup-page';
import { PopupTools } from './pages/popup-tools';

// Every write goes through the outbox: written first, then delivered, exactly once, whatever stops on the way;
// what fails for good is shown with its reason, Retry and Dismiss.

type Lead = Record<string, unknown>;
const leadsWith = async (sandbox: { state(): Promise<{ leads: Lead[] }> }, email: string) =>
  (await sandbox.state()).leads.filter((lead) => lead.email === email);
const posts = async (sandbox: { requests(prefix?: string): Promise<Array<{ method: string; path: string }>> }) =>
  (await sandbox.requests('/v2/leads')).filter((r) => r.method === 'POST' && r.path === '/v2/leads');

/** Stops every service worker, as Chrome does to an idle MV3 worker (RECIPES: "Stopping the MV3 worker"). */
async function stopWorkers(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test.describe('outbox: save as lead', () => {
  test('a row without names asks for them inline, pre-filled, and never sends an empty one', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/jobs');
    const info = popup.row('info@stripe.com');
    await info.getByRole('button', { name: 'Save as lead' }).click();
    const names = info.getByRole('form', { name: 'Name of the lead' });
    await expect(names).toContainText('A lead needs a first and a last name.');
    const save = names.getByRole('button', { name: 'Save lead' });
    await expect(save).toBeDisabled();
    await names.getByRole('textbox', { name: 'First name' }).fill('Info');
    await expect(save).toBeDisabled();
    await names.getByRole('textbox', { name: 'Last name' }).fill('Desk');
    await save.click();
    await expect(info.getByRole('status').filter({ hasText: /^Saved to / })).toBeVisible();

    const [lead, ...more] = await leadsWith(sandbox, 'info@stripe.com');
    expect(more).toEqual([]);
    expect(lead).toMatchObject({ first_name: 'Info', last_name: 'Desk' });
    // Nothing was sent before the names were there: one create, and no 400 in the log.
    expect(await posts(sandbox)).toHaveLength(1);
    expect((await sandbox.requests('/v2/leads')).filter((r) => r.status === 400)).toEqual([]);
  });

  test('the worker stopped right after Save still delivers it, exactly once', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.chooseList('Prospects');
    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await expect(popup.answer).toContainText('ada@stripe.com');
    // The first look-up never answers: the worker is stopped while the save is on its way.
    await sandbox.failNext({ path: '/v2/leads/exist', status: 200, hang: true });
    await popup.saveButton.click();
    await expect.poll(async () => (await sandbox.requests('/v2/leads/exist')).length).toBe(1);
    await stopWorkers(popup.page);
    await popup.page.close();

    // The next start of the worker (here: a popup opening) finds the save in the outbox and delivers it.
    const reopened = await PopupTools.openOn(context, serviceWorker, extensionId);
    await reopened.find({ first: 'Ada', last: 'Lovelace' });
    await expect(reopened.answer.getByRole('status')).toHaveText('Saved to Prospects', { timeout: 20_000 });
    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(1);
    expect(await posts(sandbox)).toHaveLength(1);
  });

  test('a save the API refuses is listed with its reason, Retry and Dismiss; Dismiss removes it', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    const listId = await popup.chooseListDeletedElsewhere('Short-lived');
    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await popup.saveButton.click();

    const failed = popup.page.getByRole('region', { name: /^Not sent \(1\)/ });
    const item = failed.getByRole('listitem', { name: 'Save of ada@stripe.com' });
    await expect(item).toContainText(`The leads list ${listId} does not exist`);
    // Retry sends it again (and it fails again, the list is still gone): still listed, one more try logged.
    await item.getByRole('button', { name: 'Retry: Save of ada@stripe.com' }).click();
    await expect.poll(async () => (await posts(sandbox)).length).toBe(2);
    await expect(item).toContainText(`The leads list ${listId} does not exist`);

    // Still there in a later popup: a failure is never dropped in silence.
    const later = await PopupTools.openOn(context, serviceWorker, extensionId);
    const again = later.page.getByRole('listitem', { name: 'Save of ada@stripe.com' });
    await expect(again).toBeVisible();
    await again.getByRole('button', { name: 'Dismiss: Save of ada@stripe.com' }).click();
    await expect(later.page.getByRole('region', { name: /^Not sent/ })).toHaveCount(0);
    const fresh = await PopupTools.openOn(context, serviceWorker, extensionId);
    await expect(fresh.leadsList).toBeVisible();
    await expect(fresh.page.getByRole('region', { name: /^Not sent/ })).toHaveCount(0);
    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(0);
  });

  test('in strict mode (only what the docs promise: no leads/exist) saving still works, exactly once', async ({ context, serviceWorker, extensionId, sandbox }) => {
    await sandbox.strict(true);
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.chooseList('Prospects');
    await popup.find({ first: 'Ada', last: 'Lovelace' });
    await expect(popup.answer).toContainText('ada@stripe.com');
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Saved to Prospects');
    // The seeded lead Jeremy Hoon is found through the documented GET /leads?email= instead.
    await popup.find({ first: 'Jeremy', last: 'Hoon' });
    await expect(popup.answer).toContainText('hoon@stripe.com');
    await popup.saveButton.click();
    await expect(popup.answer.getByRole('status')).toHaveText('Already in list My leads list');

    expect(await leadsWith(sandbox, 'ada@stripe.com')).toHaveLength(1);
    expect(await leadsWith(sandbox, 'hoon@stripe.com')).toHaveLength(1);
    expect(await posts(sandbox)).toHaveLength(1);
    const exist = await sandbox.requests('/v2/leads/exist');
    expect(exist.every((r) => r.status === 404)).toBe(true);
    const searches = (await sandbox.requests('/v2/leads')).filter((r) => r.method === 'GET' && r.path === '/v2/leads');
    expect(searches.map((r) => r.query.email)).toEqual(['ada@stripe.com', 'hoon@stripe.com']);
  });
});

test.describe('outbox: leads manager', () => {
  test('an edit the API refuses is listed with its reason; Retry delivers it once the API takes it', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await leads.lead('Jeremy Hoon').click();
    await expect(leads.field('Position')).toBeVisible();
    await sandbox.failNext({ path: '/v2/leads/1', status: 400 });
    await leads.field('Position').fill('Founder');
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.dialog.getByRole('alert')).toBeVisible();
    await leads.dialog.getByRole('button', { name: 'Close' }).click();

    const item = leads.page.getByRole('listitem', { name: 'Edit of lead 1' });
    await expect(item).toContainText('The API did not accept this request.');
    await item.getByRole('button', { name: 'Retry: Edit of lead 1' }).click();
    await expect(leads.page.getByRole('region', { name: /^Not sent/ })).toHaveCount(0);
    expect(((await sandbox.state()).leads as Lead[]).find((l) => l.id === 1)!.position).toBe('Founder');
  });
});

test('a delete survives quitting the browser within its undo window: it is sent at the next start', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const profile = await mkdtemp(join(tmpdir(), 'quarry-profile-'));
  let browser: BrowserContext | null = null;
  try {
    browser = await launchWithQuarry({ userDataDir: profile });
    const worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
    const leads = await LeadsPage.open(browser, new URL(worker.url()).host);
    await leads.lead('Jeremy Hoon').click();
    await leads.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(leads.page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await browser.close();
    browser = null;
    expect((await sandbox.requests('/v2/leads/1')).filter((r) => r.method === 'DELETE')).toEqual([]);

    browser = await launchWithQuarry({ userDataDir: profile });
    await expect.poll(async () => ((await sandbox.state()).leads as Lead[]).some((l) => l.id === 1), { timeout: 30_000 }).toBe(false);
    expect((await sandbox.requests('/v2/leads/1')).filter((r) => r.method === 'DELETE')).toHaveLength(1);
  } finally {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  }
});

// The leads manager's other writes — New lead, lists, CSV import — take the same path: the outbox.
test.describe('outbox: every write of the leads manager', () => {
  test('"New lead" whose answer is lost on the way waits in the outbox, then is there exactly once', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await leads.selectList('Prospects');
    // The create is served, then the connection is cut before the answer: the page cannot know it worked.
    await sandbox.failNext({ path: '/v2/leads', method: 'POST', status: 200, drop: true });
    await leads.newLeadButton.click();
    await leads.field('First name').fill('Grace');
    await leads.field('Last name').fill('Hopper');
    await leads.field('Email').fill('grace@navy.example');
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.page.getByRole('status').filter({ hasText: 'The lead waits in the outbox (pending)' })).toBeVisible();

    // Delivered from the outbox (it looks in the list before creating again): listed, and one lead, one POST.
    await expect(leads.lead('Grace Hopper')).toBeVisible({ timeout: 20_000 });
    await expect(leads.page.getByRole('status').filter({ hasText: 'in the outbox' })).toHaveCount(0);
    expect(await leadsWith(sandbox, 'grace@navy.example')).toMatchObject([{ leads_list_id: 2 }]);
    expect(await posts(sandbox)).toHaveLength(1);
    const lookups = (await sandbox.requests('/v2/leads')).filter((r) => r.method === 'GET' && r.query.email === 'grace@navy.example');
    expect(lookups.map((r) => r.query.lead_list_id)).toEqual(['2', '2']);
  });

  test('a new list the API refuses is listed with its reason; Retry creates it, once', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.list('Prospects')).toBeVisible();
    await sandbox.failNext({ path: '/v2/leads_lists', method: 'POST', status: 400 });
    await leads.newList('Events');
    await expect(leads.lists.getByRole('alert')).toContainText('The API did not accept this request.');

    const item = leads.page.getByRole('listitem', { name: 'New list “Events”' });
    await expect(item).toContainText('The API did not accept this request.');
    await item.getByRole('button', { name: 'Retry: New list “Events”' }).click();
    await expect(leads.page.getByRole('region', { name: /^Not sent/ })).toHaveCount(0);
    await expect(leads.list('Events')).toContainText('(0 leads)');
    expect(((await sandbox.state()).lists as Array<{ name: string }>).filter((l) => l.name === 'Events')).toHaveLength(1);
    expect((await sandbox.requests('/v2/leads_lists')).filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  test('a CSV import is written to the outbox at once: rows the API cannot take yet go out after the page is closed', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(90_000);
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.list('My leads list')).toBeVisible();
    // Every create answers 503 for now; looking in the list still works.
    await sandbox.failNext({ path: '/v2/leads', method: 'POST', status: 503, count: 1000 });
    const csv = ['First name,Last name,Email', 'Grace,Hopper,grace@navy.example', 'Katherine,Johnson,katherine@nasa.example'].join('\n');
    await leads.importButton.click();
    await leads.dialog.getByRole('combobox', { name: 'Import into list' }).selectOption({ label: 'My leads list' });
    await leads.dialog.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await leads.dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = leads.dialog.getByRole('region', { name: 'Import report' });
    await expect(report).toContainText('2 rows wait in the outbox (pending) and will be saved when the API can be reached.', { timeout: 30_000 });
    await expect(report.getByRole('status').first()).toHaveText('0 leads imported into My leads list.');
    await leads.page.close();

    // The API is back (faults cleared with the data reset to its seed); nobody has the page open.
    await sandbox.reset();
    await expect.poll(async () => (await sandbox.state()).leads.filter((l) => l.leads_list_id === 1).map((l) => l.email).sort(), { timeout: 50_000 })
      .toEqual(['dustin@asana.com', 'grace@navy.example', 'hoon@stripe.com', 'katherine@nasa.example']);
    expect(await posts(sandbox)).toHaveLength(2);
  });
});
