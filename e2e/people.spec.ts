import { expect, test } from './support/fixtures';
import { PopupPage } from './pages/popup-page';

const TEAM_PAGE = 'https://www.stripe.com/team';

test.describe('People on this page', () => {
  test('lists the 24 people of a team page (two markups) with free guesses; finds a few in place and sends many to a priced Names job', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, TEAM_PAGE);
    // The opening search of stripe.com tells its pattern ("{first}"): the guesses below cost nothing.
    await expect(popup.rows.first()).toBeVisible();
    await popup.tab('People').click();
    const people = popup.page.getByRole('list', { name: 'People on this page' });
    await expect(people.getByRole('listitem')).toHaveCount(24);
    await expect(people.getByRole('checkbox', { name: 'Patrick Collison' })).toBeVisible();
    await expect(people.getByRole('checkbox', { name: 'Ada Lovelace' })).toHaveAccessibleDescription('Mathematician in residence');
    await expect(people.getByRole('listitem').filter({ hasText: 'Ada Lovelace' })).toContainText('ada@stripe.com guessed from the company\'s pattern — not verified');
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(0);

    await people.getByRole('checkbox', { name: 'Patrick Collison' }).check();
    await people.getByRole('checkbox', { name: 'Grace Hopper' }).check();
    await popup.page.getByRole('button', { name: 'Find selected (2)' }).click();
    await expect.poll(async () => (await sandbox.requests('/v2/email-finder')).map((r) => r.query.last_name).sort()).toEqual(['Collison', 'Hopper']);
    await expect(people.getByRole('listitem').filter({ hasText: 'Grace Hopper' })).toContainText('@stripe.com');

    await popup.page.getByRole('checkbox', { name: 'Select all' }).check();
    const bulkTab = context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Find selected (24)' }).click();
    const bulk = await bulkTab;
    // Nothing is spent before the cost is shown: every one of them is answered by the free guess.
    const cost = bulk.getByRole('region', { name: 'Cost before anything is spent' });
    await expect(cost).toContainText('Distinct questions: 24');
    await expect(cost).toContainText('Answered by a free guess from the company\'s pattern: 24');
    await expect(cost).toContainText('Paid calls: 0');
    await bulk.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(bulk.getByText('Finished.')).toBeVisible({ timeout: 20_000 });
    await expect(bulk.getByRole('table', { name: 'Results' })).toContainText('patrick@stripe.comguessed');
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(2);
  });
});
