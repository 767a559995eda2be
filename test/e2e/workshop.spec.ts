import { expect, test, type Page, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import { generatePackage } from '../../shared/engine/generatePackage';
import { scorePackage } from '../../shared/engine/scorePackage';
import { buildWorkbookSpec } from '../../shared/workbook';
import { writeWorkbook } from '../../adapters/excel/writeWorkbook';
import { openApp, readWorkbook } from './helpers';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';

type Lang = 'en' | 'mn';
type Dict = Record<string, Record<string, string>>;

const ARTIFACTS = join(process.cwd(), '.artifacts', 'screens');

async function locale(lang: Lang, ns: string): Promise<Dict> {
  const path = join(process.cwd(), 'renderer/src/i18n/locales', lang, `${ns}.json`);
  return JSON.parse(await readFile(path, 'utf8')) as Dict;
}

/** Nine intact workbooks, one edited outside GreenThread and one file that is no workbook. */
async function participantFiles(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let seed = 1; seed <= 10; seed++) {
    const pkg = generatePackage(seed, 12, ACTIVE_PACK);
    const results = scorePackage(pkg, ACTIVE_PACK);
    const { spec } = await signedWith(
      buildWorkbookSpec({
        pkg,
        pack: ACTIVE_PACK,
        results,
        language: 'mn',
        charts: null,
        signingPublicKey: TEST_KEY.publicKey,
      }),
    );
    let bytes = await writeWorkbook(spec);
    if (seed === 10) {
      // A participant typed over a figure in Excel: GreenThread must notice.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.slice().buffer);
      // The third sheet holds the monthly figures; row 2 is the first month, column D electricity.
      const cell = wb.worksheets[2]!.getCell(2, 4);
      cell.value = Number(cell.value) + 1;
      bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    }
    const path = join(dir, `participant-${String(seed).padStart(2, '0')}.xlsx`);
    await writeFile(path, bytes);
    files.push(path);
  }
  const junk = join(dir, 'notes.xlsx');
  await writeFile(junk, 'these are my notes, not a workbook');
  files.push(junk);
  return files;
}

const tabs = (page: Page, w: Dict) => page.getByRole('navigation', { name: w.tabs!.label! });

// Written once per worker: both languages import the same participants' files.
let filesOnce: Promise<string[]> | null = null;

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(ARTIFACTS, { recursive: true });
  await copyFile(path, join(ARTIFACTS, `workshop-${name}.png`));
}

