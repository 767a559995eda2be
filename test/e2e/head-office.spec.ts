// Head office's view in Chromium: two applications imported and one screened, counted by branch,
// category, taxonomy and status, and the annual E&S report saved as a workbook, in English and
// Mongolian at 1366 px (screenshots and workbooks kept in .artifacts for a look).
import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { PACK_V1 } from '../../shared/catalogue/pack-v1';
import { generatePackage } from '../../shared/engine/generatePackage';
import { buildWorkbookSpec } from '../../shared/workbook';
import { writeWorkbook } from '../../adapters/excel';
import { readWorkbook, completeFirstStart, openApp } from './helpers';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';

const OUT = '.artifacts/head-office';

async function importWorkbook(page: Page, seed: number, path: string): Promise<void> {
  const pkg = generatePackage(seed, 12, PACK_V1);
  delete pkg.es;
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
  await page.goto('/#/officer/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open workbook/ }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('verdict')).toContainText('Intact');
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();
  await expect(page.getByTestId('step-exclusion')).toBeVisible();
}

test('head office counts the portfolio and saves the annual E&S report', async ({ page }, info) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await mkdir(OUT, { recursive: true });
  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await importWorkbook(page, 7, info.outputPath('a.xlsx'));
  await page.getByRole('button', { name: 'None of the remaining items applies' }).click();
  await expect(page.getByTestId('exclusion-clear')).toBeVisible();
  await importWorkbook(page, 11, info.outputPath('b.xlsx'));

  await page.goto('/#/officer/head-office');
  await expect(page.getByRole('heading', { name: /Head office/ })).toBeVisible();
  await expect(page.getByTestId('head-office-total')).toContainText('2 applications');
  await expect(page.getByTestId('by-branch')).toContainText('This computer');
  await expect(page.getByTestId('by-status')).toContainText('In review');
  await expect(page.getByTestId('by-status')).toContainText('Received');
  await page.screenshot({ path: `${OUT}/head-office-en.png`, fullPage: true });

  const save = async (lang: 'en' | 'mn', button: RegExp) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const path = `${OUT}/annual-es-${lang}.xlsx`;
    await (await download).saveAs(path);
    return readWorkbook(path);
  };
  const en = await save('en', /Save the annual E&S report/);
  expect(en.worksheets.map((w) => w.name)).toEqual([
    'Summary',
    'Exposure',
    'Exclusion list',
    'Green by taxonomy',
    'Overdue ESAP',
    'By branch',
  ]);
  const summary = en.getWorksheet('Summary');
  const applications = summary?.getColumn(1).values.indexOf('Applications') ?? -1;
  expect(summary?.getRow(applications).getCell(2).value).toBe(2);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
  await expect(page.getByRole('heading', { name: /Төв оффис/ })).toBeVisible();
  await expect(page.getByTestId('mn-unreviewed')).toBeVisible();
  await page.screenshot({ path: `${OUT}/head-office-mn.png`, fullPage: true });
  const mn = await save('mn', /БОН-ийн жилийн тайланг хадгалах/);
  expect(mn.worksheets[0]?.name).toBe('Хураангуй');
});
