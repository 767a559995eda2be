import { expect, test } from '@playwright/test';
import { completeFirstStart, openApp, readWorkbook } from './helpers';

test('create an organisation, enter a month, see CO2, reload, export and read back', async ({
  page,
}, testInfo) => {
  await openApp(page, 'en');
  await completeFirstStart(page);
  // The demo organisation is present on first start.
  await expect(page.getByText('Khangai Cashmere LLC')).toBeVisible();

  await page.getByLabel('Name (Mongolian)').fill('Тест Ноос ХХК');
  await page.getByLabel('Name (English)').fill('Test Wool LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();

  await page.getByRole('link', { name: 'Quick monthly entry' }).click();
  await expect(page.getByRole('heading', { name: 'Quick monthly entry' })).toBeVisible();
  await page.getByLabel('Month', { exact: true }).fill('2025-11');
  await page.getByLabel('Electricity (kWh)').fill('10000');
  await page.getByLabel('Coal (t)').fill('20');
  await page.getByLabel('Coal calorific value (kcal/kg)').fill('3400');

  // 10,000 kWh × 0.797 tCO2/MWh = 7.97 t
  await expect(page.getByTestId('co2-electricity')).toContainText('7.97');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const totalBefore = await page.getByTestId('co2-total').innerText();
  await page.screenshot({ path: testInfo.outputPath('quick-entry-en.png'), fullPage: true });

  await page.reload();
  await page.getByLabel('Month', { exact: true }).fill('2025-11');
  await expect(page.getByLabel('Electricity (kWh)')).toHaveValue('10000');
  await expect(page.getByLabel('Coal (t)')).toHaveValue('20');
  await expect(page.getByTestId('co2-total')).toHaveText(totalBefore);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook (.xlsx)' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('slice.xlsx');
  await download.saveAs(file);

  const wb = await readWorkbook(file);
  const ws = wb.worksheets[0]!;
  const byId = new Map<string, unknown>();
  ws.eachRow((row) => byId.set(row.getCell(3).text, row.getCell(2).value));
  expect(byId.get('energy.electricity')).toBe(10000);
  expect(byId.get('energy.coal')).toBe(20);
  expect(byId.get('co2.electricity')).toBeCloseTo(7.97, 6);
  const shownTotal = Number(totalBefore.replace(/[^\d.]/g, ''));
  expect(byId.get('co2.total') as number).toBeCloseTo(shownTotal, 2);
});
