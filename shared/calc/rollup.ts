import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import type { ResolvedFactors } from '../factors/resolve';
import { minimumWageOn } from '../factors/labour';
import { ncvGjPerTToKcalPerKg } from '../units/energy';
import type { NormalisedPeriod } from './canonical';
import type { WageCheck } from './labour';
import { emptyValues, metricIndex, type CanonicalValue, type CanonicalValues } from './valueTable';

/** Stocks are averaged over the months reported; the lowest wage takes the minimum; the rest sum. */
const AVERAGED: ReadonlySet<MetricId> = new Set<MetricId>(['labour.employees', 'labour.women']);
const MINIMUM: ReadonlySet<MetricId> = new Set<MetricId>(['labour.lowest_wage_mnt']);
/** How each metric position rolls up: 0 sum, 1 average, 2 minimum, 3 sum with NCV weighting. */
const HOW: readonly number[] = METRIC_IDS.map((id) =>
  AVERAGED.has(id)
    ? 1
    : MINIMUM.has(id)
      ? 2
      : id === 'energy.coal' || id === 'energy.briquettes'
        ? 3
        : 0,
);
const WAGE = metricIndex('labour.lowest_wage_mnt');

/** How a year total of this metric is formed from its months (the workbook's totals say so). */
export function rollUpRule(id: MetricId): 'sum' | 'average' | 'minimum' {
  return AVERAGED.has(id) ? 'average' : MINIMUM.has(id) ? 'minimum' : 'sum';
}

function defaultNcv(id: MetricId, f: ResolvedFactors): number {
  return id === 'energy.briquettes'
    ? ncvGjPerTToKcalPerKg(f.fuelNcvGjPerT.briquettes)
    : f.coalNcvKcalPerKg;
}

/**
 * Rolls months up to one set of values. Solid-fuel NCVs become a tonnage-weighted average so that
 * the year's energy equals the sum of the months' energy.
 */
export function rollUpValues(
  months: readonly NormalisedPeriod[],
  f: ResolvedFactors,
): CanonicalValues {
  const out = emptyValues();
  for (let i = 0; i < METRIC_IDS.length; i++) {
    const how = HOW[i] as number;
    let sum = 0;
    let n = 0;
    let min = Infinity;
    let ncvWeighted = 0;
    let anyNcv = false;
    let fuelDefault: number | undefined;
    for (const m of months) {
      const cv = m.values[i];
      if (!cv) continue;
      n++;
      sum += cv.value;
      if (cv.value < min) min = cv.value;
      if (how !== 3) continue;
      if (cv.ncvKcalPerKg !== null) anyNcv = true;
      ncvWeighted +=
        cv.value * (cv.ncvKcalPerKg ?? (fuelDefault ??= defaultNcv(METRIC_IDS[i] as MetricId, f)));
    }
    if (n === 0) continue;
    const value = how === 1 ? sum / n : how === 2 ? min : sum;
    const rolled: CanonicalValue = {
      value,
      ncvKcalPerKg: anyNcv && sum > 0 ? ncvWeighted / sum : null,
    };
    out[i] = rolled;
  }
  return out;
}

/** Worst month's wage-to-minimum ratio; months before the first minimum on file are skipped. */
export function yearWageCheck(year: string, months: readonly NormalisedPeriod[]): WageCheck {
  let worst: WageCheck = { wage: null, minimum: undefined, period: year };
  let worstRatio = Infinity;
  for (const m of months) {
    const wage = m.values[WAGE]?.value;
    if (wage === undefined) continue;
    const min = minimumWageOn(m.period);
    if (!min) {
      if (worst.wage === null) worst = { wage, minimum: undefined, period: m.period };
      continue;
    }
    const r = wage / min.mntPerMonth;
    if (r < worstRatio) {
      worstRatio = r;
      worst = { wage, minimum: min, period: m.period };
    }
  }
  return worst;
}

export function periodWageCheck(p: NormalisedPeriod): WageCheck {
  return {
    wage: p.values[WAGE]?.value ?? null,
    minimum: minimumWageOn(p.period),
    period: p.period,
  };
}
