// Characters outside the Basic Multilingual Plane (emoji, rare CJK) are two UTF-16 units. In node,
// exceljs hands each XML part to JSZip as a string, which encodes it in 16K-character slices, and
// a pair cut in two was written as U+FFFD U+FFFD: a random round trip found a workbook that read
// back "changed" after nothing was edited. Reading slices parts too (saxes carries a half pair
// over); both directions are pinned here at every slice boundary.
import ExcelJS from 'exceljs';
import { text, type SheetSpec, type WorkbookSpec } from '../../../shared/workbook/spec';
import { readWorkbook, writeWorkbook } from '../../../adapters/excel';
import { sharedStrings, unzip } from './zipUtil';

// 9,000 emoji (18,000 UTF-16 units) per cell, each cell one unit longer than the last, so over
// 70K units of shared strings every 16K boundary falls inside a pair in at least one layout.
const TEXTS = Array.from({ length: 4 }, (_, i) => `${'a'.repeat(i)}${'😀𣁡'.repeat(4_500)}`);

function spec(): WorkbookSpec {
  const sheet: SheetSpec = {
    key: 'astral',
    name: 'Astral',
    state: 'visible',
    columns: [{ width: 20 }],
    rows: TEXTS.map((t) => [text(t)]),
    validations: [],
    protect: false,
    images: [],
    merges: [],
  };
  return { creator: 'test', created: '2026-01-01T00:00:00Z', title: 'astral', sheets: [sheet] };
}

describe('characters outside the BMP survive a workbook round trip', { timeout: 60_000 }, () => {
  it('are written whole (no U+FFFD in the file)', async () => {
    const bytes = await writeWorkbook(spec());
    const strings = sharedStrings(unzip(bytes));
    for (const t of TEXTS) expect(strings).toContain(t);
    expect(strings.join('')).not.toContain('\uFFFD');
  });

  it('are read back whole from our own file', async () => {
    const read = await readWorkbook(await writeWorkbook(spec()));
    if (!read.ok) throw new Error(read.refusal.code);
    expect(read.workbook.sheets[0]?.rows.map((r) => r[0])).toEqual(TEXTS);
  });

  it('are read back whole from a file another writer made', async () => {
    // exceljs's own node writer splits pairs; write the part through TextEncoder as a browser
    // build or Excel would, so only the reading side is under test here.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Other');
    TEXTS.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
    const proc = process as { browser?: unknown };
    proc.browser = true;
    let buffer: ArrayBuffer;
    try {
      buffer = await wb.xlsx.writeBuffer();
    } finally {
      delete proc.browser;
    }
    const bytes = new Uint8Array(buffer);
    expect(sharedStrings(unzip(bytes))).toEqual(TEXTS);
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(read.refusal.code);
    expect(read.workbook.sheets[0]?.rows.map((r) => r[0])).toEqual(TEXTS);
  });
});
