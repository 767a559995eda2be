// The Factors sheet rows: every constant the Metrics formulas use, with its source. Adapter over
// shared/factors (owned by the engine) so the sheet shows exactly the numbers the engine used.
import type { Provenance } from '../catalogue/types';
import { resolveFactors, type ResolvedFactors } from '../factors';
import type { FactorOverrides } from '../package/schema';
import { DENSITY } from '../units/densities';
import { GJ_PER } from '../units/energy';

export interface FactorRow {
  id: string;
  label: string;
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
  | 'co2e.lpg';

export function factorTable(overrides: FactorOverrides | undefined): {
  rows: FactorRow[];
  resolved: ResolvedFactors;
} {
  const r = resolveFactors(overrides);
  const cite = (id: string): { citation: string; provenance: Provenance } => {
    const src = r.cite[id]?.source;
    return { citation: src?.citation ?? 'reference.md §5', provenance: src?.provenance ?? 'D' };
  };
  const std = { citation: 'Standard conversion, reference.md §5.4', provenance: 'S' as const };
  const co2eNote = (fuel: string): { citation: string; provenance: Provenance } => ({
    citation: `IPCC 2006 GL Vol.2: CO2 of ${fuel} plus CH4 and N2O at AR5 GWP100`,
    provenance: 'K',
  });
  const rows: FactorRow[] = [
    { id: 'conv.gj_per_kwh', label: 'GJ per kWh', value: GJ_PER.kWh, unit: 'GJ/kWh', ...std },
    { id: 'conv.gj_per_gcal', label: 'GJ per Gcal', value: GJ_PER.Gcal, unit: 'GJ/Gcal', ...std },
    {
      id: 'grid.ef',
      label: 'Grid electricity emission factor',
      value: r.gridTco2PerMwh,
      unit: 'tCO2/MWh',
      ...cite('grid.ef'),
    },
    {
      id: 'heat.supply_efficiency',
      label: 'Heat supply efficiency',
      value: r.heatSupplyEfficiency,
      unit: 'fraction',
      ...cite('heat.supply_efficiency'),
    },
    {
      id: 'fuel.lignite.co2',
      label: 'Lignite CO2 emission factor',
      value: r.cite['fuel.lignite.co2']?.value ?? 0.101,
      unit: 'tCO2/GJ',
      ...cite('fuel.lignite.co2'),
    },
    {
      id: 'heat.ef',
      label: 'District heat / steam emission factor = GJ/Gcal × lignite EF ÷ efficiency',
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
      label: 'Steam enthalpy above feedwater',
      value: r.steamGjPerT,
      unit: 'GJ/t',
      ...cite('steam.enthalpy'),
    },
    {
      id: 'coal.default_ncv',
      label: 'Coal NCV when no certificate is given',
      value: r.coalNcvKcalPerKg,
      unit: 'kcal/kg',
      ...cite('coal.default_ncv'),
    },
    {
      id: 'fuel.briquettes.ncv',
      label: 'Briquettes NCV',
      value: r.fuelNcvGjPerT.briquettes,
      unit: 'GJ/t',
      ...cite('fuel.briquettes.ncv'),
    },
    {
      id: 'fuel.diesel.ncv',
      label: 'Diesel NCV',
      value: r.fuelNcvGjPerT.diesel,
      unit: 'GJ/t',
      ...cite('fuel.diesel.ncv'),
    },
    {
      id: 'fuel.gasoline.ncv',
      label: 'Gasoline NCV',
      value: r.fuelNcvGjPerT.gasoline,
      unit: 'GJ/t',
      ...cite('fuel.gasoline.ncv'),
    },
    {
      id: 'fuel.lpg.ncv',
      label: 'LPG NCV',
      value: r.fuelNcvGjPerT.lpg,
      unit: 'GJ/t',
      ...cite('fuel.lpg.ncv'),
    },
    {
      id: 'density.diesel',
      label: 'Diesel density',
      value: DENSITY.diesel.kgPerL,
      unit: 'kg/L',
      citation: DENSITY.diesel.source.citation,
      provenance: DENSITY.diesel.source.provenance,
    },
    {
      id: 'density.gasoline',
      label: 'Gasoline density',
      value: DENSITY.gasoline.kgPerL,
      unit: 'kg/L',
      citation: DENSITY.gasoline.source.citation,
      provenance: DENSITY.gasoline.source.provenance,
    },
    {
      id: 'co2e.coal',
      label: 'Coal (lignite) CO2e per GJ',
      value: r.fuelCo2ePerGj.coal,
      unit: 'tCO2e/GJ',
      ...co2eNote('lignite'),
    },
    {
      id: 'co2e.briquettes',
      label: 'Briquettes CO2e per GJ',
      value: r.fuelCo2ePerGj.briquettes,
      unit: 'tCO2e/GJ',
      ...co2eNote('briquettes'),
    },
    {
      id: 'co2e.diesel',
      label: 'Diesel CO2e per GJ',
      value: r.fuelCo2ePerGj.diesel,
      unit: 'tCO2e/GJ',
      ...co2eNote('diesel'),
    },
    {
      id: 'co2e.gasoline',
      label: 'Gasoline CO2e per GJ',
      value: r.fuelCo2ePerGj.gasoline,
      unit: 'tCO2e/GJ',
      ...co2eNote('gasoline'),
    },
    {
      id: 'co2e.lpg',
      label: 'LPG CO2e per GJ',
      value: r.fuelCo2ePerGj.lpg,
      unit: 'tCO2e/GJ',
      ...co2eNote('LPG'),
    },
  ];
  return { rows, resolved: r };
}
