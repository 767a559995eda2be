import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { PACK_V1 } from '../../shared/catalogue/pack-v1';
import { generatePackage } from '../../shared/engine/generatePackage';
import type { ApplicationPackage } from '../../shared/package/schema';
import { buildWorkbookSpec } from '../../shared/workbook';
import { writeWorkbook } from '../../adapters/excel';
import { completeFirstStart, openApp } from './helpers';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';

const SCREENS = '.artifacts/screens';

async function msmeWorkbook(pkg: ApplicationPackage, path: string): Promise<void> {
  const { spec } = await signedWith(
    buildWorkbookSpec({
      pkg,
      pack: PACK_V1,
      results: null,
      language: 'en',
      charts: null,
      signingPublicKey: TEST_KEY.publicKey,
    }),
  );
  await writeFile(path, await writeWorkbook(spec));
}

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(SCREENS, { recursive: true });
  await copyFile(path, `${SCREENS}/words-${name}.png`);
}

test('officer screens in plain words: ESAP, category reasons, audit trail, both languages', async ({
  page,
}, info) => {
  const pkg = generatePackage(7, 12, PACK_V1);
  delete pkg.es;
  pkg.organisation.permits = pkg.organisation.permits.filter((p) => p.kind !== 'fire_safety');
  const file = info.outputPath('msme.xlsx');
  await msmeWorkbook(pkg, file);

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await page.goto('/#/officer/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open workbook/ }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();
  await page.getByRole('button', { name: 'None of the remaining items applies' }).click();
  await expect(page.getByTestId('exclusion-clear')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('category-reasons')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: /Confirm the \d+ prefilled check/ }).click();
  await expect(page.getByText(/\d+ of \d+ checks confirmed/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await shot(page, info, 'findings-en');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Loan signing date').fill('2026-03-01');
  await page.getByRole('button', { name: /Add \d+ generated item/ }).click();
  await expect(page.getByText('Every generated item is in the plan.')).toBeVisible();
  await shot(page, info, 'esap-en');
  await page.getByRole('button', { name: /2 Risk category/ }).click();
  await shot(page, info, 'category-en');
  await page.goto('/#/settings');
  await page.getByLabel('Organisation').last().selectOption({ index: 1 });
  await page.waitForTimeout(500);
  await shot(page, info, 'audit-en');

  await page.getByLabel('Language').first().selectOption('mn');
  await page.waitForTimeout(500);
  await expect(page.locator('.audit-table')).toContainText('Арга хэмжээний заалт · нэмсэн');
  await shot(page, info, 'audit-mn');
  await page.goto('/#/officer/portfolio');
  await page.getByTestId('portfolio-row').getByRole('link').click();
  const href = await page.evaluate(() => window.location.hash);
  await page.goto(`/${href.replace(/\/[a-z]+$/, '/screening')}`);
  await page.getByRole('button', { name: /^2 / }).click();
  // The reasons name the process and the level in Mongolian words, permits by title and code.
  await expect(page.getByTestId('category-reasons')).toContainText('Нойтон процесс: угаах');
  await expect(page.getByTestId('category-reasons')).not.toContainText('scouring');
  await expect(page.getByTestId('category-reasons')).toContainText('(DOC-FIRE-SAFETY)');
  await shot(page, info, 'category-mn');
  await page.getByRole('button', { name: /^4 / }).click();
  await shot(page, info, 'findings-mn');
  await page.getByRole('button', { name: /^5 / }).click();
  // Generated on the English screen, shown in Mongolian; one fire-safety item lists its sources.
  await expect(page.getByTestId('esap-row').first()).toBeVisible();
  await expect(page.getByTestId('esap-sources').filter({ hasText: 'DOC-FIRE-SAFETY' })).toHaveCount(
    1,
  );
  await expect(page.getByLabel(/^БОН 1: Авах арга хэмжээ$/)).toHaveValue(/[А-Яа-яӨөҮү]{4}/);
  await shot(page, info, 'esap-mn');
  await page.goto(`/${href.replace(/\/[a-z]+$/, '/memo')}`);
  await page.waitForTimeout(500);
  await shot(page, info, 'memo-mn');
});
