// Compares the typed cells of the printed Metrics sheet (a block per year: metrics as rows, the
// year's periods as columns) with the package. A block is found by its title in column A, a
// period by its header cell and a metric by its row label, so a row or column someone inserted or
// deleted does not shift values onto the wrong metric or month; what cannot be found is left to
// the visible-cell record, which reports the moved or deleted row itself.
import { isMetricId } from '../catalogue/metricIds';
import type { ApplicationPackage, MetricValue, PeriodData } from '../package/schema';
import type { GridBlock, MetricsGridLayout } from './layout';
import { readMetricCell, sameNumber } from './cellRead';
import { cellAt, type RawCell, type RawSheet } from './raw';
import type { CellChange } from './visibleDiff';

/** How far a block may have moved from where it was written (rows inserted above it). */
const MAX_SHIFT = 2_000;

const textOf = (v: RawCell): string => (v === null ? '' : String(v).trim());

/**
 * The row of the block whose column A reads `label`: the written row first, else the first such
 * row after the header and before the next block's title (never a row of another year).
 */
function rowOf(
  sheet: RawSheet,
  written: number,
  from: number,
  label: string,
  titles: ReadonlySet<string>,
): number | null {
  if (written >= from && textOf(cellAt(sheet, written, 1)) === label) return written;
  const limit = Math.min(sheet.rows.length, from + MAX_SHIFT);
  for (let r = from; r <= limit; r++) {
    const t = textOf(cellAt(sheet, r, 1));
    if (t === label) return r;
    if (titles.has(t)) return null;
  }
  return null;
}

function headerOf(sheet: RawSheet, block: GridBlock): number | null {
  const first = block.periods[0]?.period ?? '';
  const isHeader = (r: number): boolean =>
    textOf(cellAt(sheet, r, 1)) === block.title &&
    (sheet.rows[r - 1] ?? []).some((v) => textOf(v) === first);
  if (isHeader(block.headerRow)) return block.headerRow;
  const limit = Math.min(sheet.rows.length, block.headerRow + MAX_SHIFT);
  for (let r = 1; r <= limit; r++) if (isHeader(r)) return r;
  return null;
}

/** The change in the metric cell at (r, c) against the period's value, or null when equal. */
export function metricChange(
  sheet: RawSheet,
  r: number,
  c: number,
  data: PeriodData,
  metric: string,
  unit: string,
): CellChange | null {
  // an own field only: the metric id came from the file (Object.hasOwn, no Map built per cell)
  const mv = Object.hasOwn(data.values, metric)
    ? (data.values as Readonly<Record<string, MetricValue | undefined>>)[metric]
    : undefined;
  const before = mv !== undefined && mv.unit === unit ? mv.value : null;
  const { after, valid } = readMetricCell(sheet, r, c);
  if (before === null && after === null) return null;
  if (typeof before === 'number' && typeof after === 'number' && sameNumber(before, after))
    return null;
  return {
    kind: 'metric',
    sheet: sheet.name,
    row: r,
    col: c,
    id: data.period,
    field: metric,
    before,
    after,
    unit,
    valid,
  };
}

export function diffMetricsGrid(
  sheet: RawSheet,
  layout: MetricsGridLayout,
  pkg: ApplicationPackage,
): CellChange[] {
  const byPeriod = new Map(pkg.periods.map((p) => [p.period, p]));
  const changes: CellChange[] = [];
  const titles = new Set(layout.blocks.map((b) => b.title));
  for (const block of layout.blocks) {
    const header = headerOf(sheet, block);
    if (header === null) continue;
    const headerCells = sheet.rows[header - 1] ?? [];
    const colOf = new Map<string, number>();
    headerCells.forEach((v, i) => {
      const t = textOf(v);
      if (i > 0 && t !== '' && !colOf.has(t)) colOf.set(t, i + 1);
    });
    for (const line of block.rows) {
      if (!isMetricId(line.metric)) continue;
      const written = line.row - block.headerRow + header;
      const r = rowOf(sheet, written, header + 1, line.label, titles);
      if (r === null) continue;
      for (const { period } of block.periods) {
        const c = colOf.get(period);
        const data = byPeriod.get(period);
        if (c === undefined || data === undefined) continue;
        const change = metricChange(sheet, r, c, data, line.metric, line.unit);
        if (change) changes.push(change);
      }
    }
  }
  return changes;
}
