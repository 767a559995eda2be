import {
  checkOutlierIn,
  rangeTable,
  type OutlierCheck,
  type RangeTable,
} from '../catalogue/metrics';
import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import { METRICS } from '../catalogue/metrics';
import type { Process } from '../package/enums';
import type { PeriodData } from '../package/schema';
import { tryToCanonical } from '../units/toCanonical';

export interface CanonicalValue {
  /** In the metric's canonical unit. */
  value: number;
  /** Coal and briquettes: calorific value used (from the entry, else null = use the default). */
  ncvKcalPerKg: number | null;
}

export type CanonicalValues = Partial<Record<MetricId, CanonicalValue>>;

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

/** Converts one period's entries to canonical units and flags outliers (monthly ranges only). */
export function normalisePeriod(
  data: PeriodData,
  processes: readonly Process[],
  ranges: RangeTable = rangeTable(processes),
): NormalisedPeriod {
  const kind = data.period.length === 4 ? 'year' : 'month';
  const values: CanonicalValues = {};
  const issues: ValueIssue[] = [];
  const outliers: OutlierFlag[] = [];
  for (const id of METRIC_IDS) {
    const entry = data.values[id];
    if (!entry) continue;
    const ncv = entry.ncvKcalPerKg ?? null;
    const canonical = tryToCanonical(id, entry.value, entry.unit, ncv ?? undefined);
    if (canonical === null) {
      issues.push({
        metricId: id,
        message: `unit "${entry.unit}" is not allowed for ${id}; value ignored (allowed: ${Object.keys(METRICS[id].units).join(', ')})`,
      });
      continue;
    }
    values[id] = { value: canonical, ncvKcalPerKg: ncv };
    // Ranges are monthly: a yearly figure is compared after dividing by 12.
    const monthly = kind === 'year' ? canonical / 12 : canonical;
    const r = ranges[id];
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
