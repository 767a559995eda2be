// WorkbookSpec → .xlsx bytes. The ONLY writer; shared/workbook decides every cell and value.
import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from '../../shared/workbook';
// characters XML cannot carry become visible U+FFFD, and "_xHHHH_" stays literal text
import { cellStringForWriter } from '../../shared/workbook/snapshot';
import {
  addListValidation,
  loadExcelJs,
  withWholePartEncoding,
  yieldToEventLoop,
  type ProgressFn,
  type Workbook,
  type Worksheet,
} from './loadExcelJs';
import type ExcelJSNamespace from 'exceljs';

type Style = Partial<ExcelJSNamespace.Style>;

const fill = (argb: string): ExcelJSNamespace.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});

const STYLES: Record<CellStyle, Style> = {
  title: { font: { bold: true, size: 14 } },
  header: {
    font: { bold: true },
    fill: fill('FFDCE6D8'),
    alignment: { vertical: 'top', wrapText: true },
  },
  label: { font: { bold: true }, alignment: { vertical: 'top' } },
  text: { alignment: { vertical: 'top' } },
  wrap: { alignment: { vertical: 'top', wrapText: true } },
  input: { fill: fill('FFFFF8DC'), alignment: { vertical: 'top' } },
  good: { fill: fill('FFC6EFCE'), font: { color: { argb: 'FF006100' } } },
  // warnings are often sentences (a contradiction with the firm's own data): they wrap
  warn: {
    fill: fill('FFFFEB9C'),
    font: { color: { argb: 'FF9C5700' } },
    alignment: { vertical: 'top', wrapText: true },
  },
  bad: { fill: fill('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } },
  sign: { border: { bottom: { style: 'thin', color: { argb: 'FF000000' } } } },
  muted: { font: { italic: true, color: { argb: 'FF666666' } }, alignment: { vertical: 'top' } },
};

function setCell(ws: Worksheet, r: number, c: number, spec: CellSpec): void {
  if (spec === null) return;
  const cell = ws.getCell(r, c);
  switch (spec.t) {
    case 's':
      // An empty input stays an empty cell (only its style): a formula over it reads 0, where an
      // empty text would make the arithmetic fail in Excel.
      if (spec.v === '') break;
      // A plain string value: exceljs writes it as a shared string (t="s"), never a formula,
      // even when it starts with = + - @ or a tab.
      cell.value = cellStringForWriter(spec.v);
      break;
    case 'n':
      cell.value = spec.v;
      break;
    case 'b':
      cell.value = spec.v;
      break;
    case 'f':
      cell.value = { formula: spec.f, result: spec.result, date1904: false };
      break;
  }
  const style = styleFor(spec.style, spec.numFmt, spec.unlocked);
  if (style) cell.style = style;
}

const styleCache = new Map<string, Style>();

/** One shared style object per combination, instead of a fresh one for every cell. */
function styleFor(
  key: CellStyle | undefined,
  numFmt: string | undefined,
  unlocked: boolean | undefined,
): Style | null {
  if (!key && !numFmt && !unlocked) return null;
  const id = `${key ?? ''}|${numFmt ?? ''}|${unlocked ? 1 : 0}`;
  let style = styleCache.get(id);
  if (!style) {
    style = key ? { ...STYLES[key] } : {};
    if (numFmt) style.numFmt = numFmt;
    if (unlocked) style.protection = { locked: false };
    styleCache.set(id, style);
  }
  return style;
}

const WRAPPED = new Set<CellStyle>(['wrap', 'header', 'warn']);

/**
 * Spreadsheets do not grow a row for wrapped text written by a program, so estimate the lines
 * the longest wrapped cell needs from its column width (about one character per width unit).
 */
function wrappedLines(row: readonly CellSpec[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((cell, c) => {
    if (cell?.t !== 's' || !WRAPPED.has(cell.style ?? 'text')) return;
    // Cyrillic letters are wider than Latin ones: LibreOffice fits about 0.9 of them per width
    // unit, so a Mongolian question estimated at 1.1 lost its last line on the printed page
    const perUnit = /[\u0400-\u04ff]/.test(cell.v) ? 0.9 : 1.1;
    const width = Math.max(8, (widths[c] ?? 10) * perUnit);
    const n = cell.v
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
    lines = Math.max(lines, n);
  });
  return Math.min(lines, 27);
}

/** Row → width of a one-row merge that starts in column A (a sentence across the page). */
function mergedSpans(merges: readonly string[], widths: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of merges) {
    const x = /^A(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (x === null || x[1] !== x[3]) continue;
    const letters = x[2] ?? '';
    let last = 0;
    for (let i = 0; i < letters.length; i++) last = last * 26 + letters.charCodeAt(i) - 64;
    out.set(
      Number(x[1]),
      widths.slice(0, last).reduce((a, b) => a + b, 0),
    );
  }
  return out;
}

async function writeSheet(
  wb: Workbook,
  sheet: SheetSpec,
  images: Map<Uint8Array, number>,
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, { state: sheet.state });
  ws.columns = sheet.columns.map((c) => ({
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const widths = sheet.columns.map((c) => c.width);
  const spans = mergedSpans(sheet.merges, widths);
  sheet.rows.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((cell, c) => setCell(ws, r + 1, c + 1, cell));
    const span = spans.get(r + 1);
    const lines = wrappedLines(row, span === undefined ? widths : [span, ...widths.slice(1)]);
    if (lines > 1) ws.getRow(r + 1).height = Math.min(409, 15 * lines);
  });
  for (const m of sheet.merges) ws.mergeCells(m);
  if (sheet.headerHeight !== undefined) ws.getRow(1).height = sheet.headerHeight;
  for (const r of sheet.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  for (const v of sheet.validations) addListValidation(ws, v.range, v.source);
  if (sheet.frozen) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozen.cols, ySplit: sheet.frozen.rows }];
  }
  if (sheet.print) {
    const fit = sheet.print.fitToWidth !== false;
    ws.pageSetup = {
      orientation: sheet.print.orientation,
      ...(fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(sheet.print.repeatRows ? { printTitlesRow: sheet.print.repeatRows } : {}),
      ...(sheet.print.repeatCols ? { printTitlesColumn: sheet.print.repeatCols } : {}),
    };
    // A4 is paper size 9; exceljs types it as an ambient const enum we cannot name here.
    Object.assign(ws.pageSetup, { paperSize: 9 });
    ws.headerFooter = { oddHeader: sheet.print.header, oddFooter: sheet.print.footer };
  }
  for (const img of sheet.images) {
    let id = images.get(img.png);
    if (id === undefined) {
      id = wb.addImage({ buffer: img.png as unknown as ExcelJSNamespace.Buffer, extension: 'png' });
      images.set(img.png, id);
    }
    ws.addImage(id, {
      tl: { col: img.col, row: img.row },
      ext: { width: img.width, height: img.height },
      editAs: 'oneCell',
    });
  }
  if (sheet.protect) {
    // No password: protection guards formulas against slips, it is not a secret. spinCount
    // stays low because the default 100,000 takes ~0.8 s a sheet in the renderer.
    await ws.protect('', {
      spinCount: 1000,
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      sort: true,
      autoFilter: true,
    });
  }
}

/** Writes the workbook; `onProgress` gets (0..1, stage) and the event loop runs between sheets. */
export async function writeWorkbook(
  spec: WorkbookSpec,
  onProgress?: ProgressFn,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator;
  wb.title = spec.title;
  wb.created = new Date(spec.created);
  wb.modified = new Date(spec.created);
  const images = new Map<Uint8Array, number>();
  const n = spec.sheets.length;
  for (const [i, sheet] of spec.sheets.entries()) {
    onProgress?.(i / (n + 1), `sheet:${sheet.key}`);
    await writeSheet(wb, sheet, images);
    await yieldToEventLoop();
  }
  for (const d of spec.names ?? []) wb.definedNames.add(d.ref, d.name);
  onProgress?.(n / (n + 1), 'zip');
  // deflate level 1: the XML still shrinks ~8×, and zipping is the largest single cost
  const buffer = await withWholePartEncoding(() =>
    wb.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } }),
  );
  onProgress?.(1, 'done');
  return new Uint8Array(buffer);
}
