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
  await copyFile(path, `${SCREENS}/portfolio-${name}.png`);
}

/**
 * Text the portfolio cuts: a two-line cell whose words need a third line, and a chart's axis
 * title running past its chart (it ran off the top: "Number of loans" read "of loans").
 */
async function clipped(page: Page): Promise<string[]> {
  await expect(page.locator('.recharts-label').first()).toBeVisible();
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.pt-row .two-lines')))
      if (el.scrollHeight > el.clientHeight + 1) out.push(el.textContent ?? '');
    for (const label of Array.from(
      document.querySelectorAll<SVGGraphicsElement>('.recharts-label'),
    )) {
      const b = label.getBoundingClientRect();
      const s = label.ownerSVGElement?.getBoundingClientRect();
      if (s && (b.top < s.top || b.bottom > s.bottom)) out.push(label.textContent ?? '');
    }
    return out;
  });
}

async function store(page: Page, path: string): Promise<void> {
  await page.goto('/#/officer/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open workbook|Ажлын ном нээх/ }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('verdict')).toContainText('Intact');
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();
  await expect(page.getByTestId('step-exclusion')).toBeVisible();
}

test('imported applications stay "not screened" until screened; monitoring shows overdue items', async ({
  page,
}, info) => {
  const a = generatePackage(7, 12, PACK_V1);
  delete a.es;
  const b = generatePackage(5, 12, PACK_V1);
  delete b.es;
  b.organisation.registrationNo = '9876543';
  const fileA = info.outputPath('a.xlsx');
  const fileB = info.outputPath('b.xlsx');
  await msmeWorkbook(a, fileA);
  await msmeWorkbook(b, fileB);

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await store(page, fileB);
  await store(page, fileA);
  // Screen A: exclusion list answered, a signing date in the past, the ESAP generated.
  await page.getByRole('button', { name: 'None of the remaining items applies' }).click();
  await expect(page.getByTestId('exclusion-clear')).toBeVisible();
  await page.getByRole('button', { name: /5 Action plan/ }).click();
  await page.getByLabel('Loan signing date').fill('2025-01-31');
  await page.getByRole('button', { name: /Add \d+ generated item/ }).click();
  await expect(page.getByTestId('esap-row').first()).toBeVisible();

  await page.getByRole('link', { name: 'Monitoring' }).click();
  await expect(page.getByTestId('monitoring-overdue')).toContainText('Site visit by the bank');
  await page.getByLabel('Who visited').fill('B. Bold, loan officer');
  await page.getByLabel('What was found').fill('Fire exits clear; chemical store not yet locked.');
  await page.getByRole('button', { name: 'Save the visit' }).click();
  await expect(page.getByTestId('site-visits')).toContainText('B. Bold');
  await shot(page, info, 'monitoring-en');

  await page.goto('/#/officer/portfolio');
  await expect(page.getByTestId('portfolio-row')).toHaveCount(2);
  await page.getByLabel('E&S category').selectOption('none');
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  await expect(page.getByTestId('portfolio-row')).toContainText('Not screened');
  await page.getByLabel('E&S category').selectOption('all');
  await expect(page.getByTestId('portfolio-totals')).toBeVisible();
  expect(await clipped(page)).toEqual([]);
  await shot(page, info, 'portfolio-en');

  await page.locator('header select').first().selectOption('mn');
  await expect(page.getByTestId('portfolio-row')).toHaveCount(2);
  await expect(page.getByTestId('portfolio-row').filter({ hasText: 'Үнэлээгүй' })).toHaveCount(1);
  expect(await clipped(page)).toEqual([]);
  await shot(page, info, 'portfolio-mn');
  await page
    .getByTestId('portfolio-row')
    .filter({ hasNotText: 'Үнэлээгүй' })
    .getByRole('link')
    .click();
  await page.getByRole('link', { name: 'Хяналт' }).click();
  await expect(page.getByTestId('site-visits')).toBeVisible();
  await shot(page, info, 'monitoring-mn');
});
