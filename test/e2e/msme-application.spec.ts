import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { completeFirstStart, openApp, readWorkbook } from './helpers';

// A scourer-dehairer with its own coal boiler (no district heat), 2025, seasonal: coal peaks in
// the heating season, production from late spring to autumn (realism.md "Seasons") [D].
const MONTHS = 12;
const DATA = {
  output: [6200, 6800, 9800, 12500, 13800, 14200, 13900, 13100, 11800, 10200, 8100, 6900],
  electricity: [52000, 54000, 61000, 68000, 72000, 73000, 72500, 70000, 66000, 62000, 57000, 53000],
  coal: [42, 38, 30, 22, 16, 14, 13, 14, 18, 26, 34, 41],
  ncv: Array<number>(MONTHS).fill(3300),
  water: [420, 450, 690, 880, 960, 990, 970, 920, 830, 720, 560, 470],
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
// 1 kcal = 4.1868 kJ; 1 kWh = 3600 kJ.
const coalKwh = (t: number, ncv: number) => (t * 1000 * ncv * 4.1868) / 3600;

const ARTIFACTS = join(process.cwd(), '.artifacts', 'screens');

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await mkdir(ARTIFACTS, { recursive: true });
  await copyFile(path, join(ARTIFACTS, `msme-${name}.png`));
}

/** Pastes a tab-separated row of 12 months into the grid, starting at January of that metric. */
async function pasteRow(page: Page, rowLabel: string, values: readonly number[]): Promise<void> {
  const cell = page.getByLabel(`${rowLabel}, Jan`, { exact: true });
  await cell.click();
  await cell.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, values.join('\t'));
}

