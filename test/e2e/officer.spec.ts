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

/** The MSME side's workbook, written with the same builder and writer the app uses. */
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
  await copyFile(path, `${SCREENS}/officer-${name}.png`);
}

async function openWorkbook(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open workbook|Ажлын ном нээх/ }).click();
  await (await chooser).setFiles(path);
}

test('officer imports, screens, decides, prints, then sees a re-submission diff', async ({
  page,
}, info) => {
  // A scourer-dehairer with a green project (seed 7); the bank's screening is the officer's job.
  const first = generatePackage(7, 12, PACK_V1);
  delete first.es;
  const file1 = info.outputPath('msme-1.xlsx');
  await msmeWorkbook(first, file1);

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await page.goto('/#/officer/import');
  await openWorkbook(page, file1);
  await expect(page.getByTestId('verdict')).toContainText('Intact');
  await expect(page.getByTestId('summary-name')).toContainText(first.organisation.nameMn);
  await shot(page, info, 'import-en');
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();

  // 1 exclusion list
  await expect(page.getByTestId('step-exclusion')).toBeVisible();
  await page.getByRole('button', { name: 'None of the remaining items applies' }).click();
  await expect(page.getByTestId('exclusion-clear')).toBeVisible();
  await shot(page, info, 'screening-exclusion-en');
  await page.getByRole('button', { name: 'Next' }).click();

  // 2 category: suggested B; an override needs a written reason
  await expect(page.getByTestId('suggested-category')).toHaveText('B');
  await page.getByLabel('New category').selectOption('A');
  const override = page.getByRole('button', { name: 'Override', exact: true });
  await page.getByLabel('Written reason for the override').fill('too short');
  await expect(override).toBeDisabled();
  await page
    .getByLabel('Written reason for the override')
    .fill('Effluent discharges next to the Tuul river');
  await expect(override).toBeEnabled();
  await override.click();
  await expect(page.getByTestId('final-category')).toHaveText('A');
  await shot(page, info, 'screening-category-en');
  await page.getByRole('button', { name: 'Next' }).click();

  // 3 checklist prefilled from the VCP answers
  await page.getByRole('button', { name: /Confirm the \d+ prefilled check/ }).click();
  await expect(page.getByText(/\d+ of \d+ checks confirmed/)).toBeVisible();
  await shot(page, info, 'screening-checklist-en');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('findings-count')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  // 5 ESAP from the findings, deadlines from the signing date
  await page.getByLabel('Loan signing date').fill('2026-03-01');
  await page.getByRole('button', { name: /Add \d+ generated item/ }).click();
  await expect(page.getByText('Every generated item is in the plan.')).toBeVisible();
  await expect(page.getByTestId('esap-row').first()).toBeVisible();
  await shot(page, info, 'screening-esap-en');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('monitoring')).toContainText('Site visit by the bank');
  await shot(page, info, 'screening-monitoring-en');

  // Green review and decision
  await page.getByRole('link', { name: 'Green review' }).click();
  await expect(page.getByTestId('green-criteria')).toBeVisible();
  await page.getByLabel('Eligible subject to verification').check();
  // Departing from the suggested decision needs a written reason (kept and printed).
  await page
    .getByLabel(/^Reason/)
    .fill('Supplier quotation and energy audit seen; verify savings after a year');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByTestId('green-decision')).toContainText(
    'Eligible subject to verification',
  );
  await shot(page, info, 'green-en');

  // Memo: the browser build prints with window.print
  await page.getByRole('link', { name: 'Decision memo' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await expect(page.getByTestId('memo-category')).toContainText('A / High');
  await expect(page.getByTestId('memo-green')).toContainText('Eligible subject to verification');
  // What the printer gets: the memo alone, without the app's navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Application sections' })).toBeHidden();
  await shot(page, info, 'memo-print-en');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print / save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await shot(page, info, 'memo-en');

  // The MSME changes two answers and sends the workbook again.
  const second = structuredClone(first);
  const ids = Object.keys(second.vcp?.answers ?? {}).slice(0, 2);
  for (const id of ids) {
    const a = second.vcp!.answers[id]!;
    a.answer = a.answer === 'yes' ? 'no' : 'yes';
  }
  const file2 = info.outputPath('msme-2.xlsx');
  await msmeWorkbook(second, file2);
  await page.goto('/#/officer/import');
  await openWorkbook(page, file2);
  const changes = page.getByTestId('resubmission-change');
  await expect(changes).toHaveCount(2);
  for (const id of ids)
    await expect(page.getByTestId('resubmission-change').filter({ hasText: id })).toHaveCount(1);
  await shot(page, info, 'resubmission-en');
  await page.getByRole('button', { name: 'Accept the re-submission' }).click();
  await expect(page.getByTestId('step-exclusion')).toBeVisible();

  await page.goto('/#/officer/portfolio');
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  // The re-submission kept the officer's category and green decision.
  await expect(page.getByTestId('portfolio-row')).toContainText('Eligible subject to verification');
  await shot(page, info, 'portfolio-en');

  // The same screens in Mongolian.
  await page.getByLabel('Language').first().selectOption('mn');
  await expect(page.getByRole('heading', { name: 'Зээлийн багц' })).toBeVisible();
  await shot(page, info, 'portfolio-mn');
  await page.getByTestId('portfolio-row').getByRole('link').click();
  for (const tab of ['screening', 'green', 'memo'] as const) {
    const href = await page.evaluate(() => window.location.hash);
    await page.goto(`/${href.replace(/\/[a-z]+$/, `/${tab}`)}`);
    await page.waitForTimeout(300);
    await shot(page, info, `${tab}-mn`);
  }
  await page.goto('/#/officer/import');
  await openWorkbook(page, file2);
  await expect(page.getByTestId('verdict')).toContainText('Бүрэн бүтэн');
  await shot(page, info, 'import-mn');
});
