// .xlsx bytes → plain cell values (RawWorkbook), refusing oversized, damaged or hostile files
// before exceljs sees them. Never throws: every failure is a Refusal naming what is wrong.
import {
  interpretWorkbook,
  READ_LIMITS,
  type InterpretOptions,
  type RawCell,
  type RawSheet,
  type RawWorkbook,
  type Refusal,
  type WorkbookVerdict,
} from '../../shared/workbook';
import { WORKBOOK_LIMITS, type WorkbookLimits } from './limits';
import { loadExcelJs, yieldToEventLoop, type ProgressFn, type Worksheet } from './loadExcelJs';
import { checkInflatedSizes, inspectZip } from './zipInspect';

export type ReadResult = { ok: true; workbook: RawWorkbook } | { ok: false; refusal: Refusal };

export interface ReadOptions {
  limits?: Partial<WorkbookLimits>;
  onProgress?: ProgressFn;
}

function toRaw(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('result' in v) return toRaw(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[])
        .map((t) => (typeof t.text === 'string' ? t.text : ''))
        .join('');
    }
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

function readSheet(ws: Worksheet): RawSheet {
  const rows: RawCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      while (out.length < col - 1) out.push(null);
      out[col - 1] = toRaw(cell.value);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = out;
  });
  return { name: ws.name, state: ws.state, rows };
}

export async function readWorkbook(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const limits: WorkbookLimits = { ...WORKBOOK_LIMITS, ...options.limits };
  const zip = inspectZip(bytes, limits);
  if (!zip.ok) return { ok: false, refusal: zip.refusal };
  const lying = await checkInflatedSizes(bytes, zip.entries, limits);
  if (lying) return { ok: false, refusal: lying };
  options.onProgress?.(0.05, 'zip');
  await yieldToEventLoop();
  try {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const worksheets = wb.worksheets;
    if (worksheets.length > READ_LIMITS.maxSheets) {
      return {
        ok: false,
        refusal: {
          code: 'too_many_sheets',
          detail: `${worksheets.length} sheets, at most ${READ_LIMITS.maxSheets}`,
        },
      };
    }
    const sheets: RawSheet[] = [];
    for (const [i, ws] of worksheets.entries()) {
      if (ws.rowCount > READ_LIMITS.maxRowsPerSheet) {
        return {
          ok: false,
          refusal: {
            code: 'too_many_rows',
            sheet: ws.name,
            detail: `${ws.rowCount} rows, at most ${READ_LIMITS.maxRowsPerSheet}`,
          },
        };
      }
      sheets.push(readSheet(ws));
      options.onProgress?.(0.1 + (0.85 * (i + 1)) / worksheets.length, `sheet:${ws.name}`);
      await yieldToEventLoop();
    }
    options.onProgress?.(1, 'done');
    return { ok: true, workbook: { sheets } };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    return { ok: false, refusal: { code: 'not_workbook', detail } };
  }
}

/** Reads and judges a workbook: intact, changed (with every change) or unreadable. */
export async function verifyWorkbook(
  bytes: Uint8Array,
  options: ReadOptions & InterpretOptions = {},
): Promise<WorkbookVerdict> {
  const read = await readWorkbook(bytes, options);
  if (!read.ok) return { kind: 'unreadable', refusal: read.refusal };
  try {
    return interpretWorkbook(read.workbook, options);
  } catch (error) {
    // a bug in interpretation must still reach the caller as a verdict, not an exception
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    return { kind: 'unreadable', refusal: { code: 'not_workbook', detail } };
  }
}
