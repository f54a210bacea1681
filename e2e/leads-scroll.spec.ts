import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/accessibility';
import { tabTo } from './support/keyboard';
import { LeadsPage } from './pages/leads-page';
import type { SandboxControl } from './support/sandbox-control';

// "All" in Leads per page: every lead of a long list in one scrolling table, with only the rows in view in the DOM.

const LEADS = 3000;
/** Rows in the DOM at most (header included): the viewport's ~15 rows, the overscan and a focused row. */
const MOST_ROWS = 40;
const ROW_HEIGHT = 34;

async function openAll(context: BrowserContext, extensionId: string, sandbox: SandboxControl) {
  const seeded = await sandbox.seedLeads('Long list', LEADS);
  const leads = await LeadsPage.open(context, extensionId);
  await leads.selectList('Long list');
  await expect(leads.pager).toContainText(`1–25 of ${LEADS}`);
  await leads.pager.getByRole('combobox', { name: 'Leads per page' }).selectOption({ label: 'All' });
  await expect(leads.pager).toContainText(`1–${LEADS} of ${LEADS}`);
  return { leads, listId: seeded.list_id };
}

/** Every GET /leads of the list, as "offset/limit". */
async function pagesAsked(sandbox: SandboxControl, listId: number) {
  const asked = (await sandbox.requests('/v2/leads')).filter((r) => r.method === 'GET' && r.path === '/v2/leads' && r.query.lead_list_id === String(listId));
  return asked.map((r) => `${r.query.offset}/${r.query.limit}`);
}

test('"All" scrolls through 3,000 leads with only the rows in view in the DOM, each page asked once', async ({ context, extensionId, sandbox }) => {
  const { leads, listId } = await openAll(context, extensionId, sandbox);
  const box = leads.table.locator('xpath=..');
  await expect(leads.table).toHaveAttribute('aria-rowcount', String(LEADS + 1));
  await expect(leads.rows.nth(1)).toHaveAttribute('aria-rowindex', '2');
  expect(await leads.rows.count()).toBeLessThanOrEqual(MOST_ROWS);
  // The scrollbar is sized for every lead from the first answer: header + 3,000 rows of one height.
  expect(await box.evaluate((el) => el.scrollHeight)).toBe((LEADS + 1) * ROW_HEIGHT);
  const [first, second] = await leads.rows.evaluateAll((rows) => rows.slice(1, 3).map((row) => row.getBoundingClientRect().top));
  expect(second! - first!).toBe(ROW_HEIGHT);
  await expectAccessible(leads.page, 'every lead in one scrolling table');

  // Down the list in jumps: never more than a screenful of rows, the right ones, each showing its own lead (rows
  // are reused as the list scrolls: "most recent first", row r holds lead number 3,000 − r); once the scroll
  // rests, the rows just below the screen are made again, ready for the next small scroll.
  for (const row of [200, 1200, 2400]) {
    await box.evaluate((el, top) => el.scrollTo(0, top), row * ROW_HEIGHT);
    await expect(leads.table.locator(`tr[aria-rowindex="${row + 2}"]`)).toBeVisible();
    await expect(leads.table.locator(`tr[aria-rowindex="${row + 2}"]`)).toContainText(`lead-${listId}-${LEADS - row}@paging.example`);
    await expect(leads.table.locator(`tr[aria-rowindex="${row + 2 + 20}"]`)).toContainText(`lead-${listId}-${LEADS - row - 20}@paging.example`);
    expect(await leads.rows.count()).toBeLessThanOrEqual(MOST_ROWS);
  }
  // The oldest lead is last ("most recent first"), at row 3,001.
  const oldest = ((await sandbox.state()).leads as Array<Record<string, string>>).find((l) => l.email === `lead-${listId}-1@paging.example`)!;
  await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = leads.rows.filter({ hasText: oldest.email! });
  await expect(last.getByRole('button', { name: `${oldest.first_name} ${oldest.last_name}` })).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', String(LEADS + 1));
  expect(await leads.rows.count()).toBeLessThanOrEqual(MOST_ROWS);

  // Back to the top: what was held is shown again without asking; only pages scrolled to were asked, 100 each.
  await box.evaluate((el) => el.scrollTo(0, 0));
  await expect(leads.rows.nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(leads.rows.nth(1)).toContainText(`lead-${listId}-${LEADS}@paging.example`);
  const asked = await pagesAsked(sandbox, listId);
  expect(asked.filter((page) => page !== '0/25')).toEqual([...new Set(asked.filter((page) => page !== '0/25'))]);
  expect(asked.every((page) => page === '0/25' || page.endsWith('/100'))).toBe(true);
  expect(asked).toContain('2900/100');
  expect(asked.length).toBeLessThanOrEqual(12);
});

test('"All": Tab walks the rows in order, each focused row in view, and a focused row stays while the list scrolls away', async ({ context, extensionId, sandbox }) => {
  const { leads, listId } = await openAll(context, extensionId, sandbox);
  const page = leads.page;
  const box = leads.table.locator('xpath=..');
  await tabTo(page, leads.rows.nth(1).getByRole('button'));
  // Past the rows first rendered: each Tab lands on the next row's button, scrolled into view clear of the header.
  const focusedRow = () => page.evaluate(() => {
    const button = document.activeElement!;
    const row = button.closest('tr')!;
    const scroller = row.closest('.leads-scroll')!;
    const bottom = scroller.getBoundingClientRect().top + scroller.clientHeight;
    const head = scroller.querySelector('th')!.getBoundingClientRect();
    const own = button.getBoundingClientRect();
    return { index: Number(row.getAttribute('aria-rowindex')), inView: own.top >= head.bottom - 1 && own.bottom <= bottom + 1 && own.bottom <= innerHeight + 1 };
  });
  for (let row = 2; row <= 40; row++) {
    expect(await focusedRow()).toEqual({ index: row, inView: true });
    await page.keyboard.press('Tab');
  }
  expect((await focusedRow()).index).toBe(41);
  expect(await leads.rows.count()).toBeLessThanOrEqual(MOST_ROWS);

  // Scrolled far away by the wheel or the scrollbar: the focused row is kept, focus stays on it.
  await box.evaluate((el) => el.scrollTo(0, 2000 * 34));
  await expect(leads.table.locator('tr[aria-rowindex="2002"]')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe('41');
  // Shift+Tab from there goes to the row before it, brought back into view.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedRow()).toEqual({ index: 40, inView: true });

  // Enter opens that lead; Delete hides it at once, Undo brings it back, as in the paged table.
  const name = await page.evaluate(() => document.activeElement!.textContent!);
  await page.keyboard.press('Enter');
  await expect(leads.dialog.getByRole('heading', { name })).toBeVisible();
  await leads.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(leads.table).toHaveAttribute('aria-rowcount', String(LEADS));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(leads.table).toHaveAttribute('aria-rowcount', String(LEADS + 1));
  await expect(leads.table.locator('tr[aria-rowindex="40"]')).toContainText(`lead-${listId}-${LEADS - 38}@paging.example`);
});
