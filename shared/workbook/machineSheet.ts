// The hidden machine sheet `_gt_data`: meta rows ($format, $digest, $layout, …) then one row
// per package leaf (path | JSON value). JSON longer than a cell holds continues in columns C, D…
import type { ApplicationPackage } from '../package/schema';
import { packageDigest, type Json } from './canonical';
import { visibleLayoutSchema, type VisibleLayout } from './layout';
import {
  flattenJson,
  parsePath,
  spreadsheetSafeJson,
  type MachineRow,
  type PathSegment,
} from './machineRows';
import type { RawCell, RawSheet } from './raw';
import type { Refusal } from './refusal';
import { snapRowSchema, snapSheetSchema, type SnapRow, type Snapshot } from './snapshot';
import { emptySheet, text, type CellSpec, type SheetSpec } from './spec';
import { z } from 'zod';

export const MACHINE_SHEET = '_gt_data';
export const WORKBOOK_FORMAT = 'greenthread-workbook';
/**
 * 2: a snapshot of every visible cell ($sheets, $cells) and an Ed25519 $signature.
 * 3: Metrics as a block per year ($layout.metricsGrid), which a version-2 reader cannot parse:
 *    it must say "made by a newer GreenThread", not "$layout missing". Versions 1–3 are read.
 */
export const WORKBOOK_FORMAT_VERSION = 3;
/** Excel's limit is 32,767 characters a cell; stay well below it. */
const CHUNK = 30_000;
const MAX_CHUNKS = 8;

export interface MachineMeta {
  format: string;
  formatVersion: number;
  packId: string;
  packVersion: string;
  digest: string;
  language: string;
  layout: VisibleLayout;
  rowCount: number;
  /** The installation's public key and its signature over the signed form (signedForm.ts). */
  signature?: WorkbookSignature;
}

export const SIGNATURE_ROW = '$signature';
/** One row per visible row of the snapshot (snapshot.ts). */
const CELLS_ROW = '$cells';

const workbookSignatureSchema = z.strictObject({
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});
export type WorkbookSignature = z.infer<typeof workbookSignatureSchema>;

/** The `$signature` row the exporter appends once the signed form is signed. */
export function signatureRow(signature: WorkbookSignature): CellSpec[] {
  return [text(SIGNATURE_ROW), ...chunkCells(JSON.stringify(signature))];
}

function chunkCells(json: string): CellSpec[] {
  const cells: CellSpec[] = [];
  for (let i = 0; i < json.length; i += CHUNK) cells.push(text(json.slice(i, i + CHUNK)));
  return cells.length > 0 ? cells : [text('')];
}

/** The `_gt_data` sheet for a package. */
export function buildMachineSheet(
  pkg: ApplicationPackage,
  language: string,
  layout: VisibleLayout,
  digest: string = packageDigest(pkg),
  snapshot: Snapshot | null = null,
): SheetSpec {
  const rows = flattenJson(pkg);
  const meta: [string, Json][] = [
    ['$format', WORKBOOK_FORMAT],
    ['$formatVersion', WORKBOOK_FORMAT_VERSION],
    ['$packId', pkg.packId],
    ['$packVersion', pkg.packVersion],
    ['$digest', digest],
    ['$language', language],
    ['$layout', layout],
    ['$rowCount', rows.length],
    ...(snapshot ? ([['$sheets', snapshot.sheets]] as [string, Json][]) : []),
  ];
  const sheet = emptySheet('machine', MACHINE_SHEET);
  sheet.state = 'veryHidden';
  sheet.columns = [{ width: 60 }, { width: 60 }];
  sheet.rows = [
    ...meta.map(([k, v]) => [text(k), ...chunkCells(spreadsheetSafeJson(v))]),
    ...(snapshot?.rows ?? []).map((r) => [
      text(CELLS_ROW),
      ...chunkCells(spreadsheetSafeJson(r as Json)),
    ]),
    ...rows.map((r) => [text(JSON.stringify(r.path)), ...chunkCells(spreadsheetSafeJson(r.value))]),
  ];
  return sheet;
}

export type MachineReadResult =
  | {
      ok: true;
      meta: MachineMeta;
      rows: MachineRow[];
      sheetRows: number[];
      /** What the visible sheets held at export; null in a format 1 workbook. */
      snapshot: Snapshot | null;
    }
  | { ok: false; refusal: Refusal };

function joinChunks(row: readonly RawCell[]): string | null {
  let s = '';
  for (let c = 1; c < row.length && c <= MAX_CHUNKS; c++) {
    const cell = row[c];
    if (cell === null || cell === undefined || cell === '') break;
    if (typeof cell !== 'string') return null;
    s += cell;
  }
  return s;
}

function parseJsonCell(s: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(s) as Json };
  } catch {
    return { ok: false };
  }
}

