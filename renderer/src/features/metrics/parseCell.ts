export type CellError =
  'incomplete' | 'notANumber' | 'negative' | 'tooLarge' | 'ncvRange' | 'ncvNeedsValue';
export type CellParse = { ok: true; value: number | null } | { ok: false; error: CellError };

/** The schema's ceiling for any stored quantity. */
export const MAX_VALUE = 1e12;

/**
 * Reads a cell as typed or pasted from Excel in either language's format: "12 345,6",
 * "12,345.6", "12.345,6", "12,5", "1e3". A comma followed by exactly three digits groups
 * thousands; any other single comma is a decimal comma. Empty text means no value; a lone sign
 * or separator is a number not finished yet (never read as empty: that would clear the cell).
 */
export function parseCellText(text: string): CellParse {
  let n = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^\u2212/, '-');
  if (n === '') return { ok: true, value: null };
  if (/^[-+.,]$/.test(n)) return { ok: false, error: 'incomplete' };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(n)) n = n.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(n) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(n))
    n = n.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d*,\d+$/.test(n)) n = n.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(n)) return { ok: false, error: 'notANumber' };
  const value = Number(n);
  if (!Number.isFinite(value)) return { ok: false, error: 'tooLarge' };
  if (value < 0) return { ok: false, error: 'negative' };
  if (value > MAX_VALUE) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/**
 * The grid's one call into number parsing: when the app gets one shared parser, swapping it in
 * is this line (it must keep "-" apart from an empty cell).
 */
export function readCell(text: string): CellParse {
  return parseCellText(text);
}

/** Calorific values outside this band are not coal or briquettes (schema bounds, kcal/kg). */
export const NCV_MIN = 1000;
export const NCV_MAX = 8000;

export function parseNcvText(text: string): CellParse {
  const r = readCell(text);
  if (!r.ok || r.value === null) return r;
  if (r.value < NCV_MIN || r.value > NCV_MAX) return { ok: false, error: 'ncvRange' };
  return r;
}

/**
 * Splits a block copied from Excel or a web table: rows by newline, cells by tab. A trailing
 * newline (Excel always adds one) does not make an extra empty row. Quoted cells lose quotes.
 */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) =>
    line.split('\t').map((cell) => cell.trim().replace(/^"(.*)"$/s, '$1')),
  );
}

export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

export interface PasteTarget {
  row: number;
  col: number;
  text: string;
}

/** Places a block with its top-left corner on (row, col); what falls outside the grid is dropped. */
export function planPaste(
  block: readonly (readonly string[])[],
  start: { row: number; col: number },
  size: { rows: number; cols: number },
): { targets: PasteTarget[]; dropped: number } {
  const targets: PasteTarget[] = [];
  let dropped = 0;
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const row = start.row + r;
      const col = start.col + c;
      if (row < size.rows && col < size.cols) targets.push({ row, col, text });
      else dropped++;
    });
  });
  return { targets, dropped };
}