/** Nothing wider than the window at 1366 px, the usual projector laptop. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const content = document.querySelector('.content');
    return {
      doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      content: content ? content.scrollWidth - content.clientWidth : 0,
    };
  });
  expect(overflow.doc).toBeLessThanOrEqual(0);
  expect(overflow.content).toBeLessThanOrEqual(0);
}

for (const lang of ['mn', 'en'] as const) {
  test(`workshop: reset, exercises, collect ten workbooks, benchmark (${lang})`, async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    const w = await locale(lang, 'workshop');
    const fs = await locale(lang, 'firstStart');
    filesOnce ??= participantFiles(join(info.project.outputDir, 'workshop-participants'));
    const files = await filesOnce;
    await page.setViewportSize({ width: 1366, height: 768 });
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));

    await openApp(page, lang);
    await page.getByRole('heading', { name: fs.title as unknown as string }).waitFor();
    await page.getByLabel(fs.roles!.trainer!).check();
    await page.getByLabel(fs.name as unknown as string).fill('Б. Сургагч');
    await page.getByRole('button', { name: fs.start as unknown as string, exact: true }).click();

    // Trainer home: four demo companies, reset with a confirmation that says what it does.
    await expect(page.getByRole('heading', { name: w.home!.title!, exact: true })).toBeVisible();
    await expect(page.getByTestId('demo-company')).toHaveCount(4);
    await page.getByRole('button', { name: w.home!.reset! }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(w.home!.confirmKeep!);
    await dialog.getByRole('button', { name: w.home!.confirmReset! }).click();
    await expect(page.getByText(w.home!.resetDone!)).toBeVisible();
    await shot(page, info, `home-${lang}`);

    // Exercise 1: Khangai's largest CO2 source is coal.
    await tabs(page, w).getByRole('link', { name: w.tabs!.exercises!, exact: true }).click();
    await page
      .getByRole('button', {
        name: w.exercises!.showHint!.replace('{{n}}', '1').replace('{{total}}', '3'),
      })
      .click();
    await page
      .getByRole('radio', { name: (await locale(lang, 'workshop')).carriers!.coal! })
      .check();
    await page.getByRole('button', { name: w.exercises!.check! }).click();
    await expect(page.getByTestId('verdict')).toContainText(w.exercises!.right!);
    await shot(page, info, `exercise-co2-${lang}`);

    // Exercise 2: Erdene's drives alone fail; drives plus heat savings pass.
    await page.getByRole('button', { name: /^2\. / }).click();
    await page.getByRole('button', { name: w.exercises!.check! }).click();
    await expect(page.getByTestId('verdict')).toContainText(w.exercises!.notYet!);
    const inputs = page.locator('.exercise-form input');
    await inputs.nth(0).fill('-25');
    await inputs.nth(1).fill('-25');
    await page.getByRole('button', { name: w.exercises!.check! }).click();
    await expect(page.getByTestId('verdict')).toContainText(w.exercises!.right!);
    await shot(page, info, `exercise-green-${lang}`);

    // Exercise 3: Ongo is category B, with the engine's reasons.
    await page.getByRole('button', { name: /^3\. / }).click();
    await page.getByRole('radio', { name: w.screening!.categoryB! }).check();
    await page.getByRole('button', { name: w.exercises!.check! }).click();
    await expect(page.getByTestId('screening-reasons')).toBeVisible();

    // Exercise 4: Torgon's two months below the minimum wage.
    await page.getByRole('button', { name: /^4\. / }).click();
    await page.getByRole('checkbox', { name: '2025-04' }).check();
    await page.getByRole('button', { name: w.exercises!.check! }).click();
    await expect(page.getByTestId('verdict')).toContainText(w.exercises!.notYet!);
    await page.getByRole('checkbox', { name: '2025-05' }).check();
    await page.getByRole('button', { name: w.exercises!.check! }).click();
    await expect(page.getByTestId('verdict')).toContainText(w.exercises!.right!);

    // Collect: all files at once through the platform's file input.
    await tabs(page, w).getByRole('link', { name: w.tabs!.collect!, exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: w.collect!.open! }).click();
    await (await chooser).setFiles(files);
    const rows = page.getByTestId('collect-results').locator('tbody tr');
    await expect(rows).toHaveCount(11, { timeout: 30_000 });
    await expect(page.locator('tr[data-kind="ok"]')).toHaveCount(9);
    await expect(page.locator('tr[data-kind="changed"]')).toHaveCount(1);
    await expect(page.locator('tr[data-kind="refused"]')).toHaveCount(1);
    await expect(page.getByTestId('collect-results')).not.toContainText('participant-');
    await shot(page, info, `collect-${lang}`);

    // Benchmark: ten participants, no names, and a summary workbook.
    await tabs(page, w).getByRole('link', { name: w.tabs!.benchmark!, exact: true }).click();
    await expect(page.getByTestId('benchmark-n')).toContainText('10');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('participant-');
    await shot(page, info, `benchmark-${lang}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: w.benchmark!.export! }).click();
    const saved = info.outputPath(`group-${lang}.xlsx`);
    await (await download).saveAs(saved);
    const wb = await readWorkbook(saved);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('B3').value).toBe(10);
    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((c) => (formulas += c.formula ? 1 : 0)));
    expect(formulas).toBe(0);

    // Projector view: large type, still nothing wider than the screen.
    await page
      .getByRole('button', { name: new RegExp(w.projector!.toggle!) })
      .first()
      .click();
    await expect(page.locator('html')).toHaveClass(/projector/);
    await expectNoHorizontalOverflow(page);
    await shot(page, info, `benchmark-projector-${lang}`);
    for (const [tab, name] of [
      ['home', 'home'],
      ['exercises', 'exercise'],
      ['collect', 'collect'],
    ] as const) {
      await tabs(page, w).getByRole('link', { name: w.tabs![tab]!, exact: true }).click();
      await expectNoHorizontalOverflow(page);
      await shot(page, info, `${name}-projector-${lang}`);
    }
  });
}
