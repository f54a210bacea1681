import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './pages/leads-page';
import { markupFromData } from './support/hostile-markup';

type SandboxLead = Record<string, unknown> & { id: number; email: string | null; leads_list_id: number };
type SandboxList = Record<string, unknown> & { id: number; name: string; team_id: number | null; leads_count: number };

test.describe('leads lists', () => {
  test('shows every list with its lead count and team, and creates, renames and deletes lists', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.list('My leads list')).toContainText('(2 leads)');
    await expect(leads.list('Prospects')).toContainText('(4 leads)');
    await expect(leads.list('Prospects')).toContainText('team 1');
    await expect(leads.list('My leads list')).not.toContainText('team');

    await leads.newList('Conference 2025');
    await expect(leads.list('Conference 2025')).toContainText('(0 leads)');
    const created = ((await sandbox.state()).lists as SandboxList[]).find((l) => l.name === 'Conference 2025');
    expect(created).toBeDefined();

    await leads.lists.getByRole('button', { name: 'Rename list Conference 2025' }).click();
    await leads.lists.getByRole('textbox', { name: 'List name' }).fill('Conference 2026');
    await leads.lists.getByRole('button', { name: 'Save' }).click();
    await expect(leads.list('Conference 2026')).toBeVisible();
    await expect.poll(async () => ((await sandbox.state()).lists as SandboxList[]).find((l) => l.id === created!.id)?.name).toBe('Conference 2026');

    // Deleting a list with leads says what happens to them, and does it only once confirmed.
    await leads.lists.getByRole('button', { name: 'Delete list Prospects' }).click();
    await expect(leads.dialog).toContainText('Its 4 leads are deleted with it.');
    await leads.dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(((await sandbox.state()).lists as SandboxList[]).map((l) => l.name)).toContain('Prospects');
    await leads.lists.getByRole('button', { name: 'Delete list Prospects' }).click();
    await leads.dialog.getByRole('button', { name: 'Delete list' }).click();
    await expect(leads.list('Prospects')).toHaveCount(0);
    const state = await sandbox.state();
    expect((state.lists as SandboxList[]).map((l) => l.name)).not.toContain('Prospects');
    expect((state.leads as SandboxLead[]).filter((l) => l.leads_list_id === 2)).toEqual([]);
  });

  test('a list deleted elsewhere refreshes the lists and says so', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.list('Prospects')).toBeVisible();
    await sandbox.failNext({ path: '/v2/leads_lists/2', status: 404 });
    await leads.lists.getByRole('button', { name: 'Rename list Prospects' }).click();
    await leads.lists.getByRole('textbox', { name: 'List name' }).fill('Renamed');
    await leads.lists.getByRole('button', { name: 'Save' }).click();
    await expect(leads.page.getByRole('status').filter({ hasText: 'deleted elsewhere' })).toBeVisible();
  });
});

