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
import { womenSharePct } from './labour';
import { periodWageCheck, rollUpValues, yearWageCheck } from './rollup';
import type { CanonicalValues } from './valueTable';

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
 * A package's periods normalised and grouped by year, with its indicators built on demand.
 * `results` reads like any IndicatorResults; its `periods` and `years` are built on first read (a
 * chart, the grid, a workbook, JSON or a structured clone all read them), because a decision needs
 * only the outliers, the issues and the latest women's share, and every period's explained figures
 * were most of the cost of scoring a package.
 */
export interface PreparedIndicators {
  /** Every period, sorted, in canonical units. */
  normalised: readonly NormalisedPeriod[];
  results: IndicatorResults;
  /** Women's share of staff (%) in the latest year that has one; null when none does. */
  latestWomenSharePct(): number | null;
}

interface YearGroup {
  year: string;
  explicit: NormalisedPeriod | undefined;
  months: NormalisedPeriod[];
}

export function prepareIndicators(
  periods: readonly PeriodData[],
  processes: readonly Process[],
  f: ResolvedFactors,
): PreparedIndicators {
  const sorted = [...periods].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
  const ranges = rangeTable(processes);
  const normalised: NormalisedPeriod[] = [];
  const groups = new Map<string, YearGroup>();
  for (const p of sorted) {
    const n = normalisePeriod(p, processes, ranges);
    normalised.push(n);
    const y = n.kind === 'year' ? n.period : n.period.slice(0, 4);
    let g = groups.get(y);
    if (!g) {
      g = { year: y, explicit: undefined, months: [] };
      groups.set(y, g);
    }
    if (n.kind === 'year') g.explicit = n;
    else g.months.push(n);
  }
  const yearGroups = [...groups.values()].sort((a, b) =>
    a.year < b.year ? -1 : a.year > b.year ? 1 : 0,
  );

  // An explicit year's indicators are both a period's and the year's: built once.
  const byPeriod = new Map<NormalisedPeriod, PeriodIndicators>();
  const periodIndicators = (n: NormalisedPeriod): PeriodIndicators => {
    let i = byPeriod.get(n);
    if (!i) {
      i = computeIndicators(n.values, f, periodWageCheck(n));
      byPeriod.set(n, i);
    }
    return i;
  };
  const rolled = new Map<YearGroup, CanonicalValues>();
  const yearValues = (g: YearGroup): CanonicalValues => {
    if (g.explicit) return g.explicit.values;
    let v = rolled.get(g);
    if (!v) {
      v = rollUpValues(g.months, f);
      rolled.set(g, v);
    }
    return v;
  };

  const buildPeriods = (): PeriodResult[] =>
    normalised.map((n) => ({
      period: n.period,
      kind: n.kind,
      indicators: periodIndicators(n),
      issues: n.issues,
      outliers: n.outliers,
    }));
  const buildYears = (): YearResult[] => {
    const years: YearResult[] = [];
    const byYear = new Map<string, PeriodIndicators>();
    for (const g of yearGroups) {
      const indicators = g.explicit
        ? periodIndicators(g.explicit)
        : computeIndicators(yearValues(g), f, yearWageCheck(g.year, g.months));
      const prevKey = String(Number(g.year) - 1);
      const prev = byYear.get(prevKey);
      byYear.set(g.year, indicators);
      years.push({
        year: g.year,
        basis: g.explicit ? 'explicit' : 'months',
        monthsCovered: g.explicit ? 12 : g.months.length,
        indicators,
        yoy: prev ? yoy(indicators, prev, prevKey) : null,
      });
    }
    return years;
  };

  let periodsMemo: PeriodResult[] | undefined;
  let yearsMemo: YearResult[] | undefined;
  const results: IndicatorResults = {
    get periods() {
      return (periodsMemo ??= buildPeriods());
    },
    get years() {
      return (yearsMemo ??= buildYears());
    },
  };
  return {
    normalised,
    results,
    latestWomenSharePct() {
      for (let i = yearGroups.length - 1; i >= 0; i--) {
        const g = yearGroups[i] as YearGroup;
        const pct = womenSharePct(yearValues(g));
        if (pct !== null) return pct;
      }
      return null;
    },
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
  return prepareIndicators(periods, processes, f).results;
}
