import { normalisePeriod, rollUpValues, valuesToRecord } from '../../../../shared/calc';
import type { ResolvedFactors } from '../../../../shared/factors/resolve';
import type { Process } from '../../../../shared/package/enums';
import type { PeriodData, ProjectFigures } from '../../../../shared/package/schema';
import { STEAM_GJ_PER_T } from '../../../../shared/units';
import { ncvGjPerTToKcalPerKg } from '../../../../shared/units/energy';

export interface Baseline {
  figures: ProjectFigures;
  /** The months (or the one year) the figures add up. */
  periods: string[];
}

const GJ_PER_GCAL = 4.1868;

/**
 * The firm's own baseline for a green project: the sum of its latest 12 monthly periods
 * (reference §3.5: a 12-month baseline), or its latest yearly figures when it has no months.
 * Purchased steam is counted as heat (2.7 GJ/t), briquettes with coal at a tonnage-weighted
 * calorific value, and only water withdrawn (utility + own well), not recycled water.
 */
export function baselineFromPeriods(
  periods: readonly PeriodData[],
  processes: readonly Process[],
  f: ResolvedFactors,
): Baseline | null {
  const months = periods
    .filter((p) => p.period.length === 7)
    .sort((a, b) => a.period.localeCompare(b.period))
    .slice(-12);
  const years = periods
    .filter((p) => p.period.length === 4)
    .sort((a, b) => a.period.localeCompare(b.period));
  const lastYear = years[years.length - 1];
  const chosen = months.length > 0 ? months : lastYear ? [lastYear] : [];
  if (chosen.length === 0) return null;
  const v = valuesToRecord(
    rollUpValues(
      chosen.map((p) => normalisePeriod(p, processes)),
      f,
    ),
  );
  const val = (id: keyof typeof v) => v[id]?.value ?? 0;
  const coal = val('energy.coal');
  const briquettes = val('energy.briquettes');
  const coalNcv = v['energy.coal']?.ncvKcalPerKg ?? f.coalNcvKcalPerKg;
  const briqNcv =
    v['energy.briquettes']?.ncvKcalPerKg ?? ncvGjPerTToKcalPerKg(f.fuelNcvGjPerT.briquettes);
  const solid = coal + briquettes;
  const figures: ProjectFigures = {
    productionKg: val('production.output_kg'),
    electricityKwh: val('energy.electricity'),
    heatGcal: val('energy.district_heat') + (val('energy.steam') * STEAM_GJ_PER_T) / GJ_PER_GCAL,
    coalT: solid,
    dieselL: val('energy.diesel'),
    waterM3: val('water.municipal') + val('water.groundwater'),
  };
  if (solid > 0) {
    const ncv = Math.round((coal * coalNcv + briquettes * briqNcv) / solid);
    figures.coalNcvKcalPerKg = Math.min(8000, Math.max(1000, ncv));
  }
  const cost = v['cost.energy_mnt'];
  if (cost) figures.energyCostMnt = Math.round(cost.value);
  return { figures, periods: chosen.map((p) => p.period) };
}
