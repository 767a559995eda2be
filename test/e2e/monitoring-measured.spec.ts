import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { writeWorkbook } from '../../adapters/excel';
import { PACK_V1 } from '../../shared/catalogue/pack-v1';
import { generatePackage } from '../../shared/engine/generatePackage';
import { measuredYear } from '../../shared/monitoring/measuredVsPromised';
import type { ApplicationPackage, PeriodData } from '../../shared/package/schema';
import { buildWorkbookSpec } from '../../shared/workbook';
import { monitoringReportPackage } from '../../shared/monitoring/reportPackage';
import { completeFirstStart, openApp } from './helpers';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';

const SCREENS = '.artifacts/screens';

async function signedWorkbook(pkg: ApplicationPackage, path: string): Promise<void> {
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
  await copyFile(path, `${SCREENS}/monitoring-${name}.png`);
}

async function pick(page: Page, button: RegExp, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

/** The year's months one year on, electricity and heat scaled as the project changed them. */
function nextYear(months: readonly PeriodData[], electricity: number, heat: number): PeriodData[] {
  return months.map((p) => {
    const values = { ...p.values };
    const el = values['energy.electricity'];
    if (el) values['energy.electricity'] = { ...el, value: Math.round(el.value * electricity) };
    const dh = values['energy.district_heat'];
    if (dh) values['energy.district_heat'] = { ...dh, value: dh.value * heat };
    const coal = values['energy.coal'];
    if (coal) values['energy.coal'] = { ...coal, value: coal.value * heat };
    return {
      ...p,
      period: `${String(Number(p.period.slice(0, 4)) + 1)}${p.period.slice(4)}`,
      values,
    };
  });
}

test('the company’s monitoring report: measured against promised on the Monitoring tab and in the memo', async ({
  page,
}, info) => {
  // Records 2023–2024, exported 15 January 2025; the project promises −30 % electricity and
  // −20 % heat and coal on the 2024 figures, typed as the baseline.
  const app = generatePackage(3, 24, PACK_V1);
  delete app.es;
  const y2024 = measuredYear(app, 2024);
  if (!y2024.ok || !app.project) throw new Error('seed 3 has a project and a full 2024');
  const base = y2024.value.figures;
  app.project.baseline = base;
  app.project.projected = {
    ...base,
    electricityKwh: base.electricityKwh * 0.7,
    heatGcal: base.heatGcal * 0.8,
    coalT: base.coalT * 0.8,
  };
  const appFile = info.outputPath('application.xlsx');
  await signedWorkbook(app, appFile);

  // The monitoring report for 2025 (after signing on 1 February 2025): electricity −18 %, heat
  // and coal −20 %, exported the next January; the same exporter, restricted to the year.
  const later: ApplicationPackage = {
    ...app,
    createdAt: '2026-01-20T09:00:00.000Z',
    periods: [...app.periods, ...nextYear(app.periods.slice(12), 0.82, 0.8)],
  };
  const reportFile = info.outputPath('GreenThread_Example_Monitoring_report_2025.xlsx');
  await signedWorkbook(monitoringReportPackage(later, 2025), reportFile);
  const otherFile = info.outputPath('other-company.xlsx');
  const other = monitoringReportPackage(later, 2025);
  await signedWorkbook(
    { ...other, organisation: { ...other.organisation, registrationNo: '5550001' } },
    otherFile,
  );

  await openApp(page, 'en');
  await completeFirstStart(page, 'Bank loan officer', 'Officer Bat');
  await page.goto('/#/officer/import');
  await pick(page, /Open workbook/, appFile);
  await expect(page.getByTestId('verdict')).toContainText('Intact');
  await page.getByRole('button', { name: 'Store in my portfolio' }).click();
  await page.getByRole('button', { name: 'None of the remaining items applies' }).click();
  await page.getByRole('button', { name: /5 Action plan/ }).click();
  await page.getByLabel('Loan signing date').fill('2025-02-01');

  await page.getByRole('link', { name: 'Monitoring' }).click();
  const panel = page.getByTestId('measured-panel');
  await expect(panel).toContainText('No monitoring report yet');

  // Another company's report is refused in words; nothing is stored.
  await pick(page, /Import the company's monitoring report/, otherFile);
  await expect(page.getByTestId('measured-message')).toContainText(
    'registration no. 5550001), not for',
  );
  await expect(panel).toContainText('No monitoring report yet');

  await pick(page, /Import the company's monitoring report/, reportFile);
  await expect(page.getByTestId('measured-message')).toContainText(
    'Monitoring report 2025 stored (signed and intact)',
  );
  await expect(page.getByTestId('measured-source')).toContainText('months 2025-01 to 2025-12');
  const words = page.getByTestId('measured-words');
  // Electricity −18 % of the promised −30 %: 60 % of the electricity promise; with heat at
  // its promise the energy and CO2 shares fall between 60 % and 100 %.
  await expect(words).toContainText(
    /CO2 fell [\d,.]+\st of the promised [\d,.]+\st: ([6-9]\d)% of the promise/,
  );
  await expect(words).toContainText(
    /Energy use \(every fuel as kWh\) fell [\d,]+\skWh of the promised/,
  );
  await expect(page.getByTestId('measured-savings').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('measured-criteria')).toContainText('GC-EE-1');

  await page.getByTestId('measured-panel').scrollIntoViewIfNeeded();
  await shot(page, info, 'measured-en');

  await page.getByRole('link', { name: 'Decision memo' }).click();
  await expect(page.getByTestId('memo-measured')).toBeVisible();
  await expect(page.getByTestId('memo-measured')).toContainText('Of the promise');
  await page.emulateMedia({ media: 'print' });
  await mkdir(SCREENS, { recursive: true });
  await page.pdf({ path: `${SCREENS}/monitoring-memo-en.pdf`, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  // The portfolio at 1366 px: every column header inside its column, the table inside the page.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/officer/portfolio');
  await portfolioFits(page);
  await shot(page, info, 'portfolio-1366-en');

  await page.locator('header select').first().selectOption('mn');
  await portfolioFits(page);
  await shot(page, info, 'portfolio-1366-mn');
  await page.getByTestId('portfolio-row').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Хяналт' }).click();
  await expect(page.getByTestId('measured-words')).toContainText('амлалтын');
  await shot(page, info, 'measured-mn');
});

async function portfolioFits(page: Page): Promise<void> {
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  const overflow = await page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('.portfolio-table');
    const heads = [...document.querySelectorAll<HTMLElement>('[role="columnheader"]')];
    return {
      table: table ? table.scrollWidth - table.clientWidth : -1,
      heads: heads.filter((h) => h.scrollWidth > h.clientWidth + 1).map((h) => h.textContent ?? ''),
    };
  });
  expect(overflow).toEqual({ table: 0, heads: [] });
}
