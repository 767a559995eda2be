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
  issues: readonly ValueIssue[];
  outliers: readonly OutlierFlag[];
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
  /** A period of the package in canonical units: normalised once, whoever reads it. */
  normalisedOf: (p: PeriodData) => NormalisedPeriod;
  results: IndicatorResults;
  /** Women's share of staff (%) in the latest year that has one; null when none does. */
  latestWomenSharePct(): number | null;
}

interface YearGroup {
  year: string;
  explicit: NormalisedPeriod | undefined;
  months: NormalisedPeriod[];
  /** Memos: the explicit year's indicators, the months rolled up. */
  indicators: PeriodIndicators | undefined;
  rolled: CanonicalValues | undefined;
}

/**
 * The one rule for "a period with data", read by the engine's months covered, the dashboard, the
 * metrics screen and the workbook's "Months with data": at least one input value is present. A
 * row whose every cell is cleared or blank (a key left holding nothing) counts for nothing: no
 * year, no month covered, no baseline.
 */
export function hasFigures(p: Pick<PeriodData, 'values'>): boolean {
  return Object.values(p.values).some((v) => v !== undefined);
}

const byPeriod = (a: { period: string }, b: { period: string }) =>
  a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
const byYear = (a: YearGroup, b: YearGroup) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0);

/** A package's normalised periods grouped by year, and the indicators built from them on demand. */
class PackagePeriods {
  readonly normalised: NormalisedPeriod[] = [];
  private readonly byData = new Map<PeriodData, NormalisedPeriod>();
  private readonly groups = new Map<string, YearGroup>();
  private readonly yearGroups: YearGroup[];
  private periodsMemo: PeriodResult[] | undefined = undefined;
  private yearsMemo: YearResult[] | undefined = undefined;

  constructor(
    periods: readonly PeriodData[],
    private readonly processes: readonly Process[],
    private readonly f: ResolvedFactors,
  ) {
    const ranges = rangeTable(processes);
    for (const p of periods.filter(hasFigures).sort(byPeriod)) {
      const n = normalisePeriod(p, processes, ranges);
      this.normalised.push(n);
      this.byData.set(p, n);
      const y = n.kind === 'year' ? n.period : n.period.slice(0, 4);
      let g = this.groups.get(y);
      if (!g) {
        g = { year: y, explicit: undefined, months: [], indicators: undefined, rolled: undefined };
        this.groups.set(y, g);
      }
      if (n.kind === 'year') g.explicit = n;
      else g.months.push(n);
    }
    this.yearGroups = [...this.groups.values()].sort(byYear);
  }

  normalisedOf(p: PeriodData): NormalisedPeriod {
    return this.byData.get(p) ?? normalisePeriod(p, this.processes);
  }

  /** An explicit year's indicators are both a period's and the year's: built once. */
  private explicitIndicators(g: YearGroup, explicit: NormalisedPeriod): PeriodIndicators {
    return (g.indicators ??= computeIndicators(explicit.values, this.f, periodWageCheck(explicit)));
  }

  private yearValues(g: YearGroup): CanonicalValues {
    return g.explicit ? g.explicit.values : (g.rolled ??= rollUpValues(g.months, this.f));
  }

  periods(): PeriodResult[] {
    if (this.periodsMemo) return this.periodsMemo;
    const out: PeriodResult[] = [];
    for (const n of this.normalised) {
      const g = n.kind === 'year' ? this.groups.get(n.period) : undefined;
      out.push({
        period: n.period,
        kind: n.kind,
        indicators:
          g?.explicit === n
            ? this.explicitIndicators(g, n)
            : computeIndicators(n.values, this.f, periodWageCheck(n)),
        issues: n.issues,
        outliers: n.outliers,
      });
    }
    return (this.periodsMemo = out);
  }

  years(): YearResult[] {
    if (this.yearsMemo) return this.yearsMemo;
    const years: YearResult[] = [];
    const seen = new Map<string, PeriodIndicators>();
    for (const g of this.yearGroups) {
      const indicators = g.explicit
        ? this.explicitIndicators(g, g.explicit)
        : computeIndicators(this.yearValues(g), this.f, yearWageCheck(g.year, g.months));
      const prevKey = String(Number(g.year) - 1);
      const prev = seen.get(prevKey);
      seen.set(g.year, indicators);
      years.push({
        year: g.year,
        basis: g.explicit ? 'explicit' : 'months',
        monthsCovered: g.explicit ? 12 : g.months.length,
        indicators,
        yoy: prev ? yoy(indicators, prev, prevKey) : null,
      });
    }
    return (this.yearsMemo = years);
  }

  latestWomenSharePct(): number | null {
    for (let i = this.yearGroups.length - 1; i >= 0; i--) {
      const pct = womenSharePct(this.yearValues(this.yearGroups[i] as YearGroup));
      if (pct !== null) return pct;
    }
    return null;
  }
}

// Own enumerable accessors, so JSON, structuredClone, IndexedDB and spread all read them like
// data; the getter functions are shared (not a closure per result), so a call site that reads
// them never holds on to one package's results.
const STATE = Symbol('indicator state');
type WithState = IndicatorResults & { [STATE]: PackagePeriods };
const LAZY_PROPERTIES: PropertyDescriptorMap = {
  periods: {
    enumerable: true,
    get(this: WithState) {
      return this[STATE].periods();
    },
  },
  years: {
    enumerable: true,
    get(this: WithState) {
      return this[STATE].years();
    },
  },
};

export function prepareIndicators(
  periods: readonly PeriodData[],
  processes: readonly Process[],
  f: ResolvedFactors,
): PreparedIndicators {
  const state = new PackagePeriods(periods, processes, f);
  // The state is not enumerable: copies and deep-equality checks see only periods and years.
  const results = Object.defineProperty({}, STATE, { value: state }) as WithState;
  Object.defineProperties(results, LAZY_PROPERTIES);
  return {
    normalised: state.normalised,
    normalisedOf: (p) => state.normalisedOf(p),
    results,
    latestWomenSharePct: () => state.latestWomenSharePct(),
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
