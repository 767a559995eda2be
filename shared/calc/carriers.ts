import type { MetricId } from '../catalogue/metricIds';
import { explained } from '../explain/build';
import { metricInput } from './metricInput';
import type { Explained, ExplanationFactor } from '../explain/types';
import type { ResolvedFactors, Scope1Carrier } from '../factors/resolve';
import { DENSITY } from '../units/densities';
import { GJ_PER_GCAL, GJ_PER_KWH, ncvKcalPerKgToGjPerT } from '../units/energy';
import { metricIndex, type CanonicalValue, type CanonicalValues } from './valueTable';

export const CARRIERS = [
  'electricity',
  'district_heat',
  'steam',
  'coal',
  'briquettes',
  'diesel',
  'gasoline',
  'lpg',
  'solar',
] as const;
export type Carrier = (typeof CARRIERS)[number];

export const CARRIER_METRIC: Readonly<Record<Carrier, MetricId>> = {
  electricity: 'energy.electricity',
  district_heat: 'energy.district_heat',
  steam: 'energy.steam',
  coal: 'energy.coal',
  briquettes: 'energy.briquettes',
  diesel: 'energy.diesel',
  gasoline: 'energy.gasoline',
  lpg: 'energy.lpg',
  solar: 'energy.solar_generated',
};

/** Each carrier's position in a CanonicalValues table. */
const SLOT: Readonly<Record<Carrier, number>> = Object.fromEntries(
  CARRIERS.map((c) => [c, metricIndex(CARRIER_METRIC[c])]),
) as Record<Carrier, number>;

export const SCOPE1: readonly Scope1Carrier[] = ['coal', 'briquettes', 'diesel', 'gasoline', 'lpg'];
export const SCOPE2 = ['electricity', 'district_heat', 'steam'] as const;
export type Scope2Carrier = (typeof SCOPE2)[number];

interface EnergyRule {
  /** GJ per canonical unit. */
  gjPerUnit: number;
  formula: string;
  /** Names the formula's wording (Explanation.formulaKey), shared by its GJ, kWh and CO2e forms. */
  key: string;
  factors: ExplanationFactor[];
}

interface CachedRule extends EnergyRule {
  gjKey: string;
  kwhFormula: string;
  kwhKey: string;
  /** Scope 1 fuels only: the CO2e formula and factors. */
  co2Formula: string;
  co2Key: string;
  co2Factors: ExplanationFactor[];
}

/** Per factor set: one cache per carrier, keyed by the entered calorific value (null = default). */
const RULES = new WeakMap<ResolvedFactors, Map<number | null, CachedRule>[]>();
const CARRIER_INDEX = new Map<Carrier, number>(CARRIERS.map((c, i) => [c, i]));

/**
 * energyRule plus derived formula texts, cached per factor set and calorific value: the same few
 * rules serve every month of every package, so explanations share them instead of rebuilding.
 */
function cachedRule(carrier: Carrier, cv: CanonicalValue, f: ResolvedFactors): CachedRule {
  let byCarrier = RULES.get(f);
  if (!byCarrier) {
    byCarrier = CARRIERS.map(() => new Map<number | null, CachedRule>());
    RULES.set(f, byCarrier);
  }
  const byKey = byCarrier[CARRIER_INDEX.get(carrier) ?? 0] as Map<number | null, CachedRule>;
  const key = cv.ncvKcalPerKg;
  let rule = byKey.get(key);
  if (!rule) {
    const base = energyRule(carrier, cv, f);
    const body = base.formula.replace('GJ = ', '');
    let co2Formula = '';
    let co2Factors: ExplanationFactor[] = [];
    if (
      carrier !== 'electricity' &&
      carrier !== 'solar' &&
      carrier !== 'district_heat' &&
      carrier !== 'steam'
    ) {
      const fuelKey = carrier === 'coal' ? f.coalType : carrier;
      const gas = GASES[carrier];
      co2Formula = `tCO2e = ${body} × (EF_CO2 + EF_CH4 × GWP_CH4 + EF_N2O × GWP_N2O)`;
      co2Factors = [
        ...base.factors,
        ...cite(f, `fuel.${fuelKey}.co2`, ...gas, 'gwp.ch4', 'gwp.n2o'),
      ];
    }
    rule = {
      ...base,
      gjKey: `energy.gj.${base.key}`,
      kwhFormula: `kWh = (${body}) ÷ ${GJ_PER_KWH}`,
      kwhKey: `energy.kwh.${base.key}`,
      co2Formula,
      co2Key: `co2.fuel.${base.key}`,
      co2Factors,
    };
    if (byKey.size < 5000) byKey.set(key, rule);
  }
  return rule;
}