test.describe('leads table', () => {
  test('shows every lead or one list, with each documented filter sent to the API', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.pager).toContainText('1–6 of 6');
    await expect(leads.lead('Jeremy Hoon')).toBeVisible();
    await expect(leads.lead('Анна Петрова')).toBeVisible();

    await leads.selectList('Prospects');
    await expect(leads.pager).toContainText('1–4 of 4');
    await expect(leads.lead('Jeremy Hoon')).toHaveCount(0);

    await leads.field('Company', leads.filters).fill('Intercom');
    await leads.field('Twitter', leads.filters).fill('ciaran_lee');
    await leads.filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(leads.pager).toContainText('1–1 of 1');
    await expect(leads.lead('Ciaran Lee')).toBeVisible();
    const asked = (await sandbox.requests('/v2/leads')).filter((r) => r.method === 'GET' && r.query.company);
    expect(asked.at(-1)!.query).toMatchObject({ lead_list_id: '2', company: 'Intercom', twitter: 'ciaran_lee', offset: '0', limit: '25' });

    await leads.filters.getByRole('button', { name: 'Clear filters' }).click();
    await leads.filters.getByRole('combobox', { name: 'List' }).selectOption({ label: 'All lists' });
    for (const [field, value, name] of [
      ['First name', 'Dustin', 'Dustin Moskovitz'],
      ['Last name', 'Collison', 'Patrick Collison'],
      ['Email', 'hoon@stripe.com', 'Jeremy Hoon'],
      ['Phone number', '+1 555 0100', null],
    ] as const) {
      await leads.filters.getByRole('button', { name: 'Clear filters' }).click();
      await leads.field(field, leads.filters).fill(value);
      await leads.filters.getByRole('button', { name: 'Apply filters' }).click();
      if (name) await expect(leads.rows).toHaveCount(2);
      if (name) await expect(leads.lead(name)).toBeVisible();
      else await expect(leads.page.getByText('No leads here.')).toBeVisible();
    }
    const queries = (await sandbox.requests('/v2/leads')).filter((r) => r.path === '/v2/leads').map((r) => r.query);
    expect(queries).toContainEqual(expect.objectContaining({ first_name: 'Dustin' }));
    expect(queries).toContainEqual(expect.objectContaining({ last_name: 'Collison' }));
    expect(queries).toContainEqual(expect.objectContaining({ email: 'hoon@stripe.com' }));
    expect(queries).toContainEqual(expect.objectContaining({ phone_number: '+1 555 0100' }));
  });

  test('pages through a list of 250 leads with offset and limit', async ({ context, extensionId, sandbox }) => {
    await sandbox.seedLeads('Big list', 250);
    const leads = await LeadsPage.open(context, extensionId);
    await leads.selectList('Big list');
    await expect(leads.pager).toContainText('1–25 of 250');
    await expect(leads.rows).toHaveCount(26);
    await leads.pager.getByRole('combobox', { name: 'Leads per page' }).selectOption('100');
    await expect(leads.pager).toContainText('1–100 of 250');
    await expect(leads.rows).toHaveCount(101);
    await leads.pager.getByRole('button', { name: 'Next page' }).click();
    await expect(leads.pager).toContainText('101–200 of 250');
    await leads.pager.getByRole('button', { name: 'Next page' }).click();
    await expect(leads.pager).toContainText('201–250 of 250');
    await expect(leads.rows).toHaveCount(51);
    await expect(leads.pager.getByRole('button', { name: 'Next page' })).toBeDisabled();
    // The oldest of the 250 is last ("most recent first").
    await expect(leads.table).toContainText('lead-3-1@paging.example');
    const pages = (await sandbox.requests('/v2/leads')).filter((r) => r.path === '/v2/leads' && r.query.lead_list_id === '3');
    expect(pages.map((r) => `${r.query.offset}/${r.query.limit}`)).toEqual(['0/25', '0/100', '100/100', '200/100']);

    await leads.pager.getByRole('button', { name: 'Previous page' }).click();
    await expect(leads.pager).toContainText('101–200 of 250');
  });

  test('shows hostile strings as text and never links a javascript: address', async ({ context, extensionId }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await leads.selectList('Prospects');
    const row = leads.rows.filter({ hasText: 'mallory@stripe.com' });
    await expect(row).toContainText('Evil & Co <b>bold</b>');
    await row.getByRole('button').click();
    await expect(leads.field('Company')).toHaveValue('Evil & Co <b>bold</b>');
    await expect(leads.dialog.getByRole('link')).toHaveCount(0);
    expect(await markupFromData(leads.page)).toEqual([]);
  });
});

