import { expect, test } from './support/fixtures';
import { OptionsPage } from './pages/options-page';

// The permission prompt cannot be answered from a test, so the badge's logic (on/off, permission, tab
// switch, navigation) is covered by lib/badge/badge.test.ts; here: what the user sees in the options.
test.describe('toolbar badge setting', () => {
  test('is off by default, explains why it needs the tabs permission, and nothing is granted', async ({ context, extensionId, serviceWorker, sandbox }) => {
    const options = await OptionsPage.open(context, extensionId);
    const checkbox = options.page.getByRole('checkbox', { name: 'Show address count on the toolbar icon' });
    await expect(checkbox).toBeVisible();
    await expect(checkbox).toBeEnabled();
    await expect(checkbox).not.toBeChecked();
    await expect(checkbox).toHaveAccessibleDescription(/send each site's domain to Hunter.*"tabs" permission/);

    const granted = await serviceWorker.evaluate(() => chrome.permissions.contains({ permissions: ['tabs'] }));
    expect(granted).toBe(false);
    // Off means off: browsing sends no domain anywhere.
    const site = await context.newPage();
    await site.goto('https://www.stripe.com/jobs');
    await site.waitForTimeout(300);
    expect(await sandbox.requests('/v2/email-count')).toHaveLength(0);
    const badge = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe('');
  });
});
