import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './support/fixtures';
import { PopupPage } from './pages/popup-page';

test('the domain-search results shown in the popup export as CSV, hostile cells neutralised', async ({ context, serviceWorker, extensionId }) => {
  const popup = await PopupPage.open(context, serviceWorker, extensionId, 'https://www.stripe.com/jobs');
  await expect(popup.rows).toHaveCount(10);
  const shown = await popup.rows.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));

  const [download] = await Promise.all([
    popup.page.waitForEvent('download'),
    popup.page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/stripe.*\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  expect(data.map((row) => row.email)).toEqual(shown);
  expect(data.every((row) => row.organization === 'Stripe')).toBe(true);
  // A spreadsheet must not run a cell as a formula.
  for (const row of data) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
});
