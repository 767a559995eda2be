import {
  checkOutlierIn,
  rangeTable,
  type OutlierCheck,
  type RangeTable,
} from '../catalogue/metrics';
import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import { METRICS, type UnitConversion } from '../catalogue/metrics';
import type { Process } from '../package/enums';
import type { PeriodData } from '../package/schema';
import { DEFAULT_COAL_NCV_KCAL_PER_KG } from '../units/energy';
import { convertWith } from '../units/toCanonical';
import {
  emptyValues,
  metricIndexOf,
  type CanonicalValue,
  type CanonicalValues,
} from './valueTable';

export type { CanonicalValue, CanonicalValues } from './valueTable';

export interface ValueIssue {
  metricId: MetricId;
  message: string;
}

export interface OutlierFlag extends OutlierCheck {
  metricId: MetricId;
  period: string;
  value: number;
  /** True when the user kept the value and wrote why ("keep and explain"). */
  kept: boolean;
}

export interface NormalisedPeriod {
  period: string;
  kind: 'month' | 'year';
  values: CanonicalValues;
  issues: ValueIssue[];
  outliers: OutlierFlag[];
}

// Per metric (by METRIC_IDS position): its allowed units and their conversions, so converting a
// value is one map lookup instead of two keyed reads by dotted id.
const UNITS: readonly ReadonlyMap<string, UnitConversion>[] = METRIC_IDS.map(
  (id) => new Map(Object.entries(METRICS[id].units)),
);
const ALLOWED: readonly string[] = METRIC_IDS.map((id) =>
  Object.keys(METRICS[id].units).join(', '),
);

/** A range table as an array by metric position, built once per table. */
const RANGE_ARRAYS = new WeakMap<RangeTable, readonly (readonly [number, number] | undefined)[]>();
function rangeArray(table: RangeTable): readonly (readonly [number, number] | undefined)[] {
  let a = RANGE_ARRAYS.get(table);
  if (!a) {
    a = METRIC_IDS.map((id) => table[id]);
    RANGE_ARRAYS.set(table, a);
  }
  return a;
}

type Entry = PeriodData['values'][MetricId];
const COAL = metricIndexOf('energy.coal');

/** Converts one period's entries to canonical units and flags outliers (monthly ranges only). */
export function normalisePeriod(
  data: PeriodData,
  processes: readonly Process[],
  ranges: RangeTable = rangeTable(processes),
): NormalisedPeriod {
  const kind = data.period.length === 4 ? 'year' : 'month';
  const values = emptyValues();
  const issues: ValueIssue[] = [];
  const outliers: OutlierFlag[] = [];
  // Entries by metric position, so issues and outliers come out in METRIC_IDS order.
  const entries: Entry[] = new Array<Entry>(METRIC_IDS.length).fill(undefined);
  let any = false;
  for (const key in data.values) {
    const i = metricIndexOf(key);
    if (i === undefined) continue;
    entries[i] = data.values[key as MetricId];
    any = true;
  }
  if (!any) return { period: data.period, kind, values, issues, outliers };
  const rangeOf = rangeArray(ranges);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    const id = METRIC_IDS[i] as MetricId;
    const conv = (UNITS[i] as ReadonlyMap<string, UnitConversion>).get(entry.unit);
    // Coal typed as energy (GJ, Gcal) became tonnes at the default NCV: that NCV is recorded so
    // the energy and CO2 computed later equal what was typed even when the default is overridden.
    const ncv =
      entry.ncvKcalPerKg ??
      (i === COAL && conv?.kind === 'ncv' ? DEFAULT_COAL_NCV_KCAL_PER_KG : null);
    const canonical = conv ? convertWith(conv, entry.value, ncv ?? undefined) : null;
    if (canonical === null) {
      issues.push({
        metricId: id,
        message: `unit "${entry.unit}" is not allowed for ${id}; value ignored (allowed: ${ALLOWED[i] ?? ''})`,
      });
      continue;
    }
    const cv: CanonicalValue = { value: canonical, ncvKcalPerKg: ncv };
    values[i] = cv;
    // Ranges are monthly: a yearly figure is compared after dividing by 12.
    const monthly = kind === 'year' ? canonical / 12 : canonical;
    const r = rangeOf[i];
    if (r && monthly >= r[0] && monthly <= r[1]) continue;
    const check = checkOutlierIn(ranges, id, monthly);
    if (check.outlier) {
      outliers.push({
        ...check,
        metricId: id,
        period: data.period,
        value: canonical,
        kept: entry.outlierExplanation !== undefined && entry.outlierExplanation.trim() !== '',
      });
    }
  }
  return { period: data.period, kind, values, issues, outliers };
}
