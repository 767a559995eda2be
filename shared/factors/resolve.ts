import type { CoalType } from '../package/enums';
import type { FactorOverrides } from '../package/schema';
import type { ExplanationFactor } from '../explain/types';
import { FACTORS_V1, getFactor, type Factor, type FactorSet } from './factorsV1';
import { GJ_PER_GCAL, ncvGjPerTToKcalPerKg } from '../units/energy';
import { heatFactorCitation } from './citations';
import { SRC_OVERRIDE } from './sources';
import { HDD_NORMAL_UB, type HddByMonth } from './heatingDegreeDays';

export type Scope1Carrier = 'coal' | 'briquettes' | 'diesel' | 'gasoline' | 'lpg';

/**
 * The numbers the calculators use, with overrides applied. CO2e per GJ of fuel includes CH4 and
 * N2O at AR5 GWPs. Gasoline is treated as vehicle fuel (IPCC road factors); diesel, coal,
 * briquettes and LPG as stationary combustion (generators, boilers) [D].
 */
export interface ResolvedFactors {
  set: FactorSet;
  gridTco2PerMwh: number;
  heatSupplyEfficiency: number;
  heatTco2PerGcal: number;
  heatTco2PerGj: number;
  steamGjPerT: number;
  coalNcvKcalPerKg: number;
  /** The coal rank whose CO2 factor fuelCo2ePerGj.coal uses; lignite unless the user chose. */
  coalType: CoalType;
  /** GJ per tonne (kg for LPG expressed per tonne too) or per litre for liquids, see fuelNcv. */
  fuelNcvGjPerT: Readonly<Record<Exclude<Scope1Carrier, 'coal'>, number>>;
  fuelCo2ePerGj: Readonly<Record<Scope1Carrier, number>>;
  /** Heating degree days of a normal year, January … December (factors hdd.ub.01 … 12). */
  hddNormal: readonly number[];
  /** Heating degree days months really had, where the package gives them. */
  hddActual: HddByMonth;
  /** The factor entries behind each number, for explanations. */
  cite: Readonly<Record<string, ExplanationFactor>>;
}

function toExplanation(fct: Factor): ExplanationFactor {
  return { id: fct.id, value: fct.value, unit: fct.unit, source: fct.source };
}

function withOverrides(base: FactorSet, o: FactorOverrides | undefined): FactorSet {
  if (!o) return base;
  const factors: Record<string, Factor> = { ...base.factors };
  const put = (id: string, value: number | undefined) => {
    if (value === undefined) return;
    const old = getFactor(base, id);
    factors[id] = {
      ...old,
      value,
      source: SRC_OVERRIDE,
      note: `override of ${old.value} ${old.unit}`,
    };
  };
  put('grid.ef', o.gridTco2PerMwh);
  put('heat.supply_efficiency', o.heatSupplyEfficiency);
  put('coal.default_ncv', o.coalNcvKcalPerKg);
  return { ...base, id: `${base.id}+overrides`, factors };
}

/** EF_heat [tCO2/Gcal] = GJ/Gcal × EF_lignite [tCO2/GJ] ÷ η_supply (reference.md §5.2) [D]. */
export function heatEfPerGcal(ligniteTco2PerGj: number, supplyEfficiency: number): number {
  return (GJ_PER_GCAL * ligniteTco2PerGj) / supplyEfficiency;
}

function co2ePerGj(set: FactorSet, fuelKey: string, ch4: string, n2o: string): number {
  const v = (id: string) => getFactor(set, id).value;
  // kg/TJ → t/GJ is ×1e-6
  return v(`fuel.${fuelKey}.co2`) + (v(ch4) * v('gwp.ch4') + v(n2o) * v('gwp.n2o')) * 1e-6;
}

const NO_HDD: HddByMonth = Object.freeze({});

