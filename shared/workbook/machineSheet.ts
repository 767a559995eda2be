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
import { emptySheet, text, type CellSpec, type SheetSpec } from './spec';

export const MACHINE_SHEET = '_gt_data';
export const WORKBOOK_FORMAT = 'greenthread-workbook';
export const WORKBOOK_FORMAT_VERSION = 1;
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
  ];
  const sheet = emptySheet('machine', MACHINE_SHEET);
  sheet.state = 'veryHidden';
  sheet.columns = [{ width: 60 }, { width: 60 }];
  sheet.rows = [
    ...meta.map(([k, v]) => [text(k), ...chunkCells(spreadsheetSafeJson(v))]),
    ...rows.map((r) => [text(JSON.stringify(r.path)), ...chunkCells(spreadsheetSafeJson(r.value))]),
  ];
  return sheet;
}

export type MachineReadResult =
  | { ok: true; meta: MachineMeta; rows: MachineRow[]; sheetRows: number[] }
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
    if (key.startsWith('$')) {
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
  return {
    ok: true,
    meta: {
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