/** Scope 2 citations, built once per factor set rather than once per month. */
const SCOPE2_CITES = new WeakMap<
  ResolvedFactors,
  Readonly<Record<Scope2Carrier, ExplanationFactor[]>>
>();

function scope2Cites(f: ResolvedFactors): Readonly<Record<Scope2Carrier, ExplanationFactor[]>> {
  let c = SCOPE2_CITES.get(f);
  if (!c) {
    c = {
      electricity: cite(f, 'grid.ef'),
      district_heat: cite(f, 'heat.ef', 'fuel.lignite.co2', 'heat.supply_efficiency'),
      steam: cite(f, 'steam.enthalpy', 'heat.ef', 'fuel.lignite.co2', 'heat.supply_efficiency'),
    };
    SCOPE2_CITES.set(f, c);
  }
  return c;
}

const GASES: Readonly<Record<Scope1Carrier, readonly [string, string]>> = {
  coal: ['ch4.stationary.coal', 'n2o.stationary.coal'],
  briquettes: ['ch4.stationary.coal', 'n2o.stationary.coal'],
  diesel: ['ch4.stationary.liquid', 'n2o.stationary.liquid'],
  gasoline: ['ch4.mobile.gasoline', 'n2o.mobile.gasoline'],
  lpg: ['ch4.stationary.gas', 'n2o.stationary.gas'],
};

function cite(f: ResolvedFactors, ...ids: string[]): ExplanationFactor[] {
  const out: ExplanationFactor[] = [];
  for (const id of ids) {
    const c = f.cite[id];
    if (c) out.push(c);
  }
  return out;
}

/** How many GJ one canonical unit of a carrier holds, and which factors say so. */
export function energyRule(carrier: Carrier, cv: CanonicalValue, f: ResolvedFactors): EnergyRule {
  switch (carrier) {
    case 'electricity':
    case 'solar':
      return {
        gjPerUnit: GJ_PER_KWH,
        formula: `GJ = kWh × ${GJ_PER_KWH}`,
        key: 'kwh',
        factors: [],
      };
    case 'district_heat':
      return {
        gjPerUnit: GJ_PER_GCAL,
        formula: `GJ = Gcal × ${GJ_PER_GCAL}`,
        key: 'gcal',
        factors: cite(f, 'heat.gj_per_gcal'),
      };
    case 'steam':
      return {
        gjPerUnit: f.steamGjPerT,
        formula: 'GJ = t steam × enthalpy',
        key: 'steam',
        factors: cite(f, 'steam.enthalpy'),
      };
    case 'coal': {
      const ncv = cv.ncvKcalPerKg ?? f.coalNcvKcalPerKg;
      const fromEntry = cv.ncvKcalPerKg !== null;
      const ncvFactor: ExplanationFactor = fromEntry
        ? {
            id: 'coal.ncv.certificate',
            value: ncv,
            unit: 'kcal/kg',
            source: { citation: 'Supplier coal certificate (entered)', provenance: 'S' },
          }
        : (f.cite['coal.default_ncv'] as ExplanationFactor);
      return {
        gjPerUnit: ncvKcalPerKgToGjPerT(ncv),
        formula: `GJ = t × NCV[kcal/kg] × ${GJ_PER_GCAL} ÷ 1000`,
        key: 'ncvKcal',
        factors: [ncvFactor],
      };
    }
    case 'briquettes':
      if (cv.ncvKcalPerKg !== null)
        return {
          gjPerUnit: ncvKcalPerKgToGjPerT(cv.ncvKcalPerKg),
          formula: `GJ = t × NCV[kcal/kg] × ${GJ_PER_GCAL} ÷ 1000`,
          key: 'ncvKcal',
          factors: [
            {
              id: 'briquettes.ncv.certificate',
              value: cv.ncvKcalPerKg,
              unit: 'kcal/kg',
              source: { citation: 'Supplier certificate (entered)', provenance: 'S' },
            },
          ],
        };
      return {
        gjPerUnit: f.fuelNcvGjPerT.briquettes,
        formula: 'GJ = t × NCV[GJ/t]',
        key: 'ncvGj',
        factors: cite(f, 'fuel.briquettes.ncv'),
      };
    case 'diesel':
      return {
        gjPerUnit: (DENSITY.diesel.kgPerL / 1000) * f.fuelNcvGjPerT.diesel,
        formula: 'GJ = L × density[kg/L] ÷ 1000 × NCV[GJ/t]',
        key: 'litres',
        factors: [
          {
            id: DENSITY.diesel.id,
            value: DENSITY.diesel.kgPerL,
            unit: 'kg/L',
            source: DENSITY.diesel.source,
          },
          ...cite(f, 'fuel.diesel.ncv'),
        ],
      };
    case 'gasoline':
      return {
        gjPerUnit: (DENSITY.gasoline.kgPerL / 1000) * f.fuelNcvGjPerT.gasoline,
        formula: 'GJ = L × density[kg/L] ÷ 1000 × NCV[GJ/t]',
        key: 'litres',
        factors: [
          {
            id: DENSITY.gasoline.id,
            value: DENSITY.gasoline.kgPerL,
            unit: 'kg/L',
            source: DENSITY.gasoline.source,
          },
          ...cite(f, 'fuel.gasoline.ncv'),
        ],
      };
    case 'lpg':
      return {
        gjPerUnit: f.fuelNcvGjPerT.lpg / 1000,
        formula: 'GJ = kg ÷ 1000 × NCV[GJ/t]',
        key: 'lpg',
        factors: cite(f, 'fuel.lpg.ncv'),
      };
  }
}

