import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, openApp, readWorkbook } from './helpers';

// Issue 18 items 1–5: the monthly grid writes a figure only when the user leaves its cell, and
// only a valid one; absurd figures wait for "keep it"; a unit change asks; a visit to Quick
// monthly entry writes nothing; a figure's source survives a reload and the export.

async function newScourer(page: Page): Promise<void> {
  page.on('pageerror', (e) => {
    console.error(`page error: ${e.message}`);
  });
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Saraa');
  await page.getByLabel('Name (Mongolian)').fill('Торгон Хүрээ ХХК');
  await page.getByLabel('Name (English)').fill('Grid LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await page.getByLabel('Scouring (washing)').check();
  await expect(page.getByTestId('profile-save-status')).toHaveText('All changes saved');
  await page.getByRole('link', { name: 'Monthly data', exact: true }).click();
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
}

/** Types figures into consecutive months, leaving each cell with Tab. */
async function typeAcross(page: Page, figures: readonly string[]): Promise<void> {
  for (const f of figures) {
    await page.keyboard.type(f);
    await page.keyboard.press('Tab');
  }
}

const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function reloadAt(page: Page, year: string): Promise<void> {
  await page.reload();
  await page.getByLabel('Year', { exact: true }).selectOption(year);
}

test('an invalid keystroke never replaces a stored figure, even across a reload', async ({
  page,
}) => {
  await newScourer(page);
  const may = cell(page, 'Diesel, May');
  await may.click();
  await page.keyboard.type('1800');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  await expect(page.getByTestId('total-energy.diesel')).toHaveText('1,800');

  // "-1800" then Tab: the cell needs fixing, the stored 1,800 stays.
  await may.click();
  await page.keyboard.type('-1800');
  await page.keyboard.press('Tab');
  await expect(
    page.getByText('1 cell needs fixing; it is not saved until it is corrected.'),
  ).toBeVisible();
  await expect(page.getByTestId('total-energy.diesel')).toHaveText('1,800');

  // A lone "-" and the page dies straight away: offered back, not written.
  await reloadAt(page, '2025');
  await expect(page.getByTestId('questions')).toContainText(
    '1 figure you typed before the page closed is back in the table but not saved',
  );
  await expect(page.getByTestId('total-energy.diesel')).toHaveText('1,800');
  await page.getByRole('button', { name: 'Discard them' }).click();
  await expect(may).toHaveValue('1,800');
  await may.click();
  await page.keyboard.type('-');
  await reloadAt(page, '2025');
  await expect(may).toHaveValue('-');
  await expect(page.getByTestId('total-energy.diesel')).toHaveText('1,800');
  await page.getByRole('button', { name: 'Discard them' }).click();
  await expect(may).toHaveValue('1,800');
  await reloadAt(page, '2025');
  await expect(may).toHaveValue('1,800');
  await expect(page.getByTestId('questions')).toHaveCount(0);
});

test('an absurd figure is held until kept; a unit change asks and converts', async ({ page }) => {
  await newScourer(page);
  await cell(page, 'Detergents, Jan').click();
  await page.keyboard.type('540000000000');
  await page.keyboard.press('Tab');
  const questions = page.getByTestId('questions');
  await expect(questions).toContainText(
    '540,000,000,000 kg of detergents in one month, far more than a factory like yours uses. Keep it?',
  );
  await expect(page.getByTestId('total-chemicals.detergents')).toHaveText('');
  await reloadAt(page, '2025');
  // Not written: it comes back only as typing to save or discard.
  await expect(page.getByTestId('total-chemicals.detergents')).toHaveText('');
  await expect(questions).toContainText('Keep it?');
  await questions.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByTestId('total-chemicals.detergents')).toHaveText('540,000,000,000');

  // Electricity in kWh, then MWh: 28,677 kWh → 28.677 MWh.
  await cell(page, 'Electricity (grid), Jan').click();
  await typeAcross(page, ['28677', '30000']);
  await expect(page.getByTestId('total-energy.electricity')).toHaveText('58,677');
  await page.getByLabel('Unit for Electricity (grid)').selectOption('MWh');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('What does the change mean for them?');
  await dialog
    .getByRole('button', { name: 'Convert the 2 values to MWh (28,677 kWh → 28.677 MWh)' })
    .click();
  await expect(cell(page, 'Electricity (grid), Jan')).toHaveValue('28.677');
  await expect(page.getByTestId('total-energy.electricity')).toHaveText('58.68');
  await reloadAt(page, '2025');
  await expect(page.getByLabel('Unit for Electricity (grid)')).toHaveValue('MWh');
  await expect(cell(page, 'Electricity (grid), Feb')).toHaveValue('30');
});

