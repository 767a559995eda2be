import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import type { ResolvedFactors } from '../factors/resolve';
import { minimumWageOn } from '../factors/labour';
import { ncvGjPerTToKcalPerKg } from '../units/energy';
import type { CanonicalValue, CanonicalValues, NormalisedPeriod } from './canonical';
import type { WageCheck } from './labour';

/** Stocks are averaged over the months reported; the lowest wage takes the minimum; the rest sum. */
const AVERAGED: ReadonlySet<MetricId> = new Set<MetricId>(['labour.employees', 'labour.women']);
const MINIMUM: ReadonlySet<MetricId> = new Set<MetricId>(['labour.lowest_wage_mnt']);

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
  const out: CanonicalValues = {};
  for (const id of METRIC_IDS) {
    let sum = 0;
    let n = 0;
    let min = Infinity;
    let ncvWeighted = 0;
    let anyNcv = false;
    const solidFuel = id === 'energy.coal' || id === 'energy.briquettes';
    let fuelDefault: number | undefined;
    for (const m of months) {
      const cv = m.values[id];
      if (!cv) continue;
      n++;
      sum += cv.value;
      if (cv.value < min) min = cv.value;
      if (!solidFuel) continue;
      if (cv.ncvKcalPerKg !== null) anyNcv = true;
      ncvWeighted += cv.value * (cv.ncvKcalPerKg ?? (fuelDefault ??= defaultNcv(id, f)));
    }
    if (n === 0) continue;
    const value = AVERAGED.has(id) ? sum / n : MINIMUM.has(id) ? min : sum;
    const rolled: CanonicalValue = {
      value,
      ncvKcalPerKg: anyNcv && sum > 0 ? ncvWeighted / sum : null,
    };
    out[id] = rolled;
  }
  return out;
}

/** Worst month's wage-to-minimum ratio; months before the first minimum on file are skipped. */
export function yearWageCheck(year: string, months: readonly NormalisedPeriod[]): WageCheck {
  let worst: WageCheck = { wage: null, minimum: undefined, period: year };
  let worstRatio = Infinity;
  for (const m of months) {
    const wage = m.values['labour.lowest_wage_mnt']?.value;
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
    wage: p.values['labour.lowest_wage_mnt']?.value ?? null,
    minimum: minimumWageOn(p.period),
    period: p.period,
  };
}
