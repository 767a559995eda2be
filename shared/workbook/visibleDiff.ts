// Compares the visible, editable cells (VCP answers and comments, E&S results and notes, metric
// inputs) with the machine data, row by row through the id column: "the officer changed three
// answers". Ids from the file are looked up only in Maps of the package's own ids, so an id such
// as "constructor" or "toString" is just an unknown id. A formula typed into one of these cells
// is a change of its own (never read by its cached value) and cannot be accepted.
import { isMetricId } from '../catalogue/metricIds';
import { resolvePack } from '../catalogue/resolvePack';
import type { ApplicationPackage } from '../package/schema';
import { ANSWER_WORDS, ES_RESULT_WORDS, codeForWord } from './labels';
import type { AnswerLayout, MetricsLayout, VisibleLayout } from './layout';
import { formulaAt, isBlank } from './cellRead';
import { diffMetricsGrid, metricChange } from './metricsGridDiff';
import { xmlSafeText } from './snapshot';
import { cellAt, type RawSheet, type RawWorkbook } from './raw';

export type ChangeKind = 'vcp' | 'es' | 'metric';

export interface CellChange {
  kind: ChangeKind;
  sheet: string;
  /** 1-based row of the visible cell. */
  row: number;
  /** 1-based column of the visible cell. */
  col: number;
  /** The criterion id, or the period for a metric. */
  id: string;
  /** "answer", "result", "comment", or the metric id. */
  field: string;
  /** Value in the machine data (null when absent). */
  before: string | number | null;
  /** Value now shown in the cell (null when empty; "=…" for a formula). */
  after: string | number | null;
  /** Metric unit of the column. */
  unit?: string;
  /** False when the cell holds something the package cannot take (a word not on the list). */
  valid: boolean;
}

const MAX_ROWS_SCANNED = 20_000;

function findSheet(raw: RawWorkbook, name: string): RawSheet | undefined {
  return raw.sheets.find((s) => s.name === name);
}

interface MachineEntry {
  value: string;
  comment: string;
}

function diffAnswers(
  sheet: RawSheet,
  layout: AnswerLayout,
  kind: 'vcp' | 'es',
  machine: ReadonlyMap<string, MachineEntry>,
  packIds: ReadonlySet<string>,
): CellChange[] {
  const words = kind === 'vcp' ? ANSWER_WORDS : ES_RESULT_WORDS;
  const field = kind === 'vcp' ? 'answer' : 'result';
  const changes: CellChange[] = [];
  const limit = Math.min(sheet.rows.length, layout.headerRow + MAX_ROWS_SCANNED);
  for (let r = layout.headerRow + 1; r <= limit; r++) {
    const idCell = cellAt(sheet, r, layout.idCol);
    if (isBlank(idCell)) break; // the block ends at the first row without an id
    const id = String(idCell).trim();
    const entry = machine.get(id);
    // an answer can be added only for an item of the package's pack
    const known = entry !== undefined || packIds.has(id);
    const base = { kind, sheet: sheet.name, row: r, id };
    const before = entry?.value ?? null;
    const formula = formulaAt(sheet, r, layout.answerCol);
    const shown = cellAt(sheet, r, layout.answerCol);
    if (formula !== undefined) {
      changes.push({
        ...base,
        col: layout.answerCol,
        field,
        before,
        after: `=${formula}`,
        valid: false,
      });
    } else if (isBlank(shown)) {
      if (before !== null)
        changes.push({ ...base, col: layout.answerCol, field, before, after: null, valid: true });
    } else {
      const code = codeForWord(words, String(shown));
      if (code !== before) {
        changes.push({
          ...base,
          col: layout.answerCol,
          field,
          before,
          after: code ?? String(shown),
          valid: code !== null && known,
        });
      }
    }
    if (layout.commentCol === undefined) continue;
    const c = layout.commentCol;
    const commentFormula = formulaAt(sheet, r, c);
    const typed = cellAt(sheet, r, c);
    // compared as a spreadsheet shows it: characters XML cannot carry are shown as U+FFFD, and a
    // line break written as CR or CRLF is read back as LF (not a change anyone made)
    const lf = (s: string) => s.replace(/\r\n?/g, '\n');
    const comment = isBlank(typed) ? '' : lf(String(typed)).trim();
    const was = lf(xmlSafeText(entry?.comment ?? ''));
    if (commentFormula !== undefined) {
      changes.push({
        ...base,
        col: c,
        field: 'comment',
        before: was || null,
        after: `=${commentFormula}`,
        valid: false,
      });
    } else if (comment !== was.trim()) {
      // a comment belongs to an answer: one typed beside an item without one cannot be kept
      const answered =
        entry !== undefined || changes.some((x) => x.row === r && x.valid && x.after !== null);
      changes.push({
        ...base,
        col: c,
        field: 'comment',
        before: was || null,
        after: comment || null,
        valid: answered,
      });
    }
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
      const change = metricChange(sheet, r, col.col, data, col.metric, col.unit);
      if (change) changes.push(change);
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
  const choice = resolvePack(pkg.packId, pkg.packVersion);
  const pack = choice.ok ? choice.pack : null;
  const vcpIds = new Set(pack?.vcpItems.map((i) => i.id) ?? []);
  const esIds = new Set(pack?.esChecks.map((c) => c.id) ?? []);
  if (layout.vcp) {
    const sheet = findSheet(raw, layout.vcp.sheet);
    const machine = new Map(
      Object.entries(pkg.vcp?.answers ?? {}).map(([k, v]) => [
        k,
        { value: v.answer, comment: v.comment ?? '' },
      ]),
    );
    if (sheet) changes.push(...diffAnswers(sheet, layout.vcp, 'vcp', machine, vcpIds));
  }
  if (layout.es) {
    const sheet = findSheet(raw, layout.es.sheet);
    const machine = new Map(
      Object.entries(pkg.es?.checks ?? {}).map(([k, v]) => [
        k,
        { value: v.result, comment: v.note ?? '' },
      ]),
    );
    if (sheet) changes.push(...diffAnswers(sheet, layout.es, 'es', machine, esIds));
  }
  if (layout.metrics) {
    const sheet = findSheet(raw, layout.metrics.sheet);
    if (sheet) changes.push(...diffMetrics(sheet, layout.metrics, pkg));
  }
  if (layout.metricsGrid) {
    const sheet = findSheet(raw, layout.metricsGrid.sheet);
    if (sheet) changes.push(...diffMetricsGrid(sheet, layout.metricsGrid, pkg));
  }
  return changes;
}
