import { expect, test } from './support/fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

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
    // Off means off: browsing sends no domain anywhere. Browse two sites, then open the popup on the second:
    // its own free count is the marker. The badge would have asked for stripe.com on the first visit, long
    // before the popup asks for asana.com; only the popup's question may be in the log.
    const site = await context.newPage();
    await site.goto('https://www.stripe.com/jobs');
    await site.goto('https://www.asana.com/');
    await site.bringToFront();
    await PopupPage.openForTab(context, extensionId, await PopupPage.activeTabId(serviceWorker));
    const counted = async () => (await sandbox.requests('/v2/email-count')).map((r) => r.query.domain);
    await expect.poll(counted).toContain('asana.com');
    expect(await counted()).toEqual(['asana.com']);
    await site.bringToFront();
    const badge = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe('');
  });
});