test('a new user builds a scourer-dehairer application and exports the workbook', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  // A crash of the page shows up in the runner's output, not only as a blank screenshot.
  page.on('pageerror', (e) => {
    console.error(`page error: ${e.message}`);
  });
  await openApp(page, 'en');
  await completeFirstStart(page);

  // 1. Organisation and profile.
  await page.getByLabel('Name (Mongolian)').fill('Хөх Тал Угаалга ХХК');
  await page.getByLabel('Name (English)').fill('Khukh Tal Scouring LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  const orgId = /#\/org\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  expect(orgId).not.toBe('');
  await page.getByLabel('Scouring (washing)').check();
  await page.getByLabel('Dehairing').check();
  await page.getByLabel('Share owned by women (%)').fill('55');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await shot(page, info, 'profile-en');

  // 2. Twelve months of 2025 through the metrics grid (pasted from "Excel").
  await page.getByRole('link', { name: 'Monthly data', exact: true }).click();
  await page.getByRole('combobox', { name: /^Year/ }).selectOption('2025');
  await pasteRow(page, 'Production output', DATA.output);
  await pasteRow(page, 'Electricity (grid)', DATA.electricity);
  await pasteRow(page, 'Coal', DATA.coal);
  await pasteRow(page, 'Coal: calorific value', DATA.ncv);
  await pasteRow(page, 'Water from the utility', DATA.water);
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  await expect(page.getByTestId('total-energy.electricity')).toContainText(
    sum(DATA.electricity).toLocaleString('en-GB'),
  );
  await shot(page, info, 'metrics-en');

  // 3. The whole VCP, pillar by pillar: mostly yes, a few gaps, one knock-out fully met.
  await page.getByRole('link', { name: 'Self-assessment (VCP)', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Self-assessment (VCP)' })).toBeVisible();
  const pillars = page.locator('.pillar-nav button');
  const pillarCount = await pillars.count();
  expect(pillarCount).toBe(10);
  let answered = 0;
  for (let p = 0; p < pillarCount; p++) {
    await pillars.nth(p).click();
    const cards = page.locator('.vcp-items [data-item]');
    const n = await cards.count();
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const level3 = (await card.locator('.badge', { hasText: /^L3$/ }).count()) > 0;
      // Leading-practice (level 3) items are where a small firm falls short.
      await card.getByLabel(level3 ? (i % 2 ? 'No' : 'Partly') : 'Yes', { exact: true }).check();
      answered++;
    }
  }
  expect(answered).toBeGreaterThan(40);
  await expect(page.getByTestId('vcp-save-status')).toHaveText('Saved');
  await expect(page.getByTestId('vcp-completion')).toHaveText(`${answered}/${answered}`);
  // One document attached through the evidence store.
  await pillars.nth(0).click();
  const first = page.locator('.vcp-items [data-item]').first();
  await first.getByLabel(/^Attach evidence for “.+”$/).setInputFiles({
    name: 'environmental-permit.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 permit scan'),
  });
  await expect(first.getByText('environmental-permit.pdf')).toBeVisible();
  await shot(page, info, 'vcp-en');
  await page.getByRole('button', { name: 'Submit self-assessment' }).click();
  // Answers without their documents: the app says what the bank will see before it submits.
  const confirm = page.getByRole('dialog', { name: 'Submit with gaps the bank will see?' });
  await expect(confirm).toContainText('without the documents they need');
  await confirm.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(page.getByTestId('vcp-status')).toHaveText('Submitted · version 1');
  await expect(page.locator('#vcp-check-title')).toHaveText(
    'Submitted: what the bank sees in version 1',
  );

  // 4. Action plan from the gaps.
  // The screen says what to do next; a new user follows it.
  await page.getByRole('link', { name: 'Next: turn your gaps into an action plan →' }).click();
  const addAll = page.getByRole('button', {
    name: /^Add (all|the) \d+ (suggestions? )?to the plan$/,
  });
  const suggested = Number(/\d+/.exec((await addAll.textContent()) ?? '')?.[0]);
  expect(suggested).toBeGreaterThan(0);
  await addAll.click();
  await expect(page.locator('table.actions-table tbody tr')).toHaveCount(suggested);
  await shot(page, info, 'actions-en');

  // 5. Boiler upgrade: coal 308 t → 180 t a year at the same output.
  await page.getByRole('link', { name: 'plan a green investment' }).click();
  await expect(page.getByLabel('Measure')).toHaveValue('GM-BOILER-UPGRADE');
  await expect(page.getByLabel('Coal (t) — Baseline (now)', { exact: true })).toHaveValue(
    String(sum(DATA.coal)),
  );
  await expect(page.getByLabel('Electricity (kWh) — Baseline (now)', { exact: true })).toHaveValue(
    String(sum(DATA.electricity)),
  );
  await page.getByLabel('Coal (t) — Projected (after)').fill('180');
  await page.getByLabel('Investment cost (₮)').fill('350000000');
  await page.getByLabel('Equipment (make, model, capacity)').fill('2 t/h chain-grate boiler, 82 %');
  // (coal saved 128 t × 3300 kcal/kg) ÷ (electricity + coal before) ≈ 25.3 % ≥ 20 %.
  const before = sum(DATA.electricity) + coalKwh(sum(DATA.coal), 3300);
  const expectedPct = ((coalKwh(sum(DATA.coal), 3300) - coalKwh(180, 3300)) / before) * 100;
  expect(expectedPct).toBeGreaterThan(20);
  await expect(page.getByTestId('outcome-GC-EE-1')).toHaveText('pass');
  await expect(page.getByTestId('green-energy')).toHaveText(`${expectedPct.toFixed(1)}%`);
  await page.getByRole('button', { name: 'Save as the application’s project' }).click();
  await expect(page.getByTestId('project-save-status')).toHaveText('Saved');
  await shot(page, info, 'project-en');

  // 6. Export the English workbook and read it back.
  await page.getByRole('link', { name: 'Next: export for the bank →' }).click();
  await expect(page.getByTestId('export-included')).toContainText('12 periods, 2025-01 to 2025-12');
  await shot(page, info, 'export-en');
  await page.getByLabel('English').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook (.xlsx)' }).click();
  const file = info.outputPath('application.xlsx');
  await (await download).saveAs(file);
  await expect(page.getByText(/^Saved as GreenThread_Khukh_Tal_Scouring_LLC_/)).toBeVisible();

  const wb = await readWorkbook(file);
  const machine = wb.getWorksheet('_gt_data');
  expect(machine?.state).toBe('veryHidden');
  const cells = new Map<string, string>();
  machine?.eachRow((row) => cells.set(row.getCell(1).text, row.getCell(2).text));
  expect(cells.get('["organisation","processes",0]')).toBe('"scouring"');
  expect(cells.get('["project","measure"]')).toBe('"GM-BOILER-UPGRADE"');
  expect(cells.get('["project","projected","coalT"]')).toBe('180');
  expect(cells.get('["vcp","status"]')).toBe('"submitted"');
  for (let i = 0; i < MONTHS; i++) {
    const period = JSON.parse(cells.get(`["periods",${String(i)},"period"]`) ?? '""') as string;
    const m = Number(period.slice(5)) - 1;
    const v = (id: string) =>
      Number(cells.get(`["periods",${String(i)},"values","${id}","value"]`));
    expect(v('energy.electricity')).toBe(DATA.electricity[m]);
    expect(v('energy.coal')).toBe(DATA.coal[m]);
    expect(v('production.output_kg')).toBe(DATA.output[m]);
  }

  // Visible Metrics sheet (a year block: metrics as rows, months as columns): typed values and the
  // derived total energy, computed by hand.
  const metrics = wb.getWorksheet('Metrics');
  const header = metrics?.getRow(1);
  expect(header?.getCell(1).text).toBe('2025');
  const col = (period: string) => {
    let found = 0;
    header?.eachCell((c, n) => {
      if (c.text === period) found = n;
    });
    expect(found, period).toBeGreaterThan(0);
    return found;
  };
  const rows = new Map<string, number>();
  metrics?.eachRow((row, n) => {
    if (!rows.has(row.getCell(1).text)) rows.set(row.getCell(1).text, n);
  });
  const elecRow = metrics?.getRow(rows.get('Electricity (grid) (kWh)') ?? 0);
  const energyRow = metrics?.getRow(rows.get('Total energy (kWh)') ?? 0);
  for (const m of [0, 6, 11]) {
    const c = col(`2025-${String(m + 1).padStart(2, '0')}`);
    expect(Number(elecRow?.getCell(c).value)).toBe(DATA.electricity[m]);
    const total = energyRow?.getCell(c).value as { result?: number } | number;
    const shown = typeof total === 'number' ? total : Number(total.result);
    const hand = (DATA.electricity[m] ?? 0) + coalKwh(DATA.coal[m] ?? 0, 3300);
    expect(shown).toBeCloseTo(hand, 3);
  }

  // 7. Every screen again in Mongolian.
  await page.getByLabel('Language', { exact: true }).selectOption('mn');
  for (const section of ['profile', 'metrics', 'vcp', 'actions', 'project', 'export']) {
    await page.goto(`/#/org/${orgId}/${section}`);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await shot(page, info, `${section}-mn`);
  }
  await expect(page.locator('h1').first()).toHaveText('Банкинд илгээх файл');
});