test.describe('one lead', () => {
  test('"New lead" checks the fields before asking, says beside the Email box that the address is already in the list, then saves', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await leads.selectList('Prospects');
    await leads.newLeadButton.click();
    await leads.field('First name').fill('Ada');
    await leads.field('Email').fill('ada@lovelace');
    await leads.field('Confidence score').fill('150');
    await leads.field('Country').fill('XX');
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.dialog).toContainText('Last name is required.');
    await expect(leads.dialog).toContainText('Email is not a valid email address.');
    await expect(leads.dialog).toContainText('Confidence score must be a whole number from 0 to 100.');
    await expect(leads.dialog).toContainText('Country must be a two-letter ISO 3166 country code');
    await expect(leads.field('Email')).toHaveAttribute('aria-invalid', 'true');
    expect((await sandbox.requests('/v2/leads')).filter((r) => r.method === 'POST')).toEqual([]);

    // An address already in the list: looked for first (through the outbox), said beside the Email box, nothing
    // sent; the form stays filled.
    await leads.field('Last name').fill('Lovelace');
    await leads.field('Email').fill('patrick@stripe.com');
    await leads.field('Confidence score').fill('97');
    await leads.field('Country').fill('gb');
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.field('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(leads.dialog).toContainText('This address is already a lead in the list “Prospects”: nothing was created.');
    await expect(leads.field('First name')).toHaveValue('Ada');
    expect((await sandbox.requests('/v2/leads')).filter((r) => r.method === 'POST')).toEqual([]);

    await leads.field('Email').fill('ada@lovelace.example');
    await leads.field('Position').fill('Countess');
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.dialog).toHaveCount(0);
    await expect(leads.lead('Ada Lovelace')).toBeVisible();
    const ada = ((await sandbox.state()).leads as SandboxLead[]).find((l) => l.email === 'ada@lovelace.example');
    expect(ada).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', position: 'Countess', confidence_score: 97, country_code: 'GB', leads_list_id: 2 });
  });

  test('edits every field it is given with a PUT of what changed, and moves the lead to another list', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await leads.lead('Jeremy Hoon').click();
    await expect(leads.field('Company')).toHaveValue('Stripe');
    await leads.field('Position').fill('Head of Growth');
    await leads.field('Company').fill('');
    await leads.field('Phone number').fill('+1 415 555 0101');
    await leads.field('Postal code').fill('94107');
    await leads.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(leads.dialog.getByRole('status')).toHaveText('Saved.');
    const put = (await sandbox.requests('/v2/leads/1')).find((r) => r.method === 'PUT');
    expect(put!.body).toEqual({ position: 'Head of Growth', company: null, phone_number: '+1 415 555 0101', postal_code: '94107' });
    expect(((await sandbox.state()).leads as SandboxLead[]).find((l) => l.id === 1)).toMatchObject({
      position: 'Head of Growth', company: null, phone_number: '+1 415 555 0101', postal_code: '94107', email: 'hoon@stripe.com',
    });

    await leads.dialog.getByRole('combobox', { name: 'Move to list' }).selectOption({ label: 'Prospects' });
    await leads.dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(leads.dialog.getByRole('status')).toHaveText('Moved to Prospects.');
    expect(((await sandbox.state()).leads as SandboxLead[]).find((l) => l.id === 1)!.leads_list_id).toBe(2);
    await leads.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(leads.list('Prospects')).toContainText('(5 leads)');
  });

  test('delete waits out a short undo window: undo keeps the lead, otherwise it is deleted', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    const deletes = async (id: number) => (await sandbox.requests(`/v2/leads/${id}`)).filter((r) => r.method === 'DELETE');
    await leads.lead('Jeremy Hoon').click();
    await leads.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(leads.lead('Jeremy Hoon')).toHaveCount(0);
    await leads.page.getByRole('button', { name: 'Undo' }).click();
    await expect(leads.lead('Jeremy Hoon')).toBeVisible();

    // A second delete, left alone. Its window opened after the undone one's, so once it has gone out, the
    // undone one would have gone out too: no fixed wait needed to know it never will.
    await leads.lead('Dustin Moskovitz').click();
    await leads.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(leads.page.getByRole('status').filter({ hasText: 'Deleted Dustin Moskovitz.' })).toBeVisible();
    expect(await deletes(2)).toEqual([]);
    await expect.poll(async () => (await deletes(2)).length, { timeout: 10_000 }).toBe(1);
    expect(((await sandbox.state()).leads as SandboxLead[]).some((l) => l.id === 2)).toBe(false);
    expect(await deletes(1)).toEqual([]);
    expect(((await sandbox.state()).leads as SandboxLead[]).some((l) => l.id === 1)).toBe(true);
    await expect(leads.lead('Jeremy Hoon')).toBeVisible();
    await expect(leads.list('My leads list')).toContainText('(1 leads)');
  });

  test('a lead deleted elsewhere refreshes the view and says so', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.lead('Jeremy Hoon')).toBeVisible();
    await sandbox.failNext({ path: '/v2/leads/1', status: 404 });
    const before = (await sandbox.requests('/v2/leads')).filter((r) => r.path === '/v2/leads').length;
    await leads.lead('Jeremy Hoon').click();
    await expect(leads.page.getByRole('status').filter({ hasText: 'deleted elsewhere' })).toBeVisible();
    await expect(leads.dialog).toHaveCount(0);
    await expect.poll(async () => (await sandbox.requests('/v2/leads')).filter((r) => r.path === '/v2/leads').length).toBeGreaterThan(before);
  });
});