const READ_SHEETS = 40;

const META_FIELDS = [
  '$format',
  '$formatVersion',
  '$packId',
  '$packVersion',
  '$digest',
  '$language',
  '$layout',
  '$rowCount',
] as const;

/** Reads `_gt_data`; every refusal names the sheet, row and field. */
export function readMachineSheet(sheet: RawSheet): MachineReadResult {
  const meta = new Map<string, Json>();
  const rows: MachineRow[] = [];
  const sheetRows: number[] = [];
  const snapRows: SnapRow[] = [];
  const bad = (row: number, field: string, detail: string): MachineReadResult => ({
    ok: false,
    refusal: { code: 'bad_cell', sheet: MACHINE_SHEET, row, field, detail },
  });
  for (const [i, row] of sheet.rows.entries()) {
    const key = row[0];
    if (key === null || key === undefined || key === '') continue;
    if (typeof key !== 'string') return bad(i + 1, 'path', 'expected text');
    const json = joinChunks(row);
    if (json === null) return bad(i + 1, key, 'expected JSON text');
    const parsed = parseJsonCell(json);
    if (!parsed.ok) return bad(i + 1, key, 'not valid JSON');
    if (key === CELLS_ROW) {
      const snapRow = snapRowSchema.safeParse(parsed.value);
      if (!snapRow.success) return bad(i + 1, key, 'not a visible row');
      snapRows.push(snapRow.data);
      continue;
    }
    if (key.startsWith('$')) {
      if (meta.has(key)) return bad(i + 1, key, 'given twice');
      meta.set(key, parsed.value);
      continue;
    }
    const path: PathSegment[] | null = parsePath(key);
    if (path === null) return bad(i + 1, 'path', 'not a valid path');
    rows.push({ path, value: parsed.value });
    sheetRows.push(i + 1);
  }
  const format = meta.get('$format');
  if (format !== WORKBOOK_FORMAT) {
    return { ok: false, refusal: { code: 'not_ours', sheet: MACHINE_SHEET, field: '$format' } };
  }
  for (const field of META_FIELDS) {
    if (!meta.has(field)) return missing(field);
  }
  const formatVersion = meta.get('$formatVersion');
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion)) {
    return missing('$formatVersion');
  }
  if (formatVersion > WORKBOOK_FORMAT_VERSION) {
    return {
      ok: false,
      refusal: {
        code: 'newer_format',
        sheet: MACHINE_SHEET,
        field: '$formatVersion',
        detail: `version ${formatVersion}, this app reads up to ${WORKBOOK_FORMAT_VERSION}`,
      },
    };
  }
  const str = (k: string): string | null => {
    const v = meta.get(k);
    return typeof v === 'string' ? v : null;
  };
  const packId = str('$packId');
  const packVersion = str('$packVersion');
  const digest = str('$digest');
  const language = str('$language');
  const rowCount = meta.get('$rowCount');
  if (packId === null) return missing('$packId');
  if (packVersion === null) return missing('$packVersion');
  if (digest === null || !/^[0-9a-f]{64}$/.test(digest)) return missing('$digest');
  if (language === null) return missing('$language');
  if (typeof rowCount !== 'number') return missing('$rowCount');
  const layout = visibleLayoutSchema.safeParse(meta.get('$layout'));
  if (!layout.success) return missing('$layout');
  if (rowCount !== rows.length) {
    return {
      ok: false,
      refusal: {
        code: 'truncated',
        sheet: MACHINE_SHEET,
        field: '$rowCount',
        detail: `expected ${rowCount} data rows, found ${rows.length}`,
      },
    };
  }
  let snapshot: Snapshot | null = null;
  if (formatVersion >= 2) {
    const sheets = z.array(snapSheetSchema).max(READ_SHEETS).safeParse(meta.get('$sheets'));
    if (!sheets.success) return missing('$sheets');
    if (snapRows.some((r) => r[0] >= sheets.data.length)) return missing('$cells');
    snapshot = { sheets: sheets.data, rows: snapRows };
  }
  let signature: WorkbookSignature | undefined;
  if (meta.has(SIGNATURE_ROW)) {
    const sig = workbookSignatureSchema.safeParse(meta.get(SIGNATURE_ROW));
    if (!sig.success) return missing(SIGNATURE_ROW);
    signature = sig.data;
  }
  return {
    ok: true,
    snapshot,
    meta: {
      ...(signature ? { signature } : {}),
      format,
      formatVersion,
      packId,
      packVersion,
      digest,
      language,
      layout: layout.data,
      rowCount,
    },
    rows,
    sheetRows,
  };
}

function missing(field: string): MachineReadResult {
  return {
    ok: false,
    refusal: { code: 'bad_cell', sheet: MACHINE_SHEET, field, detail: 'missing or malformed' },
  };
}
