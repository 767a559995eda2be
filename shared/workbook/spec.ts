// A plain description of the workbook: sheets, cells, validations, formulas, print setup.
// Built purely in shared/; the only code that turns it into an .xlsx is adapters/excel.
import type { SheetState } from './raw';

export type CellStyle =
  | 'title'
  | 'header'
  | 'label'
  | 'text'
  | 'wrap'
  | 'input'
  | 'good'
  | 'warn'
  | 'bad'
  | 'muted'
  /** An empty cell with a line under it, to write in by hand on the printed page. */
  | 'sign';

export interface CellBase {
  style?: CellStyle;
  /** Excel number format, e.g. '#,##0 ₮' or '0.0%'. */
  numFmt?: string;
  /** Unlocked cells stay editable when the sheet is protected (answers, inputs). */
  unlocked?: boolean;
}

/** Always written as a plain string, never as a formula, whatever its first character. */
export interface TextCell extends CellBase {
  t: 's';
  v: string;
}
export interface NumberCell extends CellBase {
  t: 'n';
  v: number;
}
export interface BoolCell extends CellBase {
  t: 'b';
  v: boolean;
}
/** A live formula with GreenThread's own value as the cached result. */
export interface FormulaCell extends CellBase {
  t: 'f';
  f: string;
  result: number | string;
}

export type CellSpec = TextCell | NumberCell | BoolCell | FormulaCell | null;

export interface ColumnSpec {
  width: number;
  numFmt?: string;
}

export interface ListValidation {
  /** A1 range the drop-down covers, e.g. "C2:C41" (one range, not per cell). */
  range: string;
  /** Absolute reference to the list, e.g. "Lists!$A$1:$A$4". */
  source: string;
}

export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  /** Header and footer text in Excel's &-code syntax (&P page, &N pages). */
  header: string;
  footer: string;
  /** Rows repeated on every printed page, e.g. "1:1". */
  repeatRows?: string;
  /** Columns repeated on every printed page, e.g. "A:A" (the period or label column). */
  repeatCols?: string;
  /**
   * false: print at full size across as many pages as the columns need (each with its titles)
   * instead of shrinking every column onto one page width, which makes a wide sheet unreadable.
   */
  fitToWidth?: boolean;
}

export interface ImageSpec {
  png: Uint8Array;
  /** Top-left cell (0-based col/row) and size in pixels. */
  col: number;
  row: number;
  width: number;
  height: number;
}

export interface SheetSpec {
  /** A stable key the app and the reader use; the name is language dependent. */
  key: string;
  name: string;
  state: SheetState;
  columns: ColumnSpec[];
  rows: CellSpec[][];
  /** Frozen rows and columns at the top-left. */
  frozen?: { rows: number; cols: number };
  validations: ListValidation[];
  /** Protect the sheet: locked cells (formulas, labels) cannot be edited; unlocked can. */
  protect: boolean;
  print?: PrintSpec;
  images: ImageSpec[];
  /** Merged ranges, e.g. "A1:F1". */
  merges: string[];
  /** Height in points of row 1, so long wrapped headers show in full. */
  headerHeight?: number;
  /** Printed pages break below these 1-based rows (a year block starts on a new page). */
  rowBreaks?: number[];
}

/** A workbook-wide named range, e.g. EF_grid → 'Factors'!$C$4, so formulas read as words. */
export interface DefinedName {
  name: string;
  ref: string;
}

export interface WorkbookSpec {
  creator: string;
  /** ISO date-time the workbook was prepared. */
  created: string;
  title: string;
  sheets: SheetSpec[];
  names?: DefinedName[];
}

export function text(v: string, extra: Omit<TextCell, 't' | 'v'> = {}): TextCell {
  return { t: 's', v, ...extra };
}
export function num(v: number, extra: Omit<NumberCell, 't' | 'v'> = {}): NumberCell {
  return { t: 'n', v, ...extra };
}
export function formula(
  f: string,
  result: number | string,
  extra: Omit<FormulaCell, 't' | 'f' | 'result'> = {},
): FormulaCell {
  return { t: 'f', f, result, ...extra };
}

export function emptySheet(key: string, name: string): SheetSpec {
  return {
    key,
    name,
    state: 'visible',
    columns: [],
    rows: [],
    validations: [],
    protect: false,
    images: [],
    merges: [],
  };
}
