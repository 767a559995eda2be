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
import { emptyValues, metricIndexOf, type CanonicalValues } from './valueTable';

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
  issues: readonly ValueIssue[];
  outliers: readonly OutlierFlag[];
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

const COAL = metricIndexOf('energy.coal');
const NONE: readonly never[] = Object.freeze([]);
const byMetric = (a: { metricId: MetricId }, b: { metricId: MetricId }) =>
  (metricIndexOf(a.metricId) ?? 0) - (metricIndexOf(b.metricId) ?? 0);

/** Converts one period's entries to canonical units and flags outliers (monthly ranges only). */
export function normalisePeriod(
  data: PeriodData,
  processes: readonly Process[],
  ranges: RangeTable = rangeTable(processes),
): NormalisedPeriod {
  const kind = data.period.length === 4 ? 'year' : 'month';
  const values = emptyValues();
  // Most periods have no issue and no outlier: the arrays are made only when one is found.
  let issues: ValueIssue[] | undefined;
  let outliers: OutlierFlag[] | undefined;
  const rangeOf = rangeArray(ranges);
  for (const key in data.values) {
    const i = metricIndexOf(key);
    if (i === undefined) continue;
    const entry = data.values[key as MetricId];
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
      (issues ??= []).push({
        metricId: id,
        message: `unit "${entry.unit}" is not allowed for ${id}; value ignored (allowed: ${ALLOWED[i] ?? ''})`,
      });
      continue;
    }
    values[i] = { value: canonical, ncvKcalPerKg: ncv };
    // Ranges are monthly: a yearly figure is compared after dividing by 12.
    const monthly = kind === 'year' ? canonical / 12 : canonical;
    const r = rangeOf[i];
    if (r && monthly >= r[0] && monthly <= r[1]) continue;
    const check = checkOutlierIn(ranges, id, monthly);
    if (check.outlier) {
      (outliers ??= []).push({
        range: check.range,
        provenance: check.provenance,
        outlier: check.outlier,
        reason: check.reason,
        metricId: id,
        period: data.period,
        value: canonical,
        kept: entry.outlierExplanation !== undefined && entry.outlierExplanation.trim() !== '',
      });
    }
  }
  // Issues and outliers come out in METRIC_IDS order, whatever order the entries were typed in.
  return {
    period: data.period,
    kind,
    values,
    issues: issues ? issues.sort(byMetric) : NONE,
    outliers: outliers ? outliers.sort(byMetric) : NONE,
  };
}
