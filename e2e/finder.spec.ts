import { expect, test } from './support/fixtures';
import { PopupTools } from './pages/popup-tools';
import { markupFromData } from './support/hostile-markup';

const finderCalls = async (sandbox: { requests(prefix: string): Promise<Array<{ query: Record<string, string> }>> }) =>
  sandbox.requests('/v2/email-finder');

test.describe('email finder', () => {
  test('first and last name on stripe.com give the address, its score and its sources', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.showFinder();
    // The domain comes from the page the popup is about.
    await expect(popup.box('Domain')).toHaveValue('stripe.com');
    await popup.find({ first: 'Patrick', last: 'Collison' });

    await expect(popup.answer).toContainText('patrick@stripe.com');
    await expect(popup.answer).toContainText('Score 99 / 100');
    await popup.answer.getByText('Sources (20)').click();
    const links = popup.answer.getByRole('list', { name: 'Where the address was seen' }).getByRole('link');
    await expect(links).toHaveCount(20);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https?:\/\//);
    await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');

    const calls = await finderCalls(sandbox);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query).toMatchObject({ domain: 'stripe.com', first_name: 'Patrick', last_name: 'Collison' });
  });

  test('a full name works too, and a pasted URL becomes its domain', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.find({ full: 'Jeremy Hoon' }, 'https://www.Stripe.com/about');
    await expect(popup.answer).toContainText('hoon@stripe.com');
    await expect(popup.answer).toContainText('Score 91 / 100');
    await expect(popup.box('Domain')).toHaveValue('stripe.com');
    expect((await finderCalls(sandbox))[0]!.query).toMatchObject({ domain: 'stripe.com', first_name: 'Jeremy', last_name: 'Hoon' });
  });

  test('a one-word full name asks for the last name, a webmail domain is refused, and nothing is sent', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.find({ full: 'Patrick' });
    await expect(popup.finder.getByRole('alert')).toContainText('“Patrick” is only one word: add the last name.');
    await expect(popup.box('Full name')).toHaveAttribute('aria-invalid', 'true');

    await popup.box('Full name').fill('Patrick Collison');
    await popup.box('Domain').fill('gmail.com');
    await popup.finder.getByRole('button', { name: 'Find email' }).click();
    await expect(popup.finder.getByRole('alert')).toContainText('gmail.com is a webmail service, not a company.');

    await popup.box('Domain').fill('');
    await popup.finder.getByRole('button', { name: 'Find email' }).click();
    await expect(popup.finder.getByRole('alert')).toContainText('Enter the company’s domain');
    expect(await finderCalls(sandbox)).toHaveLength(0);
  });

  test('a person the API has no address for is a clear "not found"', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    // A throwaway-mail domain: the API guesses no address there.
    await popup.find({ first: 'Ada', last: 'Lovelace' }, 'mailinator.com');
    await expect(popup.finder.getByRole('status')).toHaveText('No address found for Ada Lovelace at mailinator.com.');
    await expect(popup.answer).toHaveCount(0);
  });

  test('hostile sources are shown as text, never as links, and never run', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.find({ first: 'Mallory', last: '<script>window.__pwned=1</script>' });
    await expect(popup.answer).toContainText('mallory@stripe.com');
    await popup.answer.getByText(/^Sources \(\d+\)$/).click();
    const sources = popup.answer.getByRole('list', { name: 'Where the address was seen' });
    await expect(sources).toContainText('evil.example"><svg onload=window.__pwned=1>');
    const hrefs = await sources.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(await markupFromData(popup.page)).toEqual([]);
  });

  test('the answer can be verified in place', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.find({ first: 'Patrick', last: 'Collison' });
    await popup.answer.getByRole('button', { name: 'Verify' }).click();
    await expect(popup.answer.getByText('Valid', { exact: true })).toBeVisible();
  });

  test("a name at a domain whose pattern a cached search told gets a free guess, labelled, with Verify and Find beside it", async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    // The popup's opening search of stripe.com (pattern "{first}") is the only domain search of the test.
    await expect.poll(async () => (await sandbox.requests('/v2/domain-search')).length).toBe(1);
    await popup.showFinder();
    await popup.box('Full name').fill('Dr. Élodie Lefèvre');

    const guess = popup.finder.getByRole('article', { name: 'Guessed address' });
    await expect(guess).toContainText('elodie@stripe.com');
    await expect(guess).toContainText('Guessed from the company’s pattern — not verified');
    await expect(guess.getByRole('button', { name: 'Verify' })).toBeVisible();
    await expect(guess.getByRole('button', { name: 'Find', exact: true })).toBeVisible();
    // Free: no finder, no verifier, no second search.
    expect(await sandbox.requests('/v2/email-finder')).toHaveLength(0);
    expect(await sandbox.requests('/v2/email-verifier')).toHaveLength(0);
    expect(await sandbox.requests('/v2/domain-search')).toHaveLength(1);

    // A domain never searched: no guess, and no search is made to get one.
    await popup.box('Domain').fill('bbc.co.uk');
    await expect(guess).toHaveCount(0);
    await popup.box('Domain').fill('stripe.com');
    await expect(guess).toContainText('elodie@stripe.com');

    // Verify and Find are the paid steps, taken only when pressed.
    await guess.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(async () => (await sandbox.requests('/v2/email-verifier')).map((r) => r.query.email)).toEqual(['elodie@stripe.com']);
    await guess.getByRole('button', { name: 'Find', exact: true }).click();
    await expect(popup.answer).toContainText('elodie@stripe.com');
    await expect(guess).toHaveCount(0);
    expect((await finderCalls(sandbox)).map((r) => r.query)).toEqual([
      expect.objectContaining({ domain: 'stripe.com', first_name: 'Élodie', last_name: 'Lefèvre' }),
    ]);
    expect((await sandbox.requests('/v2/domain-search')).map((r) => r.query.domain)).toEqual(['stripe.com']);
  });
});
