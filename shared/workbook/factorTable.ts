// The Factors sheet rows: every constant the Metrics formulas use, with its source. Adapter over
// shared/factors (owned by the engine) so the sheet shows exactly the numbers the engine used.
import type { Provenance, Text } from '../catalogue/types';
import { resolveFactors, type ResolvedFactors } from '../factors';
import { bankCitation, co2eCitation } from '../factors/citations';
import type { FactorOverrides } from '../package/schema';
import { DENSITY } from '../units/densities';
import { GJ_PER } from '../units/energy';

export interface FactorRow {
  id: string;
  /** The workbook's named range for the value (EF_grid, NCV_coal …): formulas use the name. */
  name: string;
  label: Text;
  value: number;
  unit: string;
  citation: string;
  provenance: Provenance;
  /** heat.ef is shown as a formula over other rows so the banker sees how it is derived. */
  derivedFrom?: { efficiency: string; lignite: string; gjPerGcal: string };
}

export type FactorKey =
  | 'conv.gj_per_kwh'
  | 'conv.gj_per_gcal'
  | 'grid.ef'
  | 'heat.supply_efficiency'
  | 'fuel.lignite.co2'
  | 'heat.ef'
  | 'steam.enthalpy'
  | 'coal.default_ncv'
  | 'fuel.briquettes.ncv'
  | 'fuel.diesel.ncv'
  | 'fuel.gasoline.ncv'
  | 'fuel.lpg.ncv'
  | 'density.diesel'
  | 'density.gasoline'
  | 'co2e.coal'
  | 'co2e.briquettes'
  | 'co2e.diesel'
  | 'co2e.gasoline'
  | 'co2e.lpg'
  | 'conv.mwh_per_kwh'
  | 'conv.t_per_kg'
  | 'conv.kg_per_t'
  | 'conv.l_per_m3';

const t = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

/** Named range and words for each factor. Mongolian not reviewed by a native speaker yet. */
const NAMES: Record<FactorKey, { name: string; label: Text }> = {
  'conv.gj_per_kwh': { name: 'GJ_per_kWh', label: t('GJ per kWh', 'кВт.ц тутам ГЖ') },
  'conv.gj_per_gcal': { name: 'GJ_per_Gcal', label: t('GJ per Gcal', 'Гкал тутам ГЖ') },
  'conv.mwh_per_kwh': { name: 'MWh_per_kWh', label: t('MWh per kWh', 'кВт.ц тутам МВт.ц') },
  'conv.t_per_kg': { name: 'Tonne_per_kg', label: t('Tonnes per kg', 'кг тутам тонн') },
  'conv.kg_per_t': { name: 'Kg_per_tonne', label: t('kg per tonne', 'тонн тутам кг') },
  'conv.l_per_m3': { name: 'L_per_m3', label: t('Litres per m³', 'м³ тутам литр') },
  'grid.ef': {
    name: 'EF_grid',
    label: t(
      'Grid electricity emission factor (CO2 only)',
      'Цахилгааны сүлжээний ялгарлын коэффициент (зөвхөн CO2)',
    ),
  },
  'heat.supply_efficiency': {
    name: 'Eff_heat_supply',
    label: t('Heat supply efficiency', 'Дулаан хангамжийн үр ашиг'),
  },
  'fuel.lignite.co2': {
    name: 'EF_lignite_CO2',
    label: t(
      'Lignite CO2 emission factor (CO2 only)',
      'Хүрэн нүүрсний CO2 ялгарлын коэффициент (зөвхөн CO2)',
    ),
  },
  'heat.ef': {
    name: 'EF_heat',
    label: t(
      'District heat / steam emission factor (CO2 only) = GJ per Gcal × lignite factor ÷ efficiency',
      'Төвлөрсөн дулаан / уурын ялгарлын коэффициент (зөвхөн CO2) = Гкал тутам ГЖ × хүрэн нүүрсний коэффициент ÷ үр ашиг',
    ),
  },
  'steam.enthalpy': {
    name: 'Enthalpy_steam',
    label: t('Steam enthalpy above feedwater', 'Уурын энтальпи (тэжээлийн уснаас дээш)'),
  },
  'coal.default_ncv': {
    name: 'NCV_coal',
    label: t(
      'Coal net calorific value when no certificate is given',
      'Гэрчилгээгүй үеийн нүүрсний илчлэг',
    ),
  },
  'fuel.briquettes.ncv': {
    name: 'NCV_briquettes',
    label: t('Briquettes net calorific value', 'Шахмал түлшний илчлэг'),
  },
  'fuel.diesel.ncv': {
    name: 'NCV_diesel',
    label: t('Diesel net calorific value', 'Дизель түлшний илчлэг'),
  },
  'fuel.gasoline.ncv': {
    name: 'NCV_gasoline',
    label: t('Gasoline net calorific value', 'Бензиний илчлэг'),
  },
  'fuel.lpg.ncv': {
    name: 'NCV_LPG',
    label: t('LPG net calorific value', 'Шингэрүүлсэн хийн илчлэг'),
  },
  'density.diesel': { name: 'Density_diesel', label: t('Diesel density', 'Дизель түлшний нягт') },
  'density.gasoline': { name: 'Density_gasoline', label: t('Gasoline density', 'Бензиний нягт') },
  'co2e.coal': {
    name: 'EF_coal_CO2e',
    label: t('Coal (lignite) CO2e per GJ', 'Нүүрс (хүрэн нүүрс) ГЖ тутам CO2e'),
  },
  'co2e.briquettes': {
    name: 'EF_briquettes_CO2e',
    label: t('Briquettes CO2e per GJ', 'Шахмал түлш ГЖ тутам CO2e'),
  },
  'co2e.diesel': {
    name: 'EF_diesel_CO2e',
    label: t('Diesel CO2e per GJ', 'Дизель түлш ГЖ тутам CO2e'),
  },
  'co2e.gasoline': {
    name: 'EF_gasoline_CO2e',
    label: t('Gasoline CO2e per GJ', 'Бензин ГЖ тутам CO2e'),
  },
  'co2e.lpg': {
    name: 'EF_LPG_CO2e',
    label: t('LPG CO2e per GJ', 'Шингэрүүлсэн хий ГЖ тутам CO2e'),
  },
};

