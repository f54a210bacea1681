import { expect, test } from './support/fixtures';
import { PopupTools } from './pages/popup-tools';

test.describe('email verifier', () => {
  test('a valid address: status, score and every check in plain words', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.verify('patrick@stripe.com');
    await expect(popup.verifier.getByText('Valid', { exact: true })).toBeVisible();
    await expect(popup.verifier).toContainText(/Score \d+ \/ 100/);
    await popup.verifier.getByText('Every check').click();
    const checks = popup.verifier.getByRole('list', { name: 'Checks' }).getByRole('listitem');
    await expect(checks).toHaveCount(9);
    await expect(checks).toContainText([
      'The address is well formed.',
      'The address does not look automatically generated.',
      'This is not a disposable address.',
      'This is not a webmail address.',
      'The domain has mail servers (MX records).',
      'The mail server answered.',
      'The mail server accepts this address.',
      'The mail server does not accept just any address.',
      'The mail server did not block the check.',
    ]);
    const calls = await sandbox.requests('/v2/email-verifier');
    expect(calls.map((call) => call.query.email)).toEqual(['patrick@stripe.com']);
  });

  test('an invalid address and a webmail address', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.verify('invalid.person@stripe.com');
    await expect(popup.verifier.getByText('Invalid', { exact: true })).toBeVisible();
    await popup.verifier.getByText('Every check').click();
    await expect(popup.verifier).toContainText('The mail server does not accept this address.');

    await popup.verify('someone@gmail.com');
    await expect(popup.verifier.getByText('Webmail', { exact: true })).toBeVisible();
    await expect(popup.verifier).toContainText('Score 50 / 100');
  });

  test('a slow mail server (202, then 200) says "Verifying…" until the verdict', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.verify('slow.patrick@stripe.com');
    await expect(popup.verifier.getByRole('status')).toContainText('Verifying…');
    await expect(popup.verifier.getByRole('button', { name: 'Verify' })).toBeDisabled();
    await expect(popup.verifier.getByText('Valid', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(popup.verifier.getByRole('status')).toHaveCount(0);
    // Two 202s, then the verdict: the background polled the same call.
    expect(await sandbox.requests('/v2/email-verifier')).toHaveLength(3);
  });

  test('a 222 says the mail server did not answer and offers a retry', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.verify('smtp-fail@stripe.com');
    await expect(popup.verifier.getByRole('alert')).toContainText('The mail server did not answer. Retry later.');
    await popup.verifier.getByRole('button', { name: 'Retry' }).click();
    await expect(popup.verifier.getByRole('alert')).toContainText('The mail server did not answer.');
    expect(await sandbox.requests('/v2/email-verifier')).toHaveLength(2);
  });

  test('a 451 restriction is a sentence, and a malformed address is refused without a call', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupTools.openOn(context, serviceWorker, extensionId);
    await popup.verify('restricted@stripe.com');
    await expect(popup.verifier.getByRole('alert')).toContainText('its owner asked for their data not to be used');
    await expect(popup.verifier.getByRole('button', { name: 'Retry' })).toHaveCount(0);

    await popup.verify('patrick@');
    await expect(popup.verifier.getByRole('alert')).toContainText('This is not an email address');
    await expect(popup.verifier.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    expect((await sandbox.requests('/v2/email-verifier')).map((call) => call.query.email)).toEqual(['restricted@stripe.com']);
  });
});
