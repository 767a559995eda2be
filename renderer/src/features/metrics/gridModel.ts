import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { OutlierCheck } from '../../../../shared/catalogue/metrics';
import type { Process } from '../../../../shared/package/enums';
import type { MetricValue, PeriodData } from '../../../../shared/package/schema';
import {
  aggregate,
  aggregationOf,
  buildEntry,
  numberText,
  outlierOf,
  rowUnit,
  storedInUnit,
  weightedNcv,
  type StoredYear,
} from './cellEntry';
import { cellKey, type GridRow } from './gridRows';
import { parseNcvText, type CellError } from './parseCell';

export interface CellView {
  text: string;
  error: CellError | null;
  /** Set when the value is outside the catalogue's plausible monthly range. */
  outlier: OutlierCheck | null;
  /** The "keep and explain" text, when the user kept the outlier. */
  explanation: string | null;
  number: number | null;
}

export interface OutlierItem {
  metricId: MetricId;
  period: string;
  value: number;
  unit: string;
  check: OutlierCheck;
  explanation: string | null;
}

export interface GridModel {
  cells: ReadonlyMap<string, CellView>;
  units: Readonly<Partial<Record<MetricId, string>>>;
  totals: ReadonlyMap<string, number | null>;
  /** What would be stored if every valid cell were saved now (drafts included). */
  periods: PeriodData[];
  outliers: OutlierItem[];
  errorCount: number;
}

export interface GridState {
  drafts: Readonly<Record<string, string>>;
  explanations: Readonly<Record<string, string>>;
  chosenUnits: Readonly<Partial<Record<MetricId, string>>>;
}

export const entryKey = (metricId: MetricId, period: string) => `${metricId}@${period}`;

export function entryFor(
  metricId: MetricId,
  period: string,
  unit: string,
  stored: StoredYear,
  state: GridState,
  processes: readonly Process[],
) {
  return buildEntry(metricId, {
    valueDraft: state.drafts[cellKey(metricId, period)],
    ncvDraft: state.drafts[cellKey(`${metricId}#ncv`, period)],
    explanationDraft: state.explanations[entryKey(metricId, period)],
    stored: stored[period]?.[metricId],
    unit,
    processes,
  });
}

/** Everything the grid shows, derived from what is stored and what is typed but not yet saved. */
export function buildGridModel(
  rows: readonly GridRow[],
  months: readonly string[],
  stored: StoredYear,
  state: GridState,
  processes: readonly Process[],
): GridModel {
  const cells = new Map<string, CellView>();
  const totals = new Map<string, number | null>();
  const units: Partial<Record<MetricId, string>> = {};
  const entries = new Map<string, Partial<Record<MetricId, MetricValue>>>();
  const outliers: OutlierItem[] = [];
  let errorCount = 0;
  for (const m of months) entries.set(m, {});

  for (const row of rows) {
    if (row.kind !== 'value') continue;
    const id = row.metricId;
    const unit = rowUnit(id, months, stored, state.chosenUnits[id]);
    units[id] = unit;
    const numbers: (number | null)[] = [];
    const ncvPairs: { amount: number | null; ncv: number | null }[] = [];
    for (const period of months) {
      const key = cellKey(id, period);
      const s = stored[period]?.[id];
      const draft = state.drafts[key];
      const text = draft ?? (s ? numberText(storedInUnit(id, s, unit)) : '');
      const r = entryFor(id, period, unit, stored, state, processes);
      let view: CellView = { text, error: null, outlier: null, explanation: null, number: null };
      if (r.kind === 'invalid') {
        view = { ...view, error: r.error };
        errorCount++;
      } else if (r.kind === 'entry') {
        (entries.get(period) as Partial<Record<MetricId, MetricValue>>)[id] = r.value;
        const check = outlierOf(id, r.value, processes);
        const explanation = r.value.outlierExplanation ?? null;
        view = {
          ...view,
          number: r.value.value,
          outlier: check.outlier ? check : null,
          explanation,
        };
        if (check.outlier)
          outliers.push({ metricId: id, period, value: r.value.value, unit, check, explanation });
      }
      cells.set(key, view);
      numbers.push(view.number);

      const ncvKey = cellKey(`${id}#ncv`, period);
      const ncvDraft = state.drafts[ncvKey];
      if (ncvDraft !== undefined || s?.ncvKcalPerKg !== undefined) {
        const ncvText = ncvDraft ?? numberText(s?.ncvKcalPerKg ?? 0);
        const p = parseNcvText(ncvText);
        const ncvNumber = p.ok ? p.value : null;
        let error: CellError | null = p.ok ? null : p.error;
        if (!error && ncvNumber !== null && r.kind !== 'entry') error = 'ncvNeedsValue';
        if (error) errorCount++;
        cells.set(ncvKey, {
          text: ncvText,
          error,
          outlier: null,
          explanation: null,
          number: ncvNumber,
        });
        ncvPairs.push({ amount: view.number, ncv: error ? null : ncvNumber });
      }
    }
    totals.set(row.key, aggregate(aggregationOf(id), numbers));
    totals.set(`${row.key}#ncv`, weightedNcv(ncvPairs));
  }
  const periods: PeriodData[] = [];
  for (const [period, values] of entries) {
    if (Object.keys(values).length > 0) periods.push({ period, values });
  }
  return { cells, units, totals, periods, outliers, errorCount };
}
