import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { inspectZip } from '../../adapters/excel/zipInspect';
import { WORKBOOK_LIMITS } from '../../adapters/excel/limits';
import { completeFirstStart, openApp, readWorkbook } from './helpers';

// The loan workbook exported from the app carries the charts as PNGs on its Charts sheet, drawn
// by the real browser (SVG → canvas at 2×), in the language chosen for the files.
const ORG = 'demo-khangai-cashmere';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SHEET = { en: 'Charts', mn: 'Графикууд' } as const;
const FIRST_TITLE = {
  en: 'Energy use by carrier, per month',
  mn: 'Эрчим хүчний хэрэглээ, төрлөөр, сараар',
} as const;
const RADIO = { en: 'English', mn: 'Монгол' } as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

for (const lang of ['en', 'mn'] as const) {
  test(`the exported workbook (${lang}) has the charts as anchored PNGs`, async ({
    page,
  }, info) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, 'en');
    await completeFirstStart(page);
    await page.goto(`/#/org/${ORG}/export`);
    await page.getByRole('radio', { name: RADIO[lang], exact: true }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workbook (.xlsx)' }).click();
    const file = info.outputPath(`charts-${lang}.xlsx`);
    await (await download).saveAs(file);
    await expect(page.getByText(/^Saved as GreenThread_Khangai_Cashmere_LLC_/)).toBeVisible();

    // The zip holds PNG parts under xl/media and a drawing for the Charts sheet.
    const bytes = new Uint8Array(await readFile(file));
    const zip = inspectZip(bytes, WORKBOOK_LIMITS);
    if (!zip.ok) throw new Error(`not a readable zip: ${zip.refusal.code}`);
    const names = zip.entries.map((e) => e.name);
    const media = names.filter((n) => /^xl\/media\/[^/]+\.png$/.test(n));
    expect(media.length).toBe(5);
    expect(names.some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toBe(true);

    const wb = await readWorkbook(file);
    const charts = wb.getWorksheet(SHEET[lang]);
    if (!charts) throw new Error(`no ${SHEET[lang]} sheet`);
    const images = charts.getImages();
    expect(images).toHaveLength(5);
    // Anchored in column A, one below another, each under its title.
    const rows = images.map((img) => img.range.tl.nativeRow);
    expect(images.every((img) => img.range.tl.nativeCol === 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(new Set(rows).size).toBe(5);
    // The image's 0-based anchor row is the 1-based number of the title row above it.
    expect(charts.getRow(rows[0] ?? 0).getCell(1).text).toBe(FIRST_TITLE[lang]);
    for (const img of images) {
      const picture = wb.getImage(Number(img.imageId));
      const png = new Uint8Array(picture.buffer as unknown as ArrayBuffer);
      expect(PNG.every((b, i) => png[i] === b)).toBe(true);
      // Drawn at twice the size it is shown at, so it stays sharp when zoomed or printed.
      expect(pngSize(png).width).toBe(1440);
      expect(png.length).toBeGreaterThan(10_000);
    }
    // With pictures, the note that charts are missing is gone.
    const texts: string[] = [];
    charts.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts.join('\n')).not.toMatch(/command line|командын мөр/);
    expect(errors).toEqual([]);
  });
}

test('without a canvas the workbook still exports, with the note instead of charts', async ({
  page,
}, info) => {
  // What a locked-down or broken renderer looks like: no 2D context at all.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = () => null;
  });
  await openApp(page, 'en');
  await completeFirstStart(page);
  await page.goto(`/#/org/${ORG}/export`);
  await page.getByRole('radio', { name: 'English', exact: true }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook (.xlsx)' }).click();
  const file = info.outputPath('no-canvas.xlsx');
  await (await download).saveAs(file);
  await expect(page.getByText(/^Saved as GreenThread_Khangai_Cashmere_LLC_/)).toBeVisible();

  const zip = inspectZip(new Uint8Array(await readFile(file)), WORKBOOK_LIMITS);
  if (!zip.ok) throw new Error(`not a readable zip: ${zip.refusal.code}`);
  expect(zip.entries.filter((e) => e.name.startsWith('xl/media/'))).toEqual([]);
  const charts = (await readWorkbook(file)).getWorksheet('Charts');
  expect(charts?.getImages()).toEqual([]);
  expect(charts?.getRow(1).getCell(1).text).toMatch(
    /^Charts are added when the workbook is exported/,
  );
});
