import type { DataQuality } from '../../../../shared/package/enums';
import type { CellView, GridModel } from './gridModel';
import { cellKey, type GridRow } from './gridRows';
import type { CellRef } from './useMetricsEditor';

export interface GridPoint {
  r: number;
  c: number;
}

export interface SelectedCell {
  key: string;
  ref: CellRef;
  cell: CellView | undefined;
}

/**
 * The figures in the rectangle between the focused cell and the selection's anchor (the focused
 * cell alone without one): only value rows holding a figure, since a source describes a figure.
 */
export function selectedCells(
  rows: readonly GridRow[],
  months: readonly string[],
  model: GridModel,
  focus: GridPoint | null,
  anchor: GridPoint | null,
): SelectedCell[] {
  if (!focus) return [];
  const from = anchor ?? focus;
  const out: SelectedCell[] = [];
  for (let r = Math.min(from.r, focus.r); r <= Math.max(from.r, focus.r); r++) {
    const row = rows[r];
    if (!row || row.kind !== 'value') continue;
    for (let c = Math.min(from.c, focus.c); c <= Math.max(from.c, focus.c); c++) {
      const period = months[c];
      if (!period) continue;
      const key = cellKey(row.key, period);
      const cell = model.cells.get(key);
      if (cell?.number == null) continue;
      out.push({ key, ref: { metricId: row.metricId, period }, cell });
    }
  }
  return out;
}

/** The one source all the figures share, 'mixed' when they differ. */
export function commonQuality(qs: readonly (DataQuality | null)[]): DataQuality | null | 'mixed' {
  const first = qs[0] ?? null;
  return qs.every((q) => q === first) ? first : 'mixed';
}
