// The visible sheets as read back, compared with the snapshot recorded at export: every cell a
// person sees, every row added, deleted or moved, every visible sheet removed, hidden or added.
// Rows are aligned by content first (a longest common subsequence), so deleting one row reads as
// "row deleted", not as every row below it changed.
import { MACHINE_SHEET } from './machineSheet';
import { columnLetter, type RawCell, type RawSheet, type RawWorkbook } from './raw';
import type { SnapCell, SnapRow, Snapshot } from './snapshot';

export type VisibleChangeKind =
  'cell' | 'row_added' | 'row_deleted' | 'sheet_missing' | 'sheet_hidden' | 'sheet_added';

export interface VisibleChange {
  kind: VisibleChangeKind;
  sheet: string;
  /** A1 address for a cell, the row number for a row, '' for a sheet. */
  cell: string;
  /** 1-based row (0 for a sheet). */
  row: number;
  /** What a person sees beside it: the row's label and the column's heading. */
  label: string;
  before: string | null;
  after: string | null;
}

/** Beyond this many differences a workbook is plainly not what was written; the rest is counted. */
export const MAX_VISIBLE_CHANGES = 500;
/** Row alignment costs rows × rows; above this the rows are compared by position. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

type Cell = SnapCell;

function formulaKey(f: string): string {
  // Spreadsheets rewrite spacing, case and future-function prefixes, never what is computed.
  let out = '';
  let quoted = false;
  const text = (f.startsWith('=') ? f.slice(1) : f)
    .replace(/_xl(fn|ws)\./gi, '')
    // 'Factors'!A1 and Factors!A1 name the same sheet; LibreOffice drops quotes it can
    .replace(/'((?:[^']|'')+)'!/g, (_m, name: string) => `${name.replace(/''/g, "'")}!`);
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && /\s/.test(ch)) continue;
    out += quoted ? ch : ch.toUpperCase();
  }
  return out;
}

function numberKey(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toPrecision(9);
}

function closeEnough(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 + 1e-7 * Math.max(Math.abs(a), Math.abs(b));
}

function cellKey(c: Cell): string {
  switch (c[1]) {
    case 's':
      return `${c[0]}s${c[2].replace(/\r\n?/g, '\n')}`;
    case 'n':
      return `${c[0]}n${numberKey(c[2])}`;
    case 'b':
      return `${c[0]}b${String(c[2])}`;
    case 'f':
      return `${c[0]}f${formulaKey(c[2])}`;
  }
}

function sameCell(e: Cell | undefined, a: Cell | undefined): boolean {
  if (e === undefined || a === undefined) return e === a;
  if (e[1] === 'n' && a[1] === 'n') return closeEnough(e[2], a[2]);
  if (e[1] === 'f' && a[1] === 'f') {
    if (formulaKey(e[2]) !== formulaKey(a[2])) return false;
    // a cached result shown instead of the formula's value is what a person reads
    const er = e[3];
    const ar = a[3];
    if (typeof er === 'number' && typeof ar === 'number') return closeEnough(er, ar);
    return true;
  }
  return cellKey(e) === cellKey(a);
}

export function shownValue(c: Cell | undefined): string | null {
  if (c === undefined) return null;
  switch (c[1]) {
    case 's':
      return c[2];
    case 'n':
      return String(c[2]);
    case 'b':
      return c[2] ? 'TRUE' : 'FALSE';
    case 'f':
      return `=${c[2]}${c[3] === '' ? '' : ` (${String(c[3])})`}`;
  }
}

function rawCell(col: number, v: RawCell, formula: string | undefined): Cell | null {
  if (formula !== undefined) {
    return [col, 'f', formula, typeof v === 'number' || typeof v === 'string' ? v : ''];
  }
  if (v === null) return null;
  if (typeof v === 'string') return v === '' ? null : [col, 's', v];
  if (typeof v === 'number') return [col, 'n', v];
  return [col, 'b', v];
}

interface Row {
  row: number;
  cells: Cell[];
  key: string;
}

function toRow(row: number, cells: Cell[]): Row {
  return { row, cells, key: cells.map(cellKey).join('\u0001') };
}

function readRows(sheet: RawSheet): Row[] {
  const rows: Row[] = [];
  sheet.rows.forEach((values, r) => {
    const cells: Cell[] = [];
    const formulasHere = sheet.formulas;
    const n = Math.max(values.length, 0);
    for (let c = 0; c < n; c++) {
      const formula = formulasHere?.get(`${columnLetter(c + 1)}${String(r + 1)}`);
      const cell = rawCell(c + 1, values[c] ?? null, formula);
      if (cell) cells.push(cell);
    }
    // a formula in a cell past the row's last value (no cached result) still counts
    formulasHere?.forEach((f, address) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m || Number(m[2]) !== r + 1) return;
      const c = columnNumber(m[1] ?? '');
      if (c > n) cells.push([c, 'f', f, '']);
    });
    cells.sort((x, y) => x[0] - y[0]);
    if (cells.length > 0) rows.push(toRow(r + 1, cells));
  });
  // rows holding only formulas past the last row with values
  const seen = new Set(rows.map((r) => r.row));
  const extra = new Map<number, Cell[]>();
  sheet.formulas?.forEach((f, address) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) return;
    const r = Number(m[2]);
    if (seen.has(r) || r <= sheet.rows.length) return;
    const list = extra.get(r) ?? [];
    list.push([columnNumber(m[1] ?? ''), 'f', f, '']);
    extra.set(r, list);
  });
  for (const [r, cells] of [...extra.entries()].sort((a, b) => a[0] - b[0])) {
    rows.push(
      toRow(
        r,
        cells.sort((x, y) => x[0] - y[0]),
      ),
    );
  }
  return rows.sort((a, b) => a.row - b.row);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Pairs of (expected index, actual index) in a longest common subsequence of row keys. */
