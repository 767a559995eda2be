import type { Source } from '../catalogue/types';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, GJ_PER_GCAL } from '../units/energy';
import { STEAM_GJ_PER_T } from '../units/steam';
import { HDD_NORMAL_UB, HDD_SOURCE } from './heatingDegreeDays';
import {
  SRC_AR5,
  SRC_COAL_NCV,
  SRC_ESCAP,
  SRC_HEAT_DERIVED,
  SRC_IPCC_BKB,
  SRC_IPCC_FUEL,
  SRC_IPCC_MOBILE,
  SRC_IPCC_STATIONARY,
  SRC_JCM,
  SRC_LABOUR_LAW,
  SRC_STEAM,
} from './sources';

export interface Factor {
  id: string;
  label: string;
  value: number;
  unit: string;
  source: Source;
  /** A short caveat shown next to the value. */
  note?: string;
}

const f = (
  id: string,
  label: string,
  value: number,
  unit: string,
  source: Source,
  note?: string,
): Factor =>
  note === undefined
    ? { id, label, value, unit, source }
    : { id, label, value, unit, source, note };

/** IPCC fuel: NCV in GJ/t (= MJ/kg) and CO2 EF in tCO2/GJ (= kg/TJ ÷ 10^6). */
const fuel = (
  key: string,
  name: string,
  ncv: number,
  efKgPerTj: number,
  src: Source,
  note?: string,
) => [
  f(`fuel.${key}.ncv`, `${name}: net calorific value`, ncv, 'GJ/t', src),
  f(`fuel.${key}.co2`, `${name}: CO2 emission factor`, efKgPerTj / 1e6, 'tCO2/GJ', src, note),
];

const LIST: readonly Factor[] = [
  f(
    'grid.ef',
    'Grid electricity emission factor (conservative, JCM)',
    0.797,
    'tCO2/MWh',
    SRC_JCM,
    'Conservative: the real coal-CHP average is higher, so this understates a scope 2 footprint; defensible for avoided-emission claims.',
  ),
  f(
    'captive_diesel.ef',
    'Captive/off-grid diesel generation emission factor',
    0.533,
    'tCO2/MWh',
    SRC_JCM,
  ),
  f(
    'heat.supply_efficiency',
    'District heat supply efficiency (default)',
    0.8,
    'fraction',
    SRC_HEAT_DERIVED,
    'Editable. ESCAP measured about 0.50 for coal heat-only boilers (EF 0.85 tCO2/Gcal).',
  ),
  f(
    'heat.supply_efficiency.escap',
    'Heat-only boiler efficiency, ESCAP field case',
    0.5,
    'fraction',
    SRC_ESCAP,
  ),
  f('heat.gj_per_gcal', 'GJ per Gcal', GJ_PER_GCAL, 'GJ/Gcal', {
    citation: 'Definition (IT calorie)',
    provenance: 'S',
  }),
  f('steam.enthalpy', 'Steam enthalpy above feedwater', STEAM_GJ_PER_T, 'GJ/t', SRC_STEAM),
  f(
    'coal.default_ncv',
    'Coal NCV when no certificate is given (Baganuur-type)',
    DEFAULT_COAL_NCV_KCAL_PER_KG,
    'kcal/kg',
    SRC_COAL_NCV,
    'Alternative: IPCC lignite default 11.9 MJ/kg (2,842 kcal/kg).',
  ),
  ...fuel('lignite', 'Lignite', 11.9, 101_000, SRC_IPCC_FUEL),
  ...fuel('sub_bituminous', 'Sub-bituminous coal', 18.9, 96_100, SRC_IPCC_FUEL),
  ...fuel('bituminous', 'Other bituminous coal', 25.8, 94_600, SRC_IPCC_FUEL),
  ...fuel('briquettes', 'Briquettes (IPCC BKB)', 20.7, 97_500, SRC_IPCC_BKB),
  ...fuel('diesel', 'Gas/diesel oil', 43.0, 74_100, SRC_IPCC_FUEL),
  ...fuel('gasoline', 'Motor gasoline', 44.3, 69_300, SRC_IPCC_FUEL),
  ...fuel('lpg', 'LPG', 47.3, 63_100, SRC_IPCC_FUEL),
  ...fuel('natural_gas', 'Natural gas', 48.0, 56_100, SRC_IPCC_FUEL),
  ...fuel(
    'wood',
    'Wood/wood waste',
    15.6,
    112_000,
    SRC_IPCC_FUEL,
    'Biogenic CO2: report separately, not in scope 1.',
  ),
  f('ch4.stationary.coal', 'CH4, stationary coal', 10, 'kg/TJ', SRC_IPCC_STATIONARY),
  f('n2o.stationary.coal', 'N2O, stationary coal', 1.5, 'kg/TJ', SRC_IPCC_STATIONARY),
  f('ch4.stationary.liquid', 'CH4, stationary liquid fuels', 3, 'kg/TJ', SRC_IPCC_STATIONARY),
  f('n2o.stationary.liquid', 'N2O, stationary liquid fuels', 0.6, 'kg/TJ', SRC_IPCC_STATIONARY),
  f('ch4.stationary.gas', 'CH4, stationary LPG/natural gas', 1, 'kg/TJ', SRC_IPCC_STATIONARY),
  f('n2o.stationary.gas', 'N2O, stationary LPG/natural gas', 0.1, 'kg/TJ', SRC_IPCC_STATIONARY),
  f('ch4.mobile.gasoline', 'CH4, road gasoline (uncontrolled)', 33, 'kg/TJ', SRC_IPCC_MOBILE),
  f('n2o.mobile.gasoline', 'N2O, road gasoline (uncontrolled)', 3.2, 'kg/TJ', SRC_IPCC_MOBILE),
  f('ch4.mobile.diesel', 'CH4, road diesel', 3.9, 'kg/TJ', SRC_IPCC_MOBILE),
  f('n2o.mobile.diesel', 'N2O, road diesel', 3.9, 'kg/TJ', SRC_IPCC_MOBILE),
  f('gwp.ch4', 'GWP100 of CH4 (AR5)', 28, 'tCO2e/tCH4', SRC_AR5),
  f('gwp.n2o', 'GWP100 of N2O (AR5)', 265, 'tCO2e/tN2O', SRC_AR5),
  ...HDD_NORMAL_UB.map((v, i) =>
    f(
      `hdd.ub.${String(i + 1).padStart(2, '0')}`,
      `Heating degree days, Ulaanbaatar, normal month ${i + 1}`,
      v,
      '°C·d',
      HDD_SOURCE,
    ),
  ),
  f('labour.standard_week_hours', 'Standard working week', 40, 'h/week', SRC_LABOUR_LAW),
];

export type FactorId = string;

export interface FactorSet {
  id: string;
  version: string;
  effectiveDate: string;
  gwpSet: 'AR5';
  factors: Readonly<Record<FactorId, Factor>>;
}

export const FACTORS_V1: FactorSet = {
  id: 'FACTORS_V1',
  version: '1.0.0',
  effectiveDate: '2025-04-01',
  gwpSet: 'AR5',
  factors: Object.fromEntries(LIST.map((x) => [x.id, x])),
};

export function getFactor(set: FactorSet, id: FactorId): Factor {
  const found = set.factors[id];
  if (!found) throw new RangeError(`unknown factor ${id} in ${set.id}`);
  return found;
}
