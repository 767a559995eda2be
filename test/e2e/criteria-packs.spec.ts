// Settings → Criteria packs in Chromium: a broken pack file is refused in words and stores
// nothing; the bank's pack loads, its differences from the shipped pack are listed, it is chosen
// for new screenings, and an application imported afterwards is screened with its threshold.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { PACK_V1 } from '../../shared/catalogue/pack-v1';
import { generatePackage } from '../../shared/engine/generatePackage';
import { buildWorkbookSpec } from '../../shared/workbook';
import { writeWorkbook } from '../../adapters/excel';
import { completeFirstStart, openApp } from './helpers';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';

const SCREENS = '.artifacts/screens';

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(SCREENS, { recursive: true });
  await copyFile(path, `${SCREENS}/criteria-packs-${name}.png`);
}

/** The shipped pack under the bank's id, GC-EE-1 (energy intensity cut) raised from 20 % to 33 %. */
function bankPack(): Record<string, unknown> {
  const p = JSON.parse(JSON.stringify(PACK_V1)) as {
    id: string;
    version: string;
    effectiveDate: string;
    title: { en: string; mn: string };
    greenCriteria: { id: string; threshold: number }[];
  };
  p.id = 'xacbank-textile';
  p.version = '2027.1.0';
  p.effectiveDate = '2027-01-01';
  p.title = { ...p.title, en: 'XacBank textile criteria', mn: 'ХасБанкны нэхмэлийн шалгуур' };
  const ee = p.greenCriteria.find((c) => c.id === 'GC-EE-1');
  if (!ee) throw new Error('GC-EE-1 missing');
  ee.threshold = 33;
  return p;
}

async function loadPackFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Load a pack file|Багцын файл ачаалах/ }).click();
  await (await chooser).setFiles(path);
}

test('a bank pack loaded in Settings is used for the next screening', async ({ page }, info) => {
  const broken = info.outputPath('broken-pack.json');
  await writeFile(broken, JSON.stringify({ ...bankPack(), greenCriteria: 'none' }));
  const good = info.outputPath('xacbank-pack.json');
  await writeFile(good, JSON.stringify(bankPack()));
  const pkg = generatePackage(7, 12, PACK_V1);
  delete pkg.es;
  const workbook = info.outputPath('msme.xlsx');
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
  await writeFile(workbook, await writeWorkbook(spec));

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await page.goto('/#/settings');
  const section = page.locator('section[aria-labelledby="criteria-packs-title"]');
  await expect(section.getByTestId('criteria-pack')).toHaveCount(1);

  await loadPackFile(page, broken);
  const message = section.getByTestId('criteria-pack-message');
  await expect(message).toContainText('broken-pack.json was not loaded');
  await expect(message).toContainText('greenCriteria');
  await expect(message).toContainText('Nothing was stored.');
  await expect(section.getByTestId('criteria-pack')).toHaveCount(1);

  await loadPackFile(page, good);
  await expect(message).toContainText('Loaded XacBank textile criteria (xacbank-textile 2027.1.0)');
  const held = section.getByTestId('criteria-pack').nth(1);
  await expect(held).toContainText('Loaded from the file xacbank-pack.json');
  await expect(held).toContainText('threshold 20 in the shipped pack, 33 in this one');
  await held.getByRole('radio').check();
  await expect(held).toContainText('Used for new screenings');
  await shot(page, info, 'settings-en');

  await page.goto('/#/officer/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open workbook/ }).click();
  await (await chooser).setFiles(workbook);
  await expect(page.getByTestId('verdict')).toContainText('Intact');
  await expect(page.getByTestId('bank-pack-note')).toContainText('xacbank-textile 2027.1.0');
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();
  await expect(page.getByTestId('step-exclusion')).toBeVisible();
  await page.getByRole('link', { name: 'Green review' }).click();
  // The generated project cuts specific energy use by 24.7 %: it would pass the shipped 20 %.
  const ee = page.getByRole('row', { name: /^GC-EE-1 / });
  await expect(ee).toContainText('≥ 33 %');
  await expect(ee).toContainText('Fail');

  // The same section in Mongolian.
  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
  await expect(section.getByRole('heading', { name: 'Шалгуурын багц' })).toBeVisible();
  await expect(section.getByTestId('criteria-pack').nth(1)).toContainText('босго');
  await shot(page, info, 'settings-mn');
});
