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
import { checkDuplicateParts, inspectContent } from './zipContent';
import { inspectZip } from './zipInspect';
import { loadParts } from './partsLoad';
import { unpackZip } from './zipParts';

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
  const formulas = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // a merged range shows its first cell only; exceljs repeats that value in the others
      if (cell.isMerged && cell.master.address !== cell.address) return;
      while (out.length < col - 1) out.push(null);
      out[col - 1] = toRaw(cell.value);
      // the formula text, shared formulas translated to this cell: compared, never trusted
      const f: unknown = cell.formula;
      if (typeof f === 'string' && f !== '') formulas.set(cell.address, f);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = out;
  });
  return { name: ws.name, state: ws.state, rows, formulas };
}

type ReconcileModel = {
  worksheetRels?: Record<string, { Type?: string; Target?: string }[] | undefined>;
  comments?: Record<string, unknown>;
  vmlDrawings?: Record<string, unknown>;
};

/**
 * exceljs finds comment parts only where it writes them (xl/commentsN.xml); a note saved by
 * openpyxl (xl/comments/comment1.xml, absolute targets) made it throw. Notes are read from the
 * zip by zipContent, so relationships exceljs cannot resolve are dropped before it looks.
 */
function tolerateForeignNotes(wb: { xlsx: unknown }): void {
  const xlsx = wb.xlsx as { reconcile?: (model: ReconcileModel, options: unknown) => void };
  const original = xlsx.reconcile;
  if (typeof original !== 'function') return;
  xlsx.reconcile = function (model: ReconcileModel, options: unknown) {
    for (const [sheet, rels] of Object.entries(model.worksheetRels ?? {})) {
      if (!Array.isArray(rels)) continue;
      (model.worksheetRels ?? {})[sheet] = rels.filter((rel) => {
        const type = rel.Type ?? '';
        const target = rel.Target ?? '';
        if (type.endsWith('/comments')) return Object.hasOwn(model.comments ?? {}, target);
        if (type.endsWith('/vmlDrawing')) return Object.hasOwn(model.vmlDrawings ?? {}, target);
        return true;
      });
    }
    original.call(this, model, options);
  };
}

export async function readWorkbook(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const limits: WorkbookLimits = { ...WORKBOOK_LIMITS, ...options.limits };
  const zip = inspectZip(bytes, limits);
  if (!zip.ok) return { ok: false, refusal: zip.refusal };
  const duplicate = checkDuplicateParts(zip.entries);
  if (duplicate) return { ok: false, refusal: duplicate };
  const unpacked = await unpackZip(bytes, zip.entries, limits);
  if (!unpacked.ok) return { ok: false, refusal: unpacked.refusal };
  const content = inspectContent(zip.entries, unpacked.parts);
  options.onProgress?.(0.05, 'zip');
  await yieldToEventLoop();
  try {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    tolerateForeignNotes(wb);
    await loadParts(wb, unpacked.parts);
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
      // rows that hold values: LibreOffice keeps an empty formatted row 1,048,576 after a deletion
      if (ws.actualRowCount > READ_LIMITS.maxRowsPerSheet) {
        return {
          ok: false,
          refusal: {
            code: 'too_many_rows',
            sheet: ws.name,
            detail: `${ws.actualRowCount} rows, at most ${READ_LIMITS.maxRowsPerSheet}`,
          },
        };
      }
      sheets.push(readSheet(ws));
      options.onProgress?.(0.1 + (0.85 * (i + 1)) / worksheets.length, `sheet:${ws.name}`);
      await yieldToEventLoop();
    }
    options.onProgress?.(1, 'done');
    return {
      ok: true,
      workbook: { sheets, notes: content.notes, foreign: content.foreign },
    };
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
    return await interpretWorkbook(read.workbook, options);
  } catch (error) {
    // a bug in interpretation must still reach the caller as a verdict, not an exception
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    return { kind: 'unreadable', refusal: { code: 'not_workbook', detail } };
  }
}
