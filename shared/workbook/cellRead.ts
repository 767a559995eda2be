// How the reader takes a typed cell back: one set of rules for the answer, comment and metric
// cells of every layout (blank, a number typed with spaces or commas, a formula never read by
// its cached value).
import { cellAt, columnLetter, type RawCell, type RawSheet } from './raw';

export function isBlank(v: RawCell): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function formulaAt(sheet: RawSheet, row: number, col: number): string | undefined {
  return sheet.formulas?.get(`${columnLetter(col)}${String(row)}`);
}

/** The value a typed metric cell now holds: a number, null when empty, or an invalid text. */
export function readMetricCell(
  sheet: RawSheet,
  r: number,
  c: number,
): { after: number | string | null; valid: boolean } {
  const formula = formulaAt(sheet, r, c);
  if (formula !== undefined) return { after: `=${formula}`, valid: false };
  const shown = cellAt(sheet, r, c);
  if (isBlank(shown)) return { after: null, valid: true };
  const n = typeof shown === 'number' ? shown : Number(String(shown).replace(/[\s,]/g, ''));
  if (typeof shown !== 'boolean' && Number.isFinite(n)) return { after: n, valid: true };
  return { after: String(shown), valid: false };
}
