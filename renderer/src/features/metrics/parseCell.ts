import { ncvInRange } from '../../../../shared/units/energy';
import { parseNumber } from '../../../../shared/units/parseNumber';

export type CellError =
  'incomplete' | 'notANumber' | 'negative' | 'tooLarge' | 'ncvRange' | 'ncvNeedsValue';
export type CellParse = { ok: true; value: number | null } | { ok: false; error: CellError };

/** Reads a cell as typed or pasted from Excel in either language (shared/units/parseNumber). */
export function parseCellText(text: string): CellParse {
  return parseNumber(text);
}

/** The grid's one call into number parsing (it keeps "-" apart from an empty cell). */
export function readCell(text: string): CellParse {
  return parseNumber(text);
}

export function parseNcvText(text: string): CellParse {
  const r = readCell(text);
  if (!r.ok || r.value === null) return r;
  if (!ncvInRange(r.value)) return { ok: false, error: 'ncvRange' };
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
