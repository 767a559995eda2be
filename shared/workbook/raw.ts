// What the spreadsheet reader hands to the pure interpretation code: plain cell values only.
export type RawCell = string | number | boolean | null;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface RawSheet {
  name: string;
  state: SheetState;
  /** rows[r][c] is the cell at 1-based row r+1, column c+1; missing cells are null. */
  rows: RawCell[][];
}

export interface RawWorkbook {
  sheets: RawSheet[];
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