test.describe('CSV', () => {
  test('export → import into another list gives the same leads, and a second import skips them all', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await leads.selectList('Prospects');
    await expect(leads.pager).toContainText('of 4');
    const downloading = leads.page.waitForEvent('download');
    await leads.exportButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^quarry-prospects-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    expect(text.split('\n').filter((line) => line.includes('@stripe.com') || line.includes('@intercom.io'))).toHaveLength(4);

    await leads.newList('Copy');
    await expect(leads.list('Copy')).toBeVisible();
    await leads.importButton.click();
    await leads.dialog.getByRole('combobox', { name: 'Import into list' }).selectOption({ label: 'Copy' });
    await leads.dialog.getByLabel('CSV file').setInputFiles(file);
    await leads.dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(leads.dialog.getByRole('status')).toHaveText('4 leads imported into Copy.');

    const state = await sandbox.state();
    const copy = (state.lists as SandboxList[]).find((l) => l.name === 'Copy')!;
    const strip = ({ id: _id, leads_list_id: _list, ...fields }: SandboxLead) => fields;
    const byEmail = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.email).localeCompare(String(b.email));
    const original = (state.leads as SandboxLead[]).filter((l) => l.leads_list_id === 2).map(strip).sort(byEmail);
    const copied = (state.leads as SandboxLead[]).filter((l) => l.leads_list_id === copy.id).map(strip).sort(byEmail);
    expect(copied).toEqual(original);

    await leads.dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(leads.dialog.getByRole('status')).toHaveText('0 leads imported into Copy.');
    await expect(leads.dialog).toContainText('4 duplicates skipped (same email): 0 repeated in the file, 4 already in the list.');
    expect(((await sandbox.state()).leads as SandboxLead[]).filter((l) => l.leads_list_id === copy.id)).toHaveLength(4);
  });

  test('reports every rejected row with its line number and reason, and counts duplicates in the file', async ({ context, extensionId, sandbox }) => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.list('My leads list')).toBeVisible();
    const csv = [
      'First name,Last name,Email,Confidence,Country',
      'Grace,Hopper,grace@navy.example,90,US',
      'Alan,Turing,not-an-address,,',
      'Grace,Again,GRACE@navy.example,,',
      ',Nobody,nobody@example.com,,',
      'Katherine,Johnson,katherine@nasa.example,150,ZZ',
      'Jeremy,Hoon,hoon@stripe.com,,',
    ].join('\n');
    await leads.importButton.click();
    await leads.dialog.getByRole('combobox', { name: 'Import into list' }).selectOption({ label: 'My leads list' });
    await leads.dialog.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await leads.dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(leads.dialog.getByRole('status')).toHaveText('1 leads imported into My leads list.');
    const report = leads.dialog.getByRole('region', { name: 'Import report' });
    await expect(report).toContainText('2 duplicates skipped (same email): 1 repeated in the file, 1 already in the list.');
    await expect(report.getByRole('listitem')).toHaveText([
      'Line 3: Email is not a valid email address.',
      'Line 5: First name is required.',
      'Line 6: Confidence score must be a whole number from 0 to 100. Country must be a two-letter ISO 3166 country code, like FR or US.',
    ]);
    const mine = ((await sandbox.state()).leads as SandboxLead[]).filter((l) => l.leads_list_id === 1);
    expect(mine.map((l) => l.email).sort()).toEqual(['dustin@asana.com', 'grace@navy.example', 'hoon@stripe.com']);
  });
});

test('the options page links to the leads manager', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const link = page.getByRole('link', { name: 'Open leads manager' });
  await expect(link).toHaveAttribute('target', '_blank');
  const opened = context.waitForEvent('page');
  await link.click();
  const leadsTab = await opened;
  await expect(leadsTab).toHaveURL(`chrome-extension://${extensionId}/leads.html`);
  await expect(leadsTab.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
});

test('an edit made while the API is down waits in the outbox and shows as pending', async ({ context, extensionId, sandbox }) => {
  const leads = await LeadsPage.open(context, extensionId);
  await leads.lead('Jeremy Hoon').click();
  await expect(leads.field('Position')).toBeVisible();
  await sandbox.failNext({ path: '/v2/leads/1', status: 503, count: 50 });
  await leads.field('Position').fill('Founder');
  await leads.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(leads.dialog.getByRole('status')).toContainText('waits in the outbox', { timeout: 20_000 });
  await leads.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(leads.table.getByRole('row').filter({ hasText: 'hoon@stripe.com' })).toContainText('pending');
  expect(((await sandbox.state()).leads as SandboxLead[]).find((l) => l.id === 1)!.position).toBeNull();
});
