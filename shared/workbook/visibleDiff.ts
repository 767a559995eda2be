// Compares the visible, editable cells (VCP answers, E&S results, metric inputs) with the
// machine data, row by row through the id column: "the officer changed three answers".
import { isMetricId } from '../catalogue/metricIds';
import type { ApplicationPackage } from '../package/schema';
import { ANSWER_WORDS, ES_RESULT_WORDS, codeForWord } from './labels';
import type { AnswerLayout, MetricsLayout, VisibleLayout } from './layout';
import { cellAt, type RawCell, type RawSheet, type RawWorkbook } from './raw';

export type ChangeKind = 'vcp' | 'es' | 'metric';

export interface CellChange {
  kind: ChangeKind;
  sheet: string;
  /** 1-based row of the visible cell. */
  row: number;
  /** The criterion id, or the period for a metric. */
  id: string;
  /** "answer", "result", or the metric id. */
  field: string;
  /** Value in the machine data (null when absent). */
  before: string | number | null;
  /** Value now shown in the cell (null when empty). */
  after: string | number | null;
  /** Metric unit of the column. */
  unit?: string;
  /** False when the cell holds something the package cannot take (a word not on the list). */
  valid: boolean;
}

const MAX_ROWS_SCANNED = 20_000;

function isBlank(v: RawCell): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function findSheet(raw: RawWorkbook, name: string): RawSheet | undefined {
  return raw.sheets.find((s) => s.name === name);
}

function diffAnswers(
  sheet: RawSheet,
  layout: AnswerLayout,
  kind: 'vcp' | 'es',
  machine: Readonly<Record<string, string>>,
): CellChange[] {
  const words = kind === 'vcp' ? ANSWER_WORDS : ES_RESULT_WORDS;
  const field = kind === 'vcp' ? 'answer' : 'result';
  const changes: CellChange[] = [];
  const limit = Math.min(sheet.rows.length, layout.headerRow + MAX_ROWS_SCANNED);
  for (let r = layout.headerRow + 1; r <= limit; r++) {
    const idCell = cellAt(sheet, r, layout.idCol);
    if (isBlank(idCell)) break; // the block ends at the first row without an id
    const id = String(idCell).trim();
    const shown = cellAt(sheet, r, layout.answerCol);
    const before = machine[id] ?? null;
    if (isBlank(shown)) {
      if (before !== null)
        changes.push({
          kind,
          sheet: sheet.name,
          row: r,
          id,
          field,
          before,
          after: null,
          valid: true,
        });
      continue;
    }
    const code = codeForWord(words, String(shown));
    if (code === before) continue;
    changes.push({
      kind,
      sheet: sheet.name,
      row: r,
      id,
      field,
      before,
      after: code ?? String(shown),
      valid: code !== null,
    });
  }
  return changes;
}

function diffMetrics(
  sheet: RawSheet,
  layout: MetricsLayout,
  pkg: ApplicationPackage,
): CellChange[] {
  const byPeriod = new Map(pkg.periods.map((p) => [p.period, p]));
  const changes: CellChange[] = [];
  const limit = Math.min(sheet.rows.length, layout.headerRow + MAX_ROWS_SCANNED);
  for (let r = layout.headerRow + 1; r <= limit; r++) {
    const periodCell = cellAt(sheet, r, layout.periodCol);
    if (isBlank(periodCell)) continue;
    const period = String(periodCell).trim();
    const data = byPeriod.get(period);
    if (data === undefined) continue; // the Total row, or a row someone added by hand
    for (const col of layout.columns) {
      if (!isMetricId(col.metric)) continue;
      const mv = data.values[col.metric];
      const before = mv !== undefined && mv.unit === col.unit ? mv.value : null;
      const shown = cellAt(sheet, r, col.col);
      let after: number | string | null = null;
      let valid = true;
      if (!isBlank(shown)) {
        const n = typeof shown === 'number' ? shown : Number(String(shown).replace(/[\s,]/g, ''));
        if (typeof shown !== 'boolean' && Number.isFinite(n)) after = n;
        else {
          after = String(shown);
          valid = false;
        }
      }
      if (before === null && after === null) continue;
      if (typeof before === 'number' && typeof after === 'number' && sameNumber(before, after))
        continue;
      changes.push({
        kind: 'metric',
        sheet: sheet.name,
        row: r,
        id: period,
        field: col.metric,
        before,
        after,
        unit: col.unit,
        valid,
      });
    }
  }
  return changes;
}

/** Every difference between the visible editable cells and the package from `_gt_data`. */
export function diffVisible(
  raw: RawWorkbook,
  layout: VisibleLayout,
  pkg: ApplicationPackage,
): CellChange[] {
  const changes: CellChange[] = [];
  if (layout.vcp) {
    const sheet = findSheet(raw, layout.vcp.sheet);
    const machine = Object.fromEntries(
      Object.entries(pkg.vcp?.answers ?? {}).map(([k, v]) => [k, v.answer]),
    );
    if (sheet) changes.push(...diffAnswers(sheet, layout.vcp, 'vcp', machine));
  }
  if (layout.es) {
    const sheet = findSheet(raw, layout.es.sheet);
    const machine = Object.fromEntries(
      Object.entries(pkg.es?.checks ?? {}).map(([k, v]) => [k, v.result]),
    );
    if (sheet) changes.push(...diffAnswers(sheet, layout.es, 'es', machine));
  }
  if (layout.metrics) {
    const sheet = findSheet(raw, layout.metrics.sheet);
    if (sheet) changes.push(...diffMetrics(sheet, layout.metrics, pkg));
  }
  return changes;
}
