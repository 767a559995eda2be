import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { writeWorkbook } from '../../adapters/excel';
import { PACK_V1 } from '../../shared/catalogue/pack-v1';
import { generatePackage } from '../../shared/engine/generatePackage';
import { buildWorkbookSpec } from '../../shared/workbook';
import { completeFirstStart, openApp } from './helpers';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';

const SCREENS = '.artifacts/screens';

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(SCREENS, { recursive: true });
  await copyFile(path, `${SCREENS}/amendment-${name}.png`);
}

test('a decision changed after sign-off is version 2 with its own reason, in the history and the memo', async ({
  page,
}, info) => {
  // Without a green project the E&S decision alone is signed.
  const pkg = generatePackage(7, 12, PACK_V1);
  delete pkg.es;
  delete pkg.project;
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
  const file = info.outputPath('application.xlsx');
  await writeFile(file, await writeWorkbook(spec));

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await page.goto('/#/officer/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open workbook' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();
  await page.getByRole('button', { name: 'None of the remaining items applies' }).click();
  await expect(page.getByTestId('exclusion-clear')).toBeVisible();

  // Version 1: the suggested category, signed and locked.
  const signoff = page.getByTestId('signoff');
  await signoff.getByLabel('Role').fill('Senior loan officer');
  await signoff.getByRole('button', { name: 'Sign off and lock' }).click();
  await expect(page.getByTestId('signoff-locked')).toContainText('Version 1 signed by Officer Bat');
  await expect(page.getByTestId('signoff-locked')).toContainText('final B');
  await page.getByRole('button', { name: /2 Risk category/ }).click();
  await expect(page.getByLabel('New category')).toBeDisabled();

  // The decision changes only through an amendment with its own reason.
  await signoff
    .getByLabel(/Why the signed decision must change/)
    .fill('Site visit found untreated dye effluent');
  await signoff.getByRole('button', { name: 'Amend: open version 2' }).click();
  await expect(page.getByTestId('signoff-amending')).toContainText(
    'Site visit found untreated dye effluent',
  );
  await expect(page.getByLabel('New category')).toBeEnabled();
  await page.getByLabel('New category').selectOption('A');
  await page
    .getByLabel('Written reason for the override')
    .fill('Untreated dye effluent to the river: high, irreversible impact');
  await page.getByRole('button', { name: 'Override', exact: true }).click();
  // A person signs the decision the panel shows: final A, once the override is saved. (Pressed
  // earlier, the app refuses the sign-off and says why: signOffRace.test.tsx.)
  await expect(page.getByTestId('final-category')).toHaveText('A');
  await expect(signoff).toContainText('final A');
  await signoff.getByRole('button', { name: 'Sign off and lock' }).click();
  await expect(page.getByTestId('signoff-locked')).toContainText('Version 2 signed by Officer Bat');
  await expect(page.getByTestId('signoff-locked')).toContainText('final A');

  // The history keeps both versions: B as first signed, A with the amendment's reason.
  await signoff.getByText('2 signed versions').click();
  const history = page.getByTestId('signoff-history').locator('li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('Version 1');
  await expect(history.nth(0)).toContainText('final B');
  await expect(history.nth(0)).not.toContainText('Site visit found');
  await expect(history.nth(1)).toContainText('Version 2');
  await expect(history.nth(1)).toContainText('final A');
  await expect(history.nth(1)).toContainText('Site visit found untreated dye effluent');
  await shot(page, info, 'history-en');

  // The memo records the signed version 2, its amendment reason and the override's reason.
  await page.getByRole('link', { name: 'Decision memo' }).click();
  const memo = page.locator('main');
  await expect(memo).toContainText('version 2');
  await expect(memo).toContainText('Site visit found untreated dye effluent');
  await expect(memo).toContainText(
    'Untreated dye effluent to the river: high, irreversible impact',
  );
  await shot(page, info, 'memo-en');
});
