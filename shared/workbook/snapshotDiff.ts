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

/** A formula cell of a sheet read back: [column, formula text], sorted by column per row. */
type FormulaCell = readonly [number, string];

/**
 * A row as read back, compared in place: its values and the formulas on it. Tuples (`cells`)
 * and the alignment key are built only for rows that do not match the record where they stand,
 * so an intact sheet costs one pass over its cells and no object per cell.
 */
interface Row {
  row: number;
  values: readonly RawCell[] | null;
  formulas: readonly FormulaCell[] | null;
  cells: Cell[] | null;
  key: string | null;
}

/** The sheet's formulas grouped by row, built once per sheet from the A1 addresses. */
function formulasByRow(sheet: RawSheet): Map<number, FormulaCell[]> {
  const byRow = new Map<number, FormulaCell[]>();
  sheet.formulas?.forEach((f, address) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) return;
    const r = Number(m[2]);
    const list = byRow.get(r);
    const cell: FormulaCell = [columnNumber(m[1] ?? ''), f];
    if (list) list.push(cell);
    else byRow.set(r, [cell]);
  });
  for (const list of byRow.values()) if (list.length > 1) list.sort((x, y) => x[0] - y[0]);
  return byRow;
}

function hasValue(values: readonly RawCell[]): boolean {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return true;
  return false;
}

/** The rows of a sheet read back that hold a value or a formula, in row order. */
function readRows(sheet: RawSheet): Row[] {
  const byRow = formulasByRow(sheet);
  const rows: Row[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const values = sheet.rows[r] ?? [];
    const formulas = byRow.get(r + 1) ?? null;
    if (formulas !== null || hasValue(values))
      rows.push({ row: r + 1, values, formulas, cells: null, key: null });
  }
  // rows holding only formulas past the last row with values
  const past = [...byRow.keys()].filter((r) => r > sheet.rows.length).sort((a, b) => a - b);
  for (const r of past)
    rows.push({ row: r, values: null, formulas: byRow.get(r) ?? null, cells: null, key: null });
  return rows;
}

function recordedRow([, row, cells]: SnapRow): Row {
  return { row, values: null, formulas: null, cells, key: null };
}

/** The row's cells as tuples, in column order (built once, for rows that need them). */
function cellsOf(row: Row): Cell[] {
  if (row.cells !== null) return row.cells;
  const cells: Cell[] = [];
  const values = row.values ?? [];
  const formulas = row.formulas ?? [];
  let fi = 0;
  const last = Math.max(values.length, formulas[formulas.length - 1]?.[0] ?? 0);
  for (let c = 1; c <= last; c++) {
    const f = formulas[fi];
    const formula = f !== undefined && f[0] === c ? f[1] : undefined;
    if (formula !== undefined) fi++;
    const cell = rawCell(c, values[c - 1] ?? null, formula);
    if (cell) cells.push(cell);
  }
  row.cells = cells;
  return cells;
}

function keyOf(row: Row): string {
  row.key ??= cellsOf(row).map(cellKey).join('\u0001');
  return row.key;
}

function sameText(e: string, a: string): boolean {
  return e === a || e.replace(/\r\n?/g, '\n') === a.replace(/\r\n?/g, '\n');
}

/** The formula cell (col, f, shown value v) equals the recorded one, as sameCell judges it. */
function sameFormula(e: Cell, f: string, v: RawCell): boolean {
  if (e[1] !== 'f') return false;
  if (e[2] !== f && formulaKey(e[2]) !== formulaKey(f)) return false;
  const er = e[3];
  return typeof er === 'number' && typeof v === 'number' ? closeEnough(er, v) : true;
}

/** The value cell v equals the recorded one, as sameCell judges it. */
function sameValue(e: Cell, v: string | number | boolean): boolean {
  switch (typeof v) {
    case 'string':
      return e[1] === 's' && sameText(e[2], v);
    case 'number':
      return e[1] === 'n' && closeEnough(e[2], v);
    default:
      return e[1] === 'b' && e[2] === v;
  }
}

/**
 * True when the row read back shows exactly the recorded cells (sameCell on every column), walked
 * in place over its values and formulas: nothing is allocated.
 */