test('a visit to Quick monthly entry changes nothing', async ({ page }) => {
  await newScourer(page);
  await cell(page, 'Electricity (grid), Mar').click();
  await page.keyboard.type('12000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  const included = page.getByTestId('export-included');
  await expect(included).toContainText('1 period');
  const before = (await included.textContent()) ?? '';
  await page.getByRole('link', { name: 'Quick monthly entry', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Quick monthly entry' })).toBeVisible();
  await expect(page.locator('input[name="electricity"]')).toBeVisible();
  // Give a would-be autosave time to run.
  await page.waitForTimeout(1000);
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(included).toHaveText(before);
  await page.getByRole('link', { name: 'Monthly data', exact: true }).click();
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2025');
});

test('the source of a figure survives a reload and the export', async ({ page }, info) => {
  await newScourer(page);
  await cell(page, 'Diesel, Jan').click();
  await typeAcross(page, ['100', '200', '300']);
  await cell(page, 'Diesel, Feb').click();
  await page.getByLabel('Source of this figure:').selectOption('estimated');
  await expect(page.getByTestId('estimated-energy.diesel')).toHaveText('33% est.');
  // A pasted column of sources marks the figures it lands on, in either language.
  const pasteOn = (label: string, text: string) =>
    cell(page, label).evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  await cell(page, 'Diesel, Jan').click();
  await pasteOn('Diesel, Jan', 'metered\n');
  // Three months of LPG, two of them then marked "invoice" at once by a Shift-selection.
  await cell(page, 'LPG, Jan').click();
  await typeAcross(page, ['40', '50', '60']);
  await cell(page, 'LPG, Feb').click();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('selection-size')).toHaveText('· 2 figures selected');
  await page.getByLabel('Source of the 2 selected figures:').selectOption('invoice');
  // "тооцоолсон" (estimated) pasted on LPG Jan: 1 of 3 LPG figures estimated → 33%.
  await cell(page, 'LPG, Jan').click();
  await pasteOn('LPG, Jan', 'тооцоолсон');
  await expect(page.getByTestId('estimated-energy.lpg')).toHaveText('33% est.');
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');

  await reloadAt(page, '2025');
  // The grid shows the marks again: Diesel Jan M(eter), Feb E(stimate); LPG Mar B(ill).
  await expect(page.getByTestId('estimated-energy.diesel')).toHaveText('33% est.');
  await expect(page.getByTestId('estimated-energy.lpg')).toHaveText('33% est.');
  await cell(page, 'Diesel, Jan').click();
  await expect(page.getByLabel('Source of this figure:')).toHaveValue('metered');
  await cell(page, 'LPG, Mar').click();
  await expect(page.getByLabel('Source of this figure:')).toHaveValue('invoice');
  await page.setViewportSize({ width: 1366, height: 820 });
  await page.screenshot({ path: info.outputPath('grid-quality-en.png') });

  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await page.getByLabel('English').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook (.xlsx)' }).click();
  const file = info.outputPath('quality.xlsx');
  await (await download).saveAs(file);
  const wb = await readWorkbook(file);
  const cells = new Map<string, string>();
  wb.getWorksheet('_gt_data')?.eachRow((row) =>
    cells.set(row.getCell(1).text, row.getCell(2).text),
  );
  const quality = [...cells.entries()]
    .filter(([k]) => k.endsWith('"energy.diesel","quality"]'))
    .map(([, v]) => v);
  expect(quality.sort()).toEqual(['"estimated"', '"metered"']);
  // The readable Data quality sheet says where each month's figure came from.
  const sheet = wb.getWorksheet('Data quality');
  expect(sheet).toBeDefined();
  const lines = new Map<string, string[]>();
  sheet?.eachRow((row) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) => texts.push(c.text));
    lines.set(texts[0] ?? '', texts.slice(1, 4));
  });
  const rowOf = (name: string) =>
    [...lines.entries()].find(([label]) => label.startsWith(name))?.[1];
  expect(rowOf('Diesel')).toEqual(['meter reading', 'estimate', 'not stated']);
  expect(rowOf('LPG')).toEqual(['estimate', 'invoice or bill', 'invoice or bill']);
});

test('Quick monthly entry stores the source of its figures', async ({ page }) => {
  await newScourer(page);
  await page.getByRole('link', { name: 'Quick monthly entry', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Quick monthly entry' })).toBeVisible();
  await page.locator('input[name="electricity"]').fill('12000');
  await page.getByLabel('Source of the electricity figure').selectOption('metered');
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(page.getByLabel('Source of the electricity figure')).toHaveValue('metered');
});