export interface CarrierEnergy {
  gj: Explained;
  kwh: Explained;
}

export function carrierEnergy(
  carrier: Carrier,
  values: CanonicalValues,
  f: ResolvedFactors,
): CarrierEnergy | null {
  const cv = values[SLOT[carrier]];
  if (!cv) return null;
  const metric = CARRIER_METRIC[carrier];
  const rule = cachedRule(carrier, cv, f);
  const gj = cv.value * rule.gjPerUnit;
  const inputs = [metricInput(metric, cv.value)];
  return {
    gj: explained(gj, {
      formula: rule.formula,
      formulaKey: rule.gjKey,
      inputs,
      factors: rule.factors,
      unit: 'GJ',
    }),
    kwh: explained(gj / GJ_PER_KWH, {
      formula: rule.kwhFormula,
      formulaKey: rule.kwhKey,
      inputs,
      factors: rule.factors,
      unit: 'kWh',
    }),
  };
}

/** tCO2e of one carrier: scope 1 from fuel energy, scope 2 from purchased electricity/heat/steam. */
export function carrierEmissions(
  carrier: Carrier,
  values: CanonicalValues,
  f: ResolvedFactors,
): Explained | null {
  const cv = values[SLOT[carrier]];
  if (!cv || carrier === 'solar') return null;
  const metric = CARRIER_METRIC[carrier];
  const inputs = [metricInput(metric, cv.value)];
  if (carrier === 'electricity') {
    return explained((cv.value / 1000) * f.gridTco2PerMwh, {
      formula: 'tCO2 = kWh ÷ 1000 × grid EF[tCO2/MWh]',
      formulaKey: 'co2.electricity',
      inputs,
      factors: scope2Cites(f).electricity,
      unit: 'tCO2e',
    });
  }
  if (carrier === 'district_heat') {
    return explained(cv.value * f.heatTco2PerGcal, {
      formula: `tCO2 = Gcal × EF_heat; EF_heat = ${GJ_PER_GCAL} × EF_lignite ÷ supply efficiency`,
      formulaKey: 'co2.districtHeat',
      inputs,
      factors: scope2Cites(f).district_heat,
      unit: 'tCO2e',
    });
  }
  if (carrier === 'steam') {
    return explained(cv.value * f.steamGjPerT * f.heatTco2PerGj, {
      formula: 'tCO2 = t steam × enthalpy[GJ/t] × EF_heat[tCO2/GJ]',
      formulaKey: 'co2.steam',
      inputs,
      factors: scope2Cites(f).steam,
      unit: 'tCO2e',
    });
  }
  const rule = cachedRule(carrier, cv, f);
  return explained(cv.value * rule.gjPerUnit * f.fuelCo2ePerGj[carrier], {
    formula: rule.co2Formula,
    formulaKey: rule.co2Key,
    inputs,
    factors: rule.co2Factors,
    unit: 'tCO2e',
  });
}
