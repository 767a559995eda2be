// How the reader takes a typed cell back: one set of rules for the answer, comment and metric
// cells of every layout (blank, a number typed as the app reads numbers, a formula never read by
// its cached value).
import { parseSignedNumber } from '../units/parseNumber';
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
  // Text is read by the app's one number rule (parseNumber: "12,5" and "12.5" alike, "12,345"
  // twelve thousand); a percent sign makes it no figure of this unit.
  const text = typeof shown === 'string' ? shown.trim() : '';
  const parsed = text !== '' && !text.endsWith('%') ? parseSignedNumber(text) : null;
  const n =
    typeof shown === 'number' ? shown : parsed?.ok && parsed.value !== null ? parsed.value : NaN;
  if (typeof shown !== 'boolean' && Number.isFinite(n)) return { after: n, valid: true };
  return { after: String(shown), valid: false };
}
