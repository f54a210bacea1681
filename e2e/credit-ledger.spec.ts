import type { LoggedRequest } from './support/sandbox-control';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './pages/leads-page';
import { MenuTools } from './pages/menu-tools';
import { PopupPage } from './pages/popup-page';
import { PopupTools } from './pages/popup-tools';

// One tour of every flow against the sandbox's request log. The docs count a search "for calls returning at
// least one result", give up to 100 emails a response, and charge verifications apart: the paid calls below
// are the fewest those rules allow, call by call. Free calls (email-count, account, leads, lists) are not listed.
const STRIPE_ADDRESSES = 137;
const LEDGER: Array<{ step: string; paid: string[] }> = [
  { step: 'open the popup on www.stripe.com/jobs', paid: ['domain-search stripe.com offset 0 limit 10'] },
  { step: 'load all 137 addresses', paid: ['domain-search stripe.com offset 10 limit 100', 'domain-search stripe.com offset 110 limit 100'] },
  { step: 'filter Personal, Generic, All', paid: [] },
  { step: 'find Ada Lovelace at stripe.com', paid: ['email-finder stripe.com Ada Lovelace'] },
  { step: 'verify the address found', paid: ['email-verifier ada@stripe.com'] },
  { step: 'save it as a lead', paid: [] },
  { step: 'reopen the popup on the same page', paid: [] },
  { step: 'right-click "Find emails at this site", then "Find email for Ada Lovelace"', paid: [] },
  { step: 'open the leads manager', paid: [] },
];

const PAID = ['/v2/domain-search', '/v2/email-finder', '/v2/email-verifier'];

function describeCall(request: LoggedRequest): string {
  const q = request.query;
  if (request.path === '/v2/domain-search') return `domain-search ${q.domain} offset ${q.offset ?? 0} limit ${q.limit ?? 10}${q.type ? ` type ${q.type}` : ''}`;
  if (request.path === '/v2/email-finder') return `email-finder ${q.domain ?? q.company} ${q.first_name} ${q.last_name}`;
  return `email-verifier ${q.email}`;
}

test('credit ledger: every flow, the fewest paid calls the docs allow', async ({ context, serviceWorker, extensionId, sandbox }) => {
  test.setTimeout(120_000);
  let seen = 0;
  const spent: Array<{ step: string; paid: string[] }> = [];
  /** Runs a step (which waits for what the user sees), then books the paid calls it made. */
  async function step(name: string, run: () => Promise<void>) {
    await run();
    const paid = (await sandbox.requests('/v2/')).filter((r) => PAID.includes(r.path) && r.status !== 202);
    spent.push({ step: name, paid: paid.slice(seen).map(describeCall) });
    seen = paid.length;
  }

  const site = await context.newPage();
  await site.goto('https://www.stripe.com/jobs');
  await site.bringToFront();
  const tabId = await PopupPage.activeTabId(serviceWorker);
  let popup = await PopupPage.openForTab(context, extensionId, tabId);

  await step(LEDGER[0]!.step, async () => {
    await expect(popup.rows).toHaveCount(10);
  });
  await step(LEDGER[1]!.step, async () => {
    while (await popup.loadMore.isVisible()) {
      const before = await popup.rows.count();
      await popup.loadMore.click();
      await expect.poll(() => popup.rows.count()).toBeGreaterThan(before);
    }
    await expect(popup.rows).toHaveCount(STRIPE_ADDRESSES);
  });
  await step(LEDGER[2]!.step, async () => {
    const count = await (await fetch(`${sandbox.url}/v2/email-count?domain=stripe.com`)).json() as { data: { personal_emails: number; generic_emails: number } };
    await popup.filter('Personal').click();
    await expect(popup.rows).toHaveCount(count.data.personal_emails);
    await popup.filter('Generic').click();
    await expect(popup.rows).toHaveCount(count.data.generic_emails);
    await popup.filter('All').click();
    await expect(popup.rows).toHaveCount(STRIPE_ADDRESSES);
  });
  const tools = PopupTools.of(popup.page);
  await step(LEDGER[3]!.step, async () => {
    await tools.find({ first: 'Ada', last: 'Lovelace' });
    await expect(tools.answer).toContainText('ada@stripe.com');
  });
  await step(LEDGER[4]!.step, async () => {
    await tools.answer.getByRole('button', { name: 'Verify' }).click();
    await expect(tools.answer).toContainText(/Valid\s*Score \d+ \/ 100/);
  });
  await step(LEDGER[5]!.step, async () => {
    await tools.chooseList('My leads list');
    await tools.saveButton.click();
    await expect(tools.answer.getByText('Saved to My leads list')).toBeVisible();
  });
  await step(LEDGER[6]!.step, async () => {
    await popup.page.close();
    popup = await PopupPage.openForTab(context, extensionId, tabId);
    await expect(popup.rows.first()).toBeVisible();
  });
  await step(LEDGER[7]!.step, async () => {
    const menu = new MenuTools(serviceWorker);
    await menu.click(site, 'quarry-find-page');
    const card = await MenuTools.card(site);
    await expect(card.getByRole('list', { name: 'Addresses at stripe.com' })).toBeVisible();
    await menu.click(site, 'quarry-find-person', { selectionText: 'Ada Lovelace' });
    await expect((await MenuTools.card(site, card)).getByRole('article', { name: 'Address found' })).toContainText('ada@stripe.com');
  });
  await step(LEDGER[8]!.step, async () => {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.lead('Ada Lovelace')).toBeVisible();
  });

  expect(spent).toEqual(LEDGER);
});
