import { rangeTable } from '../catalogue/metrics';
import type { Process } from '../package/enums';
import type { PeriodData } from '../package/schema';
import type { ResolvedFactors } from '../factors/resolve';
import { explained, keyedInput } from '../explain/build';
import type { Explained } from '../explain/types';
import {
  normalisePeriod,
  type NormalisedPeriod,
  type OutlierFlag,
  type ValueIssue,
} from './canonical';
import { computeIndicators, type PeriodIndicators } from './indicators';
import { periodWageCheck, rollUpValues, yearWageCheck } from './rollup';

export interface PeriodResult {
  period: string;
  kind: 'month' | 'year';
  indicators: PeriodIndicators;
  issues: ValueIssue[];
  outliers: OutlierFlag[];
}

export interface YearOnYear {
  energyKwh: Explained;
  co2Total: Explained;
  energyKwhPerKg: Explained;
  waterLPerKg: Explained;
  co2KgPerKg: Explained;
  waterM3: Explained;
}

export interface YearResult {
  year: string;
  /** "explicit": a yearly entry; "months": rolled up from the months present. */
  basis: 'explicit' | 'months';
  monthsCovered: number;
  indicators: PeriodIndicators;
  /** Change against the previous calendar year, when it has data. */
  yoy: YearOnYear | null;
}

export interface IndicatorResults {
  periods: PeriodResult[];
  years: YearResult[];
}

function change(label: string, cur: Explained, prev: Explained, prevYear: string): Explained {
  const c = cur.value;
  const p = prev.value;
  const v = c === null || p === null || p === 0 ? null : ((c - p) / p) * 100;
  return explained(v, {
    formula: `(this year − ${prevYear}) ÷ ${prevYear} × 100`,
    formulaKey: 'yoy.change',
    formulaParams: { prevYear },
    inputs: [
      keyedInput(`${label}, this year`, c, cur.unit, label, 'yoy.thisYear', { indicator: label }),
      keyedInput(`${label}, ${prevYear}`, p, prev.unit, label, 'yoy.year', {
        indicator: label,
        year: prevYear,
      }),
    ],
    unit: '%',
  });
}

function yoy(cur: PeriodIndicators, prev: PeriodIndicators, prevYear: string): YearOnYear {
  return {
    energyKwh: change('energy.total_kwh', cur.energy.totalKwh, prev.energy.totalKwh, prevYear),
    co2Total: change('co2.total', cur.emissions.total, prev.emissions.total, prevYear),
    energyKwhPerKg: change(
      'intensity.energy',
      cur.intensity.energyKwhPerKg,
      prev.intensity.energyKwhPerKg,
      prevYear,
    ),
    waterLPerKg: change(
      'intensity.water',
      cur.intensity.waterLPerKg,
      prev.intensity.waterLPerKg,
      prevYear,
    ),
    co2KgPerKg: change(
      'intensity.co2',
      cur.intensity.co2KgPerKg,
      prev.intensity.co2KgPerKg,
      prevYear,
    ),
    waterM3: change('water.intake', cur.water.intakeM3, prev.water.intakeM3, prevYear),
  };
}

/**
 * Indicators for every period in the package and for every calendar year. A yearly entry wins
 * over months of the same year (the firm reported the year directly); otherwise the months present
 * are rolled up and monthsCovered says how complete the year is.
 */
export function computePeriodIndicators(
  periods: readonly PeriodData[],
  processes: readonly Process[],
  f: ResolvedFactors,
): IndicatorResults {
  const sorted = [...periods].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
  const results: PeriodResult[] = [];
  const ranges = rangeTable(processes);
  const monthsByYear = new Map<string, NormalisedPeriod[]>();
  const explicitYears = new Map<string, NormalisedPeriod>();
  for (const p of sorted) {
    const n = normalisePeriod(p, processes, ranges);
    if (n.kind === 'year') {
      explicitYears.set(n.period, n);
    } else {
      const y = n.period.slice(0, 4);
      const list = monthsByYear.get(y);
      if (list) list.push(n);
      else monthsByYear.set(y, [n]);
    }
    results.push({
      period: n.period,
      kind: n.kind,
      indicators: computeIndicators(n.values, f, periodWageCheck(n)),
      issues: n.issues,
      outliers: n.outliers,
    });
  }
  const yearKeys = [...new Set([...explicitYears.keys(), ...monthsByYear.keys()])].sort();
  const years: YearResult[] = [];
  const byYear = new Map<string, PeriodIndicators>();
  for (const y of yearKeys) {
    const explicit = explicitYears.get(y);
    const ms = monthsByYear.get(y) ?? [];
    const indicators = explicit
      ? computeIndicators(explicit.values, f, periodWageCheck(explicit))
      : computeIndicators(rollUpValues(ms, f), f, yearWageCheck(y, ms));
    const prevKey = String(Number(y) - 1);
    const prev = byYear.get(prevKey);
    byYear.set(y, indicators);
    years.push({
      year: y,
      basis: explicit ? 'explicit' : 'months',
      monthsCovered: explicit ? 12 : ms.length,
      indicators,
      yoy: prev ? yoy(indicators, prev, prevKey) : null,
    });
  }
  return { periods: results, years };
}