export function resolveFactors(
  overrides?: FactorOverrides,
  base: FactorSet = FACTORS_V1,
): ResolvedFactors {
  const set = withOverrides(base, overrides);
  const v = (id: string) => getFactor(set, id).value;
  const eta = v('heat.supply_efficiency');
  const heatTco2PerGcal = heatEfPerGcal(v('fuel.lignite.co2'), eta);
  const cite: Record<string, ExplanationFactor> = {};
  for (const fct of Object.values(set.factors)) cite[fct.id] = toExplanation(fct);
  cite['heat.ef'] = {
    id: 'heat.ef',
    value: heatTco2PerGcal,
    unit: 'tCO2/Gcal',
    source:
      getFactor(set, 'heat.supply_efficiency').source === SRC_OVERRIDE
        ? SRC_OVERRIDE
        : {
            citation: heatFactorCitation(GJ_PER_GCAL, v('fuel.lignite.co2'), eta),
            provenance: 'D',
          },
  };
  return {
    set,
    gridTco2PerMwh: v('grid.ef'),
    heatSupplyEfficiency: eta,
    heatTco2PerGcal,
    heatTco2PerGj: heatTco2PerGcal / v('heat.gj_per_gcal'),
    steamGjPerT: v('steam.enthalpy'),
    coalNcvKcalPerKg: v('coal.default_ncv'),
    coalType: 'lignite',
    fuelNcvGjPerT: {
      briquettes: v('fuel.briquettes.ncv'),
      diesel: v('fuel.diesel.ncv'),
      gasoline: v('fuel.gasoline.ncv'),
      lpg: v('fuel.lpg.ncv'),
    },
    fuelCo2ePerGj: {
      coal: co2ePerGj(set, 'lignite', 'ch4.stationary.coal', 'n2o.stationary.coal'),
      briquettes: co2ePerGj(set, 'briquettes', 'ch4.stationary.coal', 'n2o.stationary.coal'),
      diesel: co2ePerGj(set, 'diesel', 'ch4.stationary.liquid', 'n2o.stationary.liquid'),
      gasoline: co2ePerGj(set, 'gasoline', 'ch4.mobile.gasoline', 'n2o.mobile.gasoline'),
      lpg: co2ePerGj(set, 'lpg', 'ch4.stationary.gas', 'n2o.stationary.gas'),
    },
    hddNormal: HDD_NORMAL_UB.map((_, i) => v(`hdd.ub.${String(i + 1).padStart(2, '0')}`)),
    hddActual: overrides?.heatingDegreeDays ?? NO_HDD,
    cite,
  };
}

const DEFAULT = resolveFactors();
const BY_OVERRIDES = new Map<string, ResolvedFactors>();

/**
 * Resolved factors for a package. Packages without overrides share one precomputed instance and
 * packages with the same overrides share another, so per-factor-set caches downstream stay warm.
 */
export function factorsFor(overrides: FactorOverrides | undefined): ResolvedFactors {
  if (!overrides) return DEFAULT;
  const { gridTco2PerMwh: g, heatSupplyEfficiency: h, coalNcvKcalPerKg: c } = overrides;
  const hdd = overrides.heatingDegreeDays;
  if (g === undefined && h === undefined && c === undefined && hdd === undefined) return DEFAULT;
  const key = `${g ?? ''}|${h ?? ''}|${c ?? ''}|${hdd === undefined ? '' : JSON.stringify(hdd)}`;
  let found = BY_OVERRIDES.get(key);
  if (!found) {
    found = resolveFactors(overrides);
    if (BY_OVERRIDES.size >= 256) BY_OVERRIDES.clear();
    BY_OVERRIDES.set(key, found);
  }
  return found;
}

const BY_COAL_TYPE = new WeakMap<ResolvedFactors, Map<CoalType, ResolvedFactors>>();

/**
 * The same factors with coal of another rank: its IPCC CO2 factor, and its IPCC NCV as the default
 * when no certificate is given. Lignite keeps the set's own default NCV (the Baganuur-type 3,400
 * kcal/kg unless overridden), which is what Mongolian suppliers deliver [D]. Cached per set so the
 * per-factor-set caches downstream stay warm.
 */
export function withCoalType(f: ResolvedFactors, type: CoalType | undefined): ResolvedFactors {
  if (type === undefined || type === f.coalType) return f;
  let byType = BY_COAL_TYPE.get(f);
  if (!byType) {
    byType = new Map();
    BY_COAL_TYPE.set(f, byType);
  }
  let found = byType.get(type);
  if (!found) {
    const ncv = getFactor(f.set, type === 'lignite' ? 'coal.default_ncv' : `fuel.${type}.ncv`);
    const defaultNcv = type === 'lignite' ? ncv.value : ncvGjPerTToKcalPerKg(ncv.value);
    found = {
      ...f,
      coalType: type,
      coalNcvKcalPerKg: defaultNcv,
      fuelCo2ePerGj: {
        ...f.fuelCo2ePerGj,
        coal: co2ePerGj(f.set, type, 'ch4.stationary.coal', 'n2o.stationary.coal'),
      },
      cite: {
        ...f.cite,
        'coal.default_ncv': { id: ncv.id, value: defaultNcv, unit: 'kcal/kg', source: ncv.source },
      },
    };
    byType.set(type, found);
  }
  return found;
}
