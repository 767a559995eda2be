import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { OutlierCheck } from '../../../../shared/catalogue/metrics';
import type { DataQuality, Process } from '../../../../shared/package/enums';
import type { MetricValue, PeriodData } from '../../../../shared/package/schema';
import {
  absurdOf,
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

/**
 * saved: shows what is stored. typing: text typed and not yet committed. held: a committed
 * figure far outside the plausible range, waiting for "keep it". clearing: a cell emptied by
 * editing, waiting for "clear it". error: text that is not a figure; the stored value stays.
 */
export type CellStatus = 'saved' | 'typing' | 'held' | 'clearing' | 'error';

export interface CellView {
  /** The text to edit: the draft, else the stored number written plainly. */
  text: string;
  /** The number of the stored (or committed) value, shown with separators when not editing. */
  number: number | null;
  status: CellStatus;
  error: CellError | null;
  /** Set when the stored value is outside the catalogue's plausible monthly range. */
  outlier: OutlierCheck | null;
  /** The "keep and explain" text, when the user kept the outlier. */
  explanation: string | null;
  quality: DataQuality | null;
  /** Typed before the page last closed and offered back; not saved. */
  recovered: boolean;
}

export interface OutlierItem {
  metricId: MetricId;
  period: string;
  value: number;
  unit: string;
  check: OutlierCheck;
  explanation: string | null;
}

/** A cell the user left that needs an answer before anything is written. */
export interface Question {
  kind: 'absurd' | 'clear';
  metricId: MetricId;
  period: string;
  unit: string;
  /** The held figure (absurd) or the stored one about to go (clear). */
  value: number;
}

export interface RowQuality {
  /** Months of the year with a value. */
  values: number;
  estimated: number;
}

export interface GridModel {
  cells: ReadonlyMap<string, CellView>;
  units: Readonly<Partial<Record<MetricId, string>>>;
  /** Totals of what is stored (or committed); typed, held and invalid texts do not count. */
  totals: ReadonlyMap<string, number | null>;
  quality: ReadonlyMap<string, RowQuality>;
  /** What is stored (or committed) for the year. */
  periods: PeriodData[];
  outliers: OutlierItem[];
  questions: Question[];
  errorCount: number;
}

export interface GridState {
  /** Cell texts typed and not yet committed, by cell key. */
  drafts: Readonly<Record<string, string>>;
  explanations: Readonly<Record<string, string>>;
  chosenUnits: Readonly<Partial<Record<MetricId, string>>>;
  /** Values committed on this screen (null: cleared), ahead of the database's live query. */
  committed: Readonly<Record<string, MetricValue | null>>;
  /** Entries whose cells were left with a draft that could not be written as it stood. */
  asked: Readonly<Record<string, true>>;
  /** Cell keys whose draft came back from the journal after the page closed. */
  recovered: Readonly<Record<string, true>>;
  /**
   * By entry key: the figure stored (null: empty) when typing in the cell began, what its write
   * is based on, so a figure another window stored meanwhile is never overwritten unseen.
   */
  bases: Readonly<Record<string, MetricValue | null>>;
  /** By entry key: figures refused because another window changed the cell first. */
  kept: Readonly<Record<string, KeptFigure>>;
}

/** The user's figure kept aside (null: they had cleared the cell), and what is stored instead. */
export interface KeptFigure {
  mine: MetricValue | null;
  stored: MetricValue | null;
}

export const emptyGridState = (): GridState => ({
  drafts: {},
  explanations: {},
  chosenUnits: {},
  committed: {},
  asked: {},
  recovered: {},
  bases: {},
  kept: {},
});

/** A copy of a record without `keys`. */
export function without<V>(
  record: Readonly<Record<string, V>>,
  keys: readonly string[],
): Record<string, V> {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !drop.has(k)));
}

export const entryKey = (metricId: MetricId, period: string) => `${metricId}@${period}`;

/** The stored year with this screen's commits laid over it. */
export function effectiveYear(
  stored: StoredYear,
  committed: GridState['committed'],
): Record<string, Partial<Record<MetricId, MetricValue>>> {
  const out: Record<string, Partial<Record<MetricId, MetricValue>>> = {};
  for (const [period, values] of Object.entries(stored)) out[period] = { ...values };
  for (const [key, value] of Object.entries(committed)) {
    const at = key.lastIndexOf('@');
    const metricId = key.slice(0, at) as MetricId;
    const period = key.slice(at + 1);
    const values = out[period] ?? {};
    out[period] =
      value === null
        ? Object.fromEntries(Object.entries(values).filter(([m]) => m !== metricId))
        : { ...values, [metricId]: value };
  }
  return out;
}

