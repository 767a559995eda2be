// What the spreadsheet reader hands to the pure interpretation code: plain cell values only.
export type RawCell = string | number | boolean | null;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface RawSheet {
  name: string;
  state: SheetState;
  /** rows[r][c] is the cell at 1-based row r+1, column c+1; missing cells are null. */
  rows: RawCell[][];
  /** Formula text (without "=") by A1 address, for cells that hold a formula. */
  formulas?: ReadonlyMap<string, string>;
}

/** A note or comment a reader attached to a cell: shown as a note, never a change. */
export interface RawNote {
  sheet: string;
  /** A1 address. */
  cell: string;
  author: string;
  text: string;
}

/**
 * What GreenThread never writes: macros, external links, DDE, script links, web and mail links
 * (GreenThread writes no hyperlink at all), ActiveX…
 */
export interface ForeignContent {
  kind: 'macros' | 'external_link' | 'dde' | 'script_link' | 'web_link' | 'embedded_object';
  /** The part or target where it was found (control characters removed). */
  where: string;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  notes?: RawNote[];
  foreign?: ForeignContent[];
}

/** The cell at 1-based (row, col), or null. */
export function cellAt(sheet: RawSheet, row: number, col: number): RawCell {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** "A", "B", …, "Z", "AA": the column letters for a 1-based column number. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
