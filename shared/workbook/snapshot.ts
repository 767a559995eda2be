// What a person sees, recorded at export: every non-empty cell of every visible sheet (sheet,
// row, column, kind, value or formula text). Kept in `_gt_data` and covered by the signature, so
// verify can compare any visible cell, row or sheet with what GreenThread wrote, whatever the
// layout of the sheets becomes.
import { z } from 'zod';
import type { CellSpec, SheetSpec } from './spec';

/** A text cell written by the exporter after XML-invalid characters are made visible. */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text a spreadsheet will show for `v`: characters XML cannot carry become U+FFFD. */
export function xmlSafeText(v: string): string {
  return v.replace(XML_INVALID, '\uFFFD');
}

/**
 * The string to hand the xlsx writer so readers show exactly xmlSafeText(v): "_x0041_" in a cell
 * is read as OOXML's escape for "A", so a literal "_x" before four hex digits and "_" is written
 * with its underscore escaped (_x005F_).
 */
export function cellStringForWriter(v: string): string {
  return xmlSafeText(v).replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

export type SnapCell =
  | [number, 's', string]
  | [number, 'n', number]
  | [number, 'b', boolean]
  | [number, 'f', string, number | string];

/**
 * One recorded cell: [column 1–16,384, kind, value(, cached result)]. Checked by one predicate
 * rather than a union of four tuple schemas: a workbook holds ten thousand of them, and trying
 * each tuple in turn was a tenth of a verify.
 */
function isSnapCell(c: unknown): c is SnapCell {
  if (!Array.isArray(c)) return false;
  const [col, kind, v, result] = c as unknown[];
  if (typeof col !== 'number' || !Number.isInteger(col) || col < 1 || col > 16_384) return false;
  switch (kind) {
    case 's':
      return c.length === 3 && typeof v === 'string';
    case 'n':
      return c.length === 3 && typeof v === 'number' && Number.isFinite(v);
    case 'b':
      return c.length === 3 && typeof v === 'boolean';
    case 'f':
      return (
        c.length === 4 &&
        typeof v === 'string' &&
        (typeof result === 'string' || (typeof result === 'number' && Number.isFinite(result)))
      );
    default:
      return false;
  }
}
const snapCellSchema = z.custom<SnapCell>(isSnapCell, 'not a recorded cell');

export const snapSheetSchema = z.strictObject({
  name: z.string().min(1).max(31),
  key: z.string().max(40),
  /** Rows at the top that hold the column headings (0 when none). */
  headerRows: z.number().int().min(0).max(20),
});
export type SnapSheet = z.infer<typeof snapSheetSchema>;

/** One visible row: [index into sheets, 1-based row, cells]. */
export const snapRowSchema = z.tuple([
  z.number().int().min(0).max(100),
  z.number().int().min(1).max(1_048_576),
  z.array(snapCellSchema).max(16_384),
]);
export type SnapRow = z.infer<typeof snapRowSchema>;

export interface Snapshot {
  sheets: SnapSheet[];
  rows: SnapRow[];
}

function snapCell(c: number, cell: CellSpec): SnapCell | null {
  if (cell === null || cell === undefined) return null;
  switch (cell.t) {
    case 's': {
      const v = xmlSafeText(cell.v);
      return v === '' ? null : [c, 's', v];
    }
    case 'n':
      return [c, 'n', cell.v];
    case 'b':
      return [c, 'b', cell.v];
    case 'f':
      return [c, 'f', cell.f, cell.result];
  }
}

/** The snapshot of the sheets a person sees (state "visible"), in workbook order. */
export function snapshotOf(sheets: readonly SheetSpec[]): Snapshot {
  const visible = sheets.filter((s) => s.state === 'visible');
  const rows: SnapRow[] = [];
  visible.forEach((s, index) => {
    s.rows.forEach((row, r) => {
      if (!Array.isArray(row)) return;
      const cells: SnapCell[] = [];
      row.forEach((cell, c) => {
        const snap = snapCell(c + 1, cell);
        if (snap) cells.push(snap);
      });
      if (cells.length > 0) rows.push([index, r + 1, cells]);
    });
  });
  return {
    sheets: visible.map((s) => ({ name: s.name, key: s.key, headerRows: s.frozen?.rows ?? 0 })),
    rows,
  };
}