function sameRow(expected: readonly Cell[], actual: Row): boolean {
  if (actual.cells !== null) {
    if (actual.cells.length !== expected.length) return false;
    return expected.every((e, i) => sameCell(e, actual.cells?.[i]));
  }
  const values = actual.values ?? [];
  const formulas = actual.formulas ?? [];
  let ei = 0;
  let fi = 0;
  const last = Math.max(values.length, formulas[formulas.length - 1]?.[0] ?? 0);
  for (let c = 1; c <= last; c++) {
    const v = values[c - 1] ?? null;
    const f = formulas[fi];
    if (f !== undefined && f[0] === c) {
      fi++;
      const e = expected[ei++];
      if (e === undefined || e[0] !== c || !sameFormula(e, f[1], v)) return false;
      continue;
    }
    if (v === null || v === '') continue;
    const e = expected[ei++];
    if (e === undefined || e[0] !== c || !sameValue(e, v)) return false;
  }
  return ei === expected.length;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (expected index, actual index, already known to show the same cells). */
type Pair = [number, number, boolean];

/**
 * Pairs of (expected index, actual index) in a longest common subsequence of row keys. Rows
 * that match where they stand at the start and the end are paired first without keys: an
 * unedited sheet never builds the rows × rows table.
 */
function alignRows(expected: readonly Row[], actual: readonly Row[]): Pair[] {
  const head: Pair[] = [];
  let lo = 0;
  while (
    lo < expected.length &&
    lo < actual.length &&
    sameRow(cellsOf(expected[lo] as Row), actual[lo] as Row)
  ) {
    head.push([lo, lo, true]);
    lo++;
  }
  const tail: Pair[] = [];
  let ne = expected.length;
  let na = actual.length;
  while (ne > lo && na > lo && sameRow(cellsOf(expected[ne - 1] as Row), actual[na - 1] as Row)) {
    ne--;
    na--;
    tail.push([ne, na, true]);
  }
  const middle = alignByKey(expected.slice(lo, ne), actual.slice(lo, na)).map(([i, j]): Pair => [
    i + lo,
    j + lo,
    false,
  ]);
  return [...head, ...middle, ...tail.reverse()];
}

function alignByKey(expected: readonly Row[], actual: readonly Row[]): [number, number][] {
  const n = expected.length;
  const m = actual.length;
  if (n === 0 || m === 0) return [];
  const ek = expected.map(keyOf);
  const ak = actual.map(keyOf);
  if (n * m > MAX_ALIGNMENT_CELLS) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < Math.min(n, m); i++) if (ek[i] === ak[i]) pairs.push([i, i]);
    return pairs;
  }
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        ek[i] === ak[j]
          ? (table[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ek[i] === ak[j]) {
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
  if (sameRow(cellsOf(e), a)) return;
  const ec = cellsOf(e);
  const ac = cellsOf(a);
  const label = rowLabel(ec) || rowLabel(ac);
  // both lists are in column order: walk them together
  let i = 0;
  let j = 0;
  while (i < ec.length || j < ac.length) {
    const ci = ec[i]?.[0] ?? Infinity;
    const cj = ac[j]?.[0] ?? Infinity;
    const c = Math.min(ci, cj);
    const before = ci === c ? ec[i++] : undefined;
    const after = cj === c ? ac[j++] : undefined;
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
        label: rowLabel(cellsOf(e)),
        before: rowText(cellsOf(e)),
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
        label: rowLabel(cellsOf(a)),
        before: null,
        after: rowText(cellsOf(a)),
      });
    }
  };
  for (const [pe, pa, same] of pairs) {
    flush(pe, pa);
    // same content; a cached formula result may still differ from the one written
    if (!same) diffRows(ctx, expected[pe] as Row, actual[pa] as Row, out);
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
    const expected = (bySheet.get(index) ?? []).map(recordedRow).sort((a, b) => a.row - b.row);
    const headings = new Map<number, string>();
    const headingRow = expected.find((r) => r.row === s.headerRows);
    for (const c of headingRow ? cellsOf(headingRow) : [])
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
