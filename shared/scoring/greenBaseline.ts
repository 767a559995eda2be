import { normalisePeriod, rollUpValues, type NormalisedPeriod } from '../calc';
import { CARRIERS, CARRIER_METRIC } from '../calc/carriers';
import { metricIndex, numberAt, type CanonicalValues } from '../calc/valueTable';
import type { ResolvedFactors } from '../factors/resolve';
import type { Process } from '../package/enums';
import type { PeriodData, ProjectFigures } from '../package/schema';
import { CARRIER_FIELD } from './greenFigures';

export interface Baseline {
  figures: ProjectFigures;
  /** The months (or the one year) the figures add up. */
  periods: string[];
}

const OUTPUT = metricIndex('production.output_kg');
const MUNICIPAL = metricIndex('water.municipal');
const GROUND = metricIndex('water.groundwater');
const COST = metricIndex('cost.energy_mnt');

/** The records' values as project figures: every carrier, its NCV where the records give one. */
export function figuresFromValues(v: CanonicalValues): ProjectFigures {
  const val = (i: number) => numberAt(v, i) ?? 0;
  const figures: ProjectFigures = {
    productionKg: val(OUTPUT),
    electricityKwh: 0,
    heatGcal: 0,
    coalT: 0,
    dieselL: 0,
    // Water withdrawn (utility + own well); recycled water is not a withdrawal.
    waterM3: val(MUNICIPAL) + val(GROUND),
  };
  for (const c of CARRIERS) {
    const cv = v[metricIndex(CARRIER_METRIC[c])];
    if (cv) figures[CARRIER_FIELD[c]] = cv.value;
  }
  const coalNcv = v[metricIndex('energy.coal')]?.ncvKcalPerKg;
  if (coalNcv != null) figures.coalNcvKcalPerKg = coalNcv;
  const briqNcv = v[metricIndex('energy.briquettes')]?.ncvKcalPerKg;
  if (briqNcv != null) figures.briquettesNcvKcalPerKg = briqNcv;
  const cost = numberAt(v, COST);
  if (cost !== null) figures.energyCostMnt = Math.round(cost);
  return figures;
}

/** The latest 12 monthly periods, or the latest yearly period when there are no months. */
export function baselinePeriods(periods: readonly PeriodData[]): PeriodData[] {
  const months = periods
    .filter((p) => p.period.length === 7)
    .sort((a, b) => a.period.localeCompare(b.period))
    .slice(-12);
  if (months.length > 0) return months;
  const years = periods
    .filter((p) => p.period.length === 4)
    .sort((a, b) => a.period.localeCompare(b.period));
  const lastYear = years[years.length - 1];
  return lastYear ? [lastYear] : [];
}

/**
 * The firm's own baseline for a green project: the sum of its latest 12 monthly periods
 * (reference §3.5: a 12-month baseline), or its latest yearly figures when it has no months.
 * Every carrier keeps its own field, so the project's energy and CO2 are computed by the same
 * carriers, factors and code as the dashboard's.
 */
export function baselineFromPeriods(
  periods: readonly PeriodData[],
  processes: readonly Process[],
  f: ResolvedFactors,
  normalised: (p: PeriodData) => NormalisedPeriod = (p) => normalisePeriod(p, processes),
): Baseline | null {
  const chosen = baselinePeriods(periods);
  if (chosen.length === 0) return null;
  const rolled = rollUpValues(chosen.map(normalised), f);
  return { figures: figuresFromValues(rolled), periods: chosen.map((p) => p.period) };
}