function alignRows(expected: readonly Row[], actual: readonly Row[]): [number, number][] {
  const n = expected.length;
  const m = actual.length;
  if (n * m > MAX_ALIGNMENT_CELLS) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < Math.min(n, m); i++)
      if (expected[i]?.key === actual[i]?.key) pairs.push([i, i]);
    return pairs;
  }
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        expected[i]?.key === actual[j]?.key
          ? (table[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (expected[i]?.key === actual[j]?.key) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[(i + 1) * w + j] ?? 0) >= (table[i * w + j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function rowLabel(cells: readonly Cell[]): string {
  const text = cells.find((c) => c[1] === 's' && c[0] <= 3);
  return text ? shorten(String(text[2])) : '';
}

function rowText(cells: readonly Cell[]): string {
  return shorten(cells.map((c) => shownValue(c) ?? '').join(' | '), 120);
}

interface SheetContext {
  name: string;
  headings: Map<number, string>;
}

function diffRows(ctx: SheetContext, e: Row, a: Row, out: VisibleChange[]): void {
  const byCol = (cells: readonly Cell[]) => new Map(cells.map((c) => [c[0], c]));
  const ec = byCol(e.cells);
  const ac = byCol(a.cells);
  const cols = [...new Set([...ec.keys(), ...ac.keys()])].sort((x, y) => x - y);
  const label = rowLabel(e.cells) || rowLabel(a.cells);
  for (const c of cols) {
    const before = ec.get(c);
    const after = ac.get(c);
    if (sameCell(before, after)) continue;
    const heading = ctx.headings.get(c);
    out.push({
      kind: 'cell',
      sheet: ctx.name,
      cell: `${columnLetter(c)}${String(a.row)}`,
      row: a.row,
      label: [label, heading].filter((x) => x !== undefined && x !== '').join(' · '),
      before: shownValue(before),
      after: shownValue(after),
    });
  }
}

function diffSheet(ctx: SheetContext, expected: Row[], actual: Row[], out: VisibleChange[]): void {
  const pairs = alignRows(expected, actual);
  let ei = 0;
  let ai = 0;
  const flush = (eEnd: number, aEnd: number): void => {
    // unmatched rows between two anchors: the first ones pair up as edited rows
    while (ei < eEnd && ai < aEnd) {
      diffRows(ctx, expected[ei] as Row, actual[ai] as Row, out);
      ei++;
      ai++;
    }
    for (; ei < eEnd; ei++) {
      const e = expected[ei] as Row;
      out.push({
        kind: 'row_deleted',
        sheet: ctx.name,
        cell: String(e.row),
        row: e.row,
        label: rowLabel(e.cells),
        before: rowText(e.cells),
        after: null,
      });
    }
    for (; ai < aEnd; ai++) {
      const a = actual[ai] as Row;
      out.push({
        kind: 'row_added',
        sheet: ctx.name,
        cell: String(a.row),
        row: a.row,
        label: rowLabel(a.cells),
        before: null,
        after: rowText(a.cells),
      });
    }
  };
  for (const [pe, pa] of pairs) {
    flush(pe, pa);
    // same content; a cached formula result may still differ from the one written
    diffRows(ctx, expected[pe] as Row, actual[pa] as Row, out);
    ei = pe + 1;
    ai = pa + 1;
  }
  flush(expected.length, actual.length);
}

/** Every visible difference between the workbook read back and the snapshot, in sheet order. */
export function diffSnapshot(raw: RawWorkbook, snapshot: Snapshot): VisibleChange[] {
  const out: VisibleChange[] = [];
  const bySheet = new Map<number, SnapRow[]>();
  for (const row of snapshot.rows) {
    const list = bySheet.get(row[0]) ?? [];
    list.push(row);
    bySheet.set(row[0], list);
  }
  const sheetChange = (kind: VisibleChangeKind, sheet: string): VisibleChange => ({
    kind,
    sheet,
    cell: '',
    row: 0,
    label: sheet,
    before: null,
    after: null,
  });
  snapshot.sheets.forEach((s, index) => {
    const sheet = raw.sheets.find((x) => x.name === s.name);
    if (sheet === undefined) {
      out.push(sheetChange('sheet_missing', s.name));
      return;
    }
    if (sheet.state !== 'visible') out.push(sheetChange('sheet_hidden', s.name));
    const expected = (bySheet.get(index) ?? [])
      .map(([, row, cells]) => toRow(row, cells))
      .sort((a, b) => a.row - b.row);
    const headings = new Map<number, string>();
    const headingRow = expected.find((r) => r.row === s.headerRows);
    for (const c of headingRow?.cells ?? [])
      if (c[1] === 's') headings.set(c[0], shorten(c[2], 40));
    diffSheet({ name: s.name, headings }, expected, readRows(sheet), out);
  });
  const known = new Set(snapshot.sheets.map((s) => s.name));
  for (const sheet of raw.sheets) {
    if (sheet.state === 'visible' && !known.has(sheet.name) && sheet.name !== MACHINE_SHEET) {
      out.push(sheetChange('sheet_added', sheet.name));
    }
  }
  return out.slice(0, MAX_VISIBLE_CHANGES);
}
