import { expect, test } from './support/fixtures';
import { OptionsPage } from './pages/options-page';

test.describe('options page', () => {
  test('a valid key is checked with the account call, then plan and usage are shown', async ({ context, extensionId, sandbox }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.removeKeyButton.click();
    await expect(options.status).toContainText('key is removed');

    await options.saveKey('sandbox-demo-key');

    await expect(options.status).toContainText('The API accepted the key');
    const account = options.page.getByLabel('Account', { exact: true });
    await expect(account).toContainText('Pro');
    await expect(account).toContainText(/\d+ used of \d+/);
    await expect(account).toContainText(/\d{4}-\d{2}-\d{2}/);
    await expect(options.keyBox).toHaveValue('');
    await expect(options.page.getByText(/A key is saved: sand•+-key/)).toBeVisible();

    const accountCalls = (await sandbox.requests('/v2/account')).filter((r) => r.method === 'GET');
    expect(accountCalls.length).toBeGreaterThan(0);
    for (const call of accountCalls) {
      expect(call.keyVia).toBe('header');
      expect(call.query).not.toHaveProperty('api_key');
    }
  });

  test('an account answering only the older `calls` counter: its searches are shown, verifications unknown', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.saveKey('sandbox-older-key');
    await expect(options.status).toContainText('The API accepted the key');
    const account = options.page.getByLabel('Account', { exact: true });
    await expect(account).toContainText('Growth');
    await expect(account.getByRole('definition').nth(2)).toHaveText('41 used of 2000');
    await expect(account.getByRole('definition').nth(3)).toHaveText('—');
  });

  test('a wrong key gets a clear message and is not kept', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.page.getByText(/A key is saved/)).toBeVisible();

    await options.saveKey('not-a-real-key');

    await expect(options.alert).toContainText('The API key was refused');
    await options.page.reload();
    // The demo key from before is still the one kept.
    await expect(options.page.getByText(/A key is saved: sand•+-key/)).toBeVisible();
  });

  test('bad input is refused with a clear sentence and nothing is saved', async ({ context, extensionId, sandbox }) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.removeKeyButton.click();
    await expect(options.status).toContainText('key is removed');
    const callsBefore = (await sandbox.requests('/v2/account')).length;

    await options.saveButton.click();
    await expect(options.alert).toHaveText('Paste your API key first.');

    await options.saveKey('abc def');
    await expect(options.alert).toContainText('has no spaces');

    await options.showAdvanced();
    await options.baseUrlBox.fill('ftp://example.com/v2');
    await options.saveKey('sandbox-demo-key');
    await expect(options.alert).toContainText('must start with https:// (http:// only for a server on this computer)');

    expect(await sandbox.requests('/v2/account')).toHaveLength(callsBefore);
    await options.page.reload();
    await expect(options.page.getByText(/No key yet/)).toBeVisible();
  });

  test('the default leads list is picked from the lists, and a new one can be created', async ({ context, extensionId, sandbox }) => {
    const options = await OptionsPage.open(context, extensionId);
    await expect(options.defaultList).toBeVisible();
    await expect(options.defaultList.getByRole('option', { name: 'My leads list' })).toHaveCount(1);
    await options.defaultList.selectOption({ label: 'My leads list' });

    await options.page.reload();
    await expect(options.defaultList).toHaveValue(/\d+/);
    await expect(options.defaultList.locator('option:checked')).toHaveText('My leads list');

    await options.page.getByRole('button', { name: 'New list…' }).click();
    await options.page.getByRole('textbox', { name: 'New list name' }).fill('Conference 2026');
    await options.page.getByRole('button', { name: 'Create list' }).click();
    await expect(options.defaultList.locator('option:checked')).toHaveText('Conference 2026');

    const { lists } = await sandbox.state();
    expect(lists.map((list) => list.name)).toContain('Conference 2026');
    await options.page.reload();
    await expect(options.defaultList.locator('option:checked')).toHaveText('Conference 2026');
  });
});
