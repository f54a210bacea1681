import { expect, test } from './support/fixtures';
import { PopupPage } from './pages/popup-page';

const STRIPE_JOBS = 'https://www.stripe.com/jobs';

test.describe('the popup’s look', () => {
  test('at 400×600 the first screen shows the company, its pattern and five addresses, each with compact named actions', async ({ context, serviceWorker, extensionId }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await expect(popup.rows).toHaveCount(10);
    const screen = { width: 400, height: 600 };
    const onFirstScreen = async (locator: ReturnType<typeof popup.page.locator>) => {
      const box = (await locator.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= screen.height && box.x + box.width <= screen.width;
    };
    expect(await popup.page.evaluate(() => scrollY)).toBe(0);
    expect(await onFirstScreen(popup.page.getByRole('heading', { name: 'Stripe' }))).toBe(true);
    expect(await onFirstScreen(popup.summary.getByText('{first}@stripe.com'))).toBe(true);
    for (let index = 0; index < 5; index++) {
      const row = popup.rows.nth(index);
      expect(await onFirstScreen(row), `address ${index + 1} on the first screen`).toBe(true);
      for (const name of ['Copy', 'Verify', 'Save as lead']) {
        const button = row.getByRole('button', { name, exact: true });
        const box = (await button.boundingBox())!;
        // An icon button, no wider than it is tall, on the address's own line.
        expect(box.width, `${name} is compact`).toBeLessThanOrEqual(28);
        expect(await onFirstScreen(button)).toBe(true);
      }
    }
  });

  test('nothing moves when the results arrive: the skeleton holds their place', async ({ context, serviceWorker, extensionId, sandbox }) => {
    const popup = await PopupPage.open(context, serviceWorker, extensionId, STRIPE_JOBS);
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await expect(popup.rows).toHaveCount(10);
    await sandbox.latency(1_500);
    await popup.searchDomain('asana.com');
    await popup.page.evaluate(() => {
      const shifts: number[] = [];
      (window as { __shifts?: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await expect(popup.page.getByRole('status', { name: 'Loading addresses' })).toBeVisible();
    const filterBefore = await popup.filter('All').boundingBox();
    const listTopBefore = (await popup.page.getByRole('status', { name: 'Loading addresses' }).boundingBox())!.y;

    await expect(popup.row('sam@asana.com').or(popup.rows.first())).toBeVisible({ timeout: 15_000 });
    await expect(popup.page.getByRole('status', { name: 'Loading addresses' })).toHaveCount(0);
    expect(await popup.filter('All').boundingBox()).toEqual(filterBefore);
    expect((await popup.addresses.boundingBox())!.y).toBe(listTopBefore);
    const shifts = await popup.page.evaluate(() => (window as { __shifts?: number[] }).__shifts ?? []);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
});