/** What committing one metric-month's drafts would write. */
export function entryFor(
  metricId: MetricId,
  period: string,
  unit: string,
  effective: StoredYear,
  state: GridState,
  processes: readonly Process[],
) {
  return buildEntry(metricId, {
    valueDraft: state.drafts[cellKey(metricId, period)],
    ncvDraft: state.drafts[cellKey(`${metricId}#ncv`, period)],
    explanationDraft: state.explanations[entryKey(metricId, period)],
    stored: effective[period]?.[metricId],
    ...(entryKey(metricId, period) in state.bases
      ? { base: state.bases[entryKey(metricId, period)] ?? null }
      : {}),
    unit,
    processes,
  });
}

/** Everything the grid shows, derived from what is stored, committed and typed. */
export function buildGridModel(
  rows: readonly GridRow[],
  months: readonly string[],
  stored: StoredYear,
  state: GridState,
  processes: readonly Process[],
): GridModel {
  const effective = effectiveYear(stored, state.committed);
  const cells = new Map<string, CellView>();
  const totals = new Map<string, number | null>();
  const quality = new Map<string, RowQuality>();
  const units: Partial<Record<MetricId, string>> = {};
  const outliers: OutlierItem[] = [];
  const questions: Question[] = [];
  let errorCount = 0;

  for (const row of rows) {
    if (row.kind !== 'value') continue;
    const id = row.metricId;
    const unit = rowUnit(id, months, effective, state.chosenUnits[id]);
    units[id] = unit;
    const numbers: (number | null)[] = [];
    const ncvPairs: { amount: number | null; ncv: number | null }[] = [];
    const rq: RowQuality = { values: 0, estimated: 0 };
    for (const period of months) {
      const key = cellKey(id, period);
      const ek = entryKey(id, period);
      const s = effective[period]?.[id];
      const number = s ? storedInUnit(id, s, unit) : null;
      const draft = state.drafts[key];
      let status: CellStatus = 'saved';
      let error: CellError | null = null;
      if (draft !== undefined) {
        const r = entryFor(id, period, unit, effective, state, processes);
        const asked = state.asked[ek] === true;
        status = 'typing';
        if (r.kind === 'invalid') {
          status = 'error';
          error = r.error;
        } else if (r.kind === 'clear' && number !== null && asked) {
          status = 'clearing';
          questions.push({ kind: 'clear', metricId: id, period, unit, value: number });
        } else if (r.kind === 'entry' && absurdOf(id, r.value, processes)) {
          status = 'held';
          questions.push({ kind: 'absurd', metricId: id, period, unit, value: r.value.value });
        }
      }
      if (error) errorCount++;
      let outlier: OutlierCheck | null = null;
      const explanation = s?.outlierExplanation ?? null;
      if (s) {
        const check = outlierOf(id, s, processes);
        if (check.outlier) {
          outlier = check;
          outliers.push({
            metricId: id,
            period,
            value: number ?? s.value,
            unit,
            check,
            explanation,
          });
        }
        rq.values++;
        if (s.quality === 'estimated') rq.estimated++;
      }
      cells.set(key, {
        text: draft ?? (number === null ? '' : numberText(number)),
        number,
        status,
        error,
        outlier,
        explanation,
        quality: s?.quality ?? null,
        recovered: state.recovered[key] === true,
      });
      numbers.push(number);

      const ncvKey = cellKey(`${id}#ncv`, period);
      const ncvDraft = state.drafts[ncvKey];
      if (ncvDraft !== undefined || s?.ncvKcalPerKg !== undefined) {
        const storedNcv = s?.ncvKcalPerKg ?? null;
        const ncvText = ncvDraft ?? numberText(storedNcv ?? 0);
        const p = parseNcvText(ncvText);
        let ncvError: CellError | null = p.ok ? null : p.error;
        if (!ncvError && p.ok && p.value !== null && number === null && draft === undefined)
          ncvError = 'ncvNeedsValue';
        if (ncvError) errorCount++;
        cells.set(ncvKey, {
          text: ncvText,
          number: storedNcv,
          status: ncvError ? 'error' : ncvDraft !== undefined ? 'typing' : 'saved',
          error: ncvError,
          outlier: null,
          explanation: null,
          quality: null,
          recovered: state.recovered[ncvKey] === true,
        });
        ncvPairs.push({ amount: number, ncv: storedNcv });
      }
    }
    totals.set(row.key, aggregate(aggregationOf(id), numbers));
    totals.set(`${row.key}#ncv`, weightedNcv(ncvPairs));
    quality.set(row.key, rq);
  }
  const periods: PeriodData[] = [];
  for (const period of months) {
    const values = effective[period];
    if (values && Object.keys(values).length > 0) periods.push({ period, values });
  }
  return { cells, units, totals, quality, periods, outliers, questions, errorCount };
}