export function factorTable(overrides: FactorOverrides | undefined): {
  rows: FactorRow[];
  resolved: ResolvedFactors;
} {
  const r = resolveFactors(overrides);
  const cite = (id: string): { citation: string; provenance: Provenance } => {
    const src = r.cite[id]?.source;
    return {
      citation: src?.citation ?? 'GreenThread illustrative default',
      provenance: src?.provenance ?? 'D',
    };
  };
  const std = { citation: 'Standard unit conversion (SI)', provenance: 'S' as const };
  const co2eNote = (fuel: string): { citation: string; provenance: Provenance } => ({
    citation: co2eCitation(fuel),
    provenance: 'K',
  });
  const raw: (Omit<FactorRow, 'id' | 'name' | 'label'> & { id: FactorKey })[] = [
    { id: 'conv.gj_per_kwh', value: GJ_PER.kWh, unit: 'GJ/kWh', ...std },
    { id: 'conv.mwh_per_kwh', value: 0.001, unit: 'MWh/kWh', ...std },
    { id: 'conv.t_per_kg', value: 0.001, unit: 't/kg', ...std },
    { id: 'conv.kg_per_t', value: 1000, unit: 'kg/t', ...std },
    { id: 'conv.l_per_m3', value: 1000, unit: 'L/m3', ...std },
    { id: 'conv.gj_per_gcal', value: GJ_PER.Gcal, unit: 'GJ/Gcal', ...std },
    {
      id: 'grid.ef',
      value: r.gridTco2PerMwh,
      unit: 'tCO2/MWh',
      ...cite('grid.ef'),
    },
    {
      id: 'heat.supply_efficiency',
      value: r.heatSupplyEfficiency,
      unit: 'fraction',
      ...cite('heat.supply_efficiency'),
    },
    {
      id: 'fuel.lignite.co2',
      value: r.cite['fuel.lignite.co2']?.value ?? 0.101,
      unit: 'tCO2/GJ',
      ...cite('fuel.lignite.co2'),
    },
    {
      id: 'heat.ef',
      value: r.heatTco2PerGcal,
      unit: 'tCO2/Gcal',
      ...cite('heat.ef'),
      derivedFrom: {
        efficiency: 'heat.supply_efficiency',
        lignite: 'fuel.lignite.co2',
        gjPerGcal: 'conv.gj_per_gcal',
      },
    },
    {
      id: 'steam.enthalpy',
      value: r.steamGjPerT,
      unit: 'GJ/t',
      ...cite('steam.enthalpy'),
    },
    {
      id: 'coal.default_ncv',
      value: r.coalNcvKcalPerKg,
      unit: 'kcal/kg',
      ...cite('coal.default_ncv'),
    },
    {
      id: 'fuel.briquettes.ncv',
      value: r.fuelNcvGjPerT.briquettes,
      unit: 'GJ/t',
      ...cite('fuel.briquettes.ncv'),
    },
    {
      id: 'fuel.diesel.ncv',
      value: r.fuelNcvGjPerT.diesel,
      unit: 'GJ/t',
      ...cite('fuel.diesel.ncv'),
    },
    {
      id: 'fuel.gasoline.ncv',
      value: r.fuelNcvGjPerT.gasoline,
      unit: 'GJ/t',
      ...cite('fuel.gasoline.ncv'),
    },
    {
      id: 'fuel.lpg.ncv',
      value: r.fuelNcvGjPerT.lpg,
      unit: 'GJ/t',
      ...cite('fuel.lpg.ncv'),
    },
    {
      id: 'density.diesel',
      value: DENSITY.diesel.kgPerL,
      unit: 'kg/L',
      citation: DENSITY.diesel.source.citation,
      provenance: DENSITY.diesel.source.provenance,
    },
    {
      id: 'density.gasoline',
      value: DENSITY.gasoline.kgPerL,
      unit: 'kg/L',
      citation: DENSITY.gasoline.source.citation,
      provenance: DENSITY.gasoline.source.provenance,
    },
    {
      id: 'co2e.coal',
      value: r.fuelCo2ePerGj.coal,
      unit: 'tCO2e/GJ',
      ...co2eNote('lignite'),
    },
    {
      id: 'co2e.briquettes',
      value: r.fuelCo2ePerGj.briquettes,
      unit: 'tCO2e/GJ',
      ...co2eNote('briquettes'),
    },
    {
      id: 'co2e.diesel',
      value: r.fuelCo2ePerGj.diesel,
      unit: 'tCO2e/GJ',
      ...co2eNote('diesel'),
    },
    {
      id: 'co2e.gasoline',
      value: r.fuelCo2ePerGj.gasoline,
      unit: 'tCO2e/GJ',
      ...co2eNote('gasoline'),
    },
    {
      id: 'co2e.lpg',
      value: r.fuelCo2ePerGj.lpg,
      unit: 'tCO2e/GJ',
      ...co2eNote('LPG'),
    },
  ];
  const rows: FactorRow[] = raw.map((x) => ({
    ...x,
    name: NAMES[x.id].name,
    label: NAMES[x.id].label,
    citation: bankCitation(x.citation),
  }));
  return { rows, resolved: r };
}
