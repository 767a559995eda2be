import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import { completeFirstStart, openApp } from './helpers';

const SCREENS = '.artifacts/screens';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(SCREENS, { recursive: true });
  await copyFile(path, `${SCREENS}/${name}.png`);
}

/** Pastes text into the focused cell the way the browser does for Ctrl+V from Excel. */
async function pasteInto(page: Page, label: string, text: string) {
  const cell = page.getByLabel(label, { exact: true });
  await cell.click();
  await cell.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

const row = (xs: number[]) => xs.join('\t');
// A scourer-dehairer's year: spring-to-autumn peak in fibre, winter peak in heat.
const INPUT = [8000, 9000, 30000, 42000, 45000, 40000, 36000, 30000, 24000, 15000, 9000, 8000];
const OUTPUT = INPUT.map((x) => Math.round(x * 0.55));
const ELECTRICITY = [
  21000, 22000, 41000, 52000, 55000, 50000, 47000, 42000, 36000, 28000, 22000, 21000,
];

test('MSME data: profile, a year of monthly data by paste, persistence, dashboard', async ({
  page,
}, testInfo) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Bolormaa');
  await page.getByLabel('Name (Mongolian)').fill('Тест Угаах ХХК');
  await page.getByLabel('Name (English)').fill('Test Scouring LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();

  // Profile: processes decide what is asked next.
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await page.getByLabel('Scouring (washing)').check();
  await page.getByLabel('Dehairing').check();
  await page.getByLabel('Number of employees').fill('64');
  await page.getByLabel('Share owned by women (%)').fill('140');
  await expect(page.getByText('Must be 100 or less')).toBeVisible();
  await page.getByLabel('Share owned by women (%)').fill('51');
  await page.getByRole('button', { name: '+ Add a permit' }).click();
  await page.getByRole('group', { name: 'Permit 1' }).getByLabel('Type').selectOption('water_use');
  await page.getByRole('group', { name: 'Permit 1' }).getByLabel('Expires').fill('2020-12-31');
  await expect(page.getByTestId('permit-state')).toHaveText(/Expired/);
  await expect(page.getByTestId('profile-save-status')).toHaveText('All changes saved');
  await shot(page, testInfo, 'profile-en');

  // Monthly data for 2025, mostly by paste.
  await page.getByRole('link', { name: 'Monthly data' }).click();
  await expect(page.getByRole('heading', { name: 'Monthly data' })).toBeVisible();
  await expect(page.getByText('Sludge', { exact: true })).toBeVisible();
  await expect(page.getByText('Dyes', { exact: true })).toHaveCount(0);
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  await pasteInto(page, 'Raw material input, Jan', `${row(INPUT)}\r\n${row(OUTPUT)}\r\n`);
  await expect(page.getByText('Pasted 24 cells.')).toBeVisible();
  await pasteInto(page, 'Electricity (grid), Jan', `${row(ELECTRICITY)}\r\n`);
  // Coal in winter, with the certificate's calorific value; a decimal comma as typed in Mongolia.
  for (const [m, t] of [
    ['Jan', '32,5'],
    ['Feb', '28'],
    ['Dec', '30'],
  ] as const) {
    await page.getByLabel(`Coal, ${m}`, { exact: true }).fill(t);
    await page.getByLabel(`Coal: calorific value, ${m}`, { exact: true }).fill('3 450');
  }
  await pasteInto(page, 'Water from the utility, Jan', row(INPUT.map((x) => Math.round(x / 40))));
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  const electricityTotal = ELECTRICITY.reduce((a, b) => a + b, 0);
  await expect(page.getByTestId('total-energy.electricity')).toHaveText(
    electricityTotal.toLocaleString('en-GB'),
  );
  await expect(page.getByTestId('months-covered')).toContainText('12 of 12 months');
  await page.getByTestId('summary-co2Total').click();
  await expect(page.locator('.metrics-summary .explain')).toContainText('scope 1 + scope 2');
  await shot(page, testInfo, 'metrics-en');

  // Reload: everything is still there.
  await page.reload();
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  // Cells not being edited show thousands separators (issue 18 item 10).
  await expect(page.getByLabel('Electricity (grid), Dec', { exact: true })).toHaveValue('21,000');
  await expect(page.getByLabel('Coal, Jan', { exact: true })).toHaveValue('32.5');
  await expect(page.getByLabel('Coal: calorific value, Feb', { exact: true })).toHaveValue('3,450');
  await expect(page.getByLabel('Production output, Jun', { exact: true })).toHaveValue(
    (OUTPUT[5] ?? 0).toLocaleString('en-GB'),
  );

  // Dashboard: charts drawn, numbers explained.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('chart-energy')).toContainText('Energy by source, 2025');
  await expect(
    page.getByTestId('chart-energy').locator('svg.recharts-surface').first(),
  ).toBeVisible();
  await expect(
    page.getByTestId('chart-co2').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await expect(
    page.getByTestId('chart-water').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the self-assessment' })).toBeVisible();
  const output = OUTPUT.reduce((a, b) => a + b, 0);
  await page.getByTestId('kpi-intensity').click();
  await expect(page.locator('.kpi-strip .explain')).toContainText(
    'total energy (kWh) ÷ production output (kg)',
  );
  await expect(page.locator('.kpi-strip .explain')).toContainText(output.toLocaleString('en-GB'));
  await shot(page, testInfo, 'dashboard-en');

  // The same screens in Mongolian.
  await page.getByLabel('Language').selectOption('mn');
  await expect(page.getByRole('heading', { name: 'Хяналтын самбар' })).toBeVisible();
  await expect(page.getByTestId('chart-energy')).toContainText('Эх үүсвэрээр эрчим хүч');
  await shot(page, testInfo, 'dashboard-mn');
  await page.getByRole('link', { name: 'Сарын мэдээлэл', exact: true }).click();
  await page.getByLabel('Он', { exact: true }).selectOption('2025');
  await expect(page.getByTestId('total-energy.electricity')).not.toBeEmpty();
  await shot(page, testInfo, 'metrics-mn');
  await page.getByRole('link', { name: 'Танилцуулга', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Байгууллагын танилцуулга' })).toBeVisible();
  await expect(page.getByLabel('Угаах')).toBeChecked();
  await shot(page, testInfo, 'profile-mn');
});
