import type { Source } from '../catalogue/types';
import type { ExplanationFactor } from '../explain/types';
import {
  CARRIERS,
  CARRIER_METRIC,
  carrierEmissions,
  carrierEnergy,
  type Carrier,
} from '../calc/carriers';
import { emptyValues, metricIndex, type CanonicalValues } from '../calc/valueTable';
import { withCoalType, type ResolvedFactors } from '../factors/resolve';
import type { ProjectFigures } from '../package/schema';

/**
 * Price hints used for savings only when the project gives no energy/water cost [D]. Orders of
 * magnitude (realism.md "Money"): tariffs are regulated and change; the user should enter costs.
 */
export const PRICE_HINTS_SOURCE: Source = {
  citation:
    'Illustrative price hints (editable): orders of magnitude of Mongolian regulated tariffs; enter real tariffs and invoices instead',
  provenance: 'D',
};
export const PRICE_HINTS = {
  electricityMntPerKwh: 250,
  heatMntPerGcal: 40_000,
  coalMntPerT: 150_000,
  dieselMntPerL: 3_000,
  waterMntPerM3: 2_000,
} as const;

export const PRICE_FACTORS: readonly ExplanationFactor[] = [
  {
    id: 'price.electricity',
    value: PRICE_HINTS.electricityMntPerKwh,
    unit: 'MNT/kWh',
    source: PRICE_HINTS_SOURCE,
  },
  {
    id: 'price.heat',
    value: PRICE_HINTS.heatMntPerGcal,
    unit: 'MNT/Gcal',
    source: PRICE_HINTS_SOURCE,
  },
  { id: 'price.coal', value: PRICE_HINTS.coalMntPerT, unit: 'MNT/t', source: PRICE_HINTS_SOURCE },
  {
    id: 'price.diesel',
    value: PRICE_HINTS.dieselMntPerL,
    unit: 'MNT/L',
    source: PRICE_HINTS_SOURCE,
  },
  {
    id: 'price.water',
    value: PRICE_HINTS.waterMntPerM3,
    unit: 'MNT/m3',
    source: PRICE_HINTS_SOURCE,
  },
];

/** What one set of annual project figures amounts to. */
export interface FigureMetrics {
  energyKwhEq: number;
  specificEnergyKwhPerKg: number | null;
  co2T: number;
  co2KgPerKg: number | null;
  waterLPerKg: number | null;
  /** Annual cost from the figures' own costs, or null if the project gave none. */
  statedCostMnt: number | null;
  /** Annual cost from the price hints. */
  hintedCostMnt: number;
}

/** Per-kg value; null when output is zero or so tiny that the ratio is not a finite number. */
function per(num: number, kg: number): number | null {
  if (kg <= 0) return null;
  const r = num / kg;
  return Number.isFinite(r) ? r : null;
}

/** Each carrier's field in the project figures, in the carrier metric's canonical unit. */
export const CARRIER_FIELD = {
  electricity: 'electricityKwh',
  district_heat: 'heatGcal',
  steam: 'steamT',
  coal: 'coalT',
  briquettes: 'briquettesT',
  diesel: 'dieselL',
  gasoline: 'gasolineL',
  lpg: 'lpgKg',
  solar: 'solarKwh',
} as const satisfies Record<Carrier, keyof ProjectFigures>;
const NCV_FIELD: Partial<Record<Carrier, keyof ProjectFigures>> = {
  coal: 'coalNcvKcalPerKg',
  briquettes: 'briquettesNcvKcalPerKg',
};

/** The figures as a table of canonical metric values, the form the monthly indicators read. */
export function figureValues(fig: ProjectFigures): CanonicalValues {
  const out = emptyValues();
  for (const c of CARRIERS) {
    const v = fig[CARRIER_FIELD[c]];
    if (typeof v !== 'number' || v === 0) continue;
    const ncvField = NCV_FIELD[c];
    const ncv = ncvField ? fig[ncvField] : undefined;
    out[metricIndex(CARRIER_METRIC[c])] = {
      value: v,
      ncvKcalPerKg: typeof ncv === 'number' ? ncv : null,
    };
  }
  return out;
}

/**
 * Energy and CO2 of the figures by the same carriers, factors and code as the monthly indicators
 * (shared/calc/carriers.ts), so a project baseline built from the records equals the dashboard.
 */
export function figureMetrics(fig: ProjectFigures, base: ResolvedFactors): FigureMetrics {
  const f = withCoalType(base, fig.coalType);
  const values = figureValues(fig);
  let energyKwhEq = 0;
  let co2T = 0;
  for (const c of CARRIERS) {
    energyKwhEq += carrierEnergy(c, values, f)?.kwh.value ?? 0;
    co2T += carrierEmissions(c, values, f)?.value ?? 0;
  }
  const statedCostMnt =
    fig.energyCostMnt === undefined ? null : fig.energyCostMnt + (fig.waterCostMnt ?? 0);
  const hintedCostMnt =
    fig.electricityKwh * PRICE_HINTS.electricityMntPerKwh +
    fig.heatGcal * PRICE_HINTS.heatMntPerGcal +
    fig.coalT * PRICE_HINTS.coalMntPerT +
    fig.dieselL * PRICE_HINTS.dieselMntPerL +
    fig.waterM3 * PRICE_HINTS.waterMntPerM3;
  return {
    energyKwhEq,
    specificEnergyKwhPerKg: per(energyKwhEq, fig.productionKg),
    co2T,
    co2KgPerKg: per(co2T * 1000, fig.productionKg),
    waterLPerKg: per(fig.waterM3 * 1000, fig.productionKg),
    statedCostMnt,
    hintedCostMnt,
  };
}

/** Reduction in % from baseline to new; null when the baseline is zero or missing. */
export function reductionPct(baseline: number | null, next: number | null): number | null {
  if (baseline === null || next === null || baseline <= 0) return null;
  return ((baseline - next) / baseline) * 100;
}
