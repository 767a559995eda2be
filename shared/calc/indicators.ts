import type { MetricId } from '../catalogue/metricIds';
import { explained, ratio } from '../explain/build';
import type { Explained } from '../explain/types';
import type { ResolvedFactors } from '../factors/resolve';
import type { CanonicalValues } from './canonical';
import {
  CARRIERS,
  SCOPE1,
  SCOPE2,
  carrierEmissions,
  carrierEnergy,
  type Carrier,
  type CarrierEnergy,
} from './carriers';
import { labourIndicators, type LabourIndicators, type WageCheck } from './labour';
import { metricInput } from './metricInput';

export interface EmissionIndicators {
  byCarrier: Partial<Record<Carrier, Explained>>;
  scope1: Explained;
  scope2: Explained;
  total: Explained;
}

export interface PeriodIndicators {
  energy: {
    byCarrier: Partial<Record<Carrier, CarrierEnergy>>;
    totalKwh: Explained;
    totalGj: Explained;
  };
  emissions: EmissionIndicators;
  water: { intakeM3: Explained };
  intensity: { energyKwhPerKg: Explained; waterLPerKg: Explained; co2KgPerKg: Explained };
  labour: LabourIndicators;
}

function sumExplained(
  parts: readonly [string, Explained][],
  unit: string,
  formula: string,
  formulaKey: string,
): Explained {
  if (parts.length === 0)
    return explained(null, {
      formula: `${formula} (nothing reported)`,
      formulaKey: `${formulaKey}None`,
      unit,
    });
  let total = 0;
  for (const [, e] of parts) total += e.value ?? 0;
  return explained(total, {
    formula,
    formulaKey,
    inputs: parts.map(([label, e]) => ({ label, value: e.value, unit, ref: label })),
    unit,
  });
}

function val(values: CanonicalValues, id: MetricId): number | null {
  return values[id]?.value ?? null;
}

export function computeIndicators(
  values: CanonicalValues,
  f: ResolvedFactors,
  wage: WageCheck,
): PeriodIndicators {
  const byCarrier: Partial<Record<Carrier, CarrierEnergy>> = {};
  const gjParts: [string, Explained][] = [];
  const kwhParts: [string, Explained][] = [];
  const co2: Partial<Record<Carrier, Explained>> = {};
  for (const c of CARRIERS) {
    const e = carrierEnergy(c, values, f);
    if (!e) continue;
    byCarrier[c] = e;
    gjParts.push([`energy.${c}`, e.gj]);
    kwhParts.push([`energy.${c}`, e.kwh]);
    const em = carrierEmissions(c, values, f);
    if (em) co2[c] = em;
  }
  const s1: [string, Explained][] = [];
  for (const c of SCOPE1) {
    const e = co2[c];
    if (e) s1.push([`co2.${c}`, e]);
  }
  const s2: [string, Explained][] = [];
  for (const c of SCOPE2) {
    const e = co2[c];
    if (e) s2.push([`co2.${c}`, e]);
  }
  const scope1 = sumExplained(
    s1,
    'tCO2e',
    'scope 1 = Σ coal, briquettes, diesel, gasoline, LPG',
    'emissions.scope1',
  );
  const scope2 = sumExplained(
    s2,
    'tCO2e',
    'scope 2 = Σ electricity, district heat, steam',
    'emissions.scope2',
  );
  const total = sumExplained(
    [
      ['co2.scope1', scope1],
      ['co2.scope2', scope2],
    ].filter(([, e]) => (e as Explained).value !== null) as [string, Explained][],
    'tCO2e',
    'total = scope 1 + scope 2',
    'emissions.total',
  );
  const totalKwh = sumExplained(kwhParts, 'kWh', 'Σ energy by carrier (kWh)', 'energy.totalKwh');
  const totalGj = sumExplained(gjParts, 'GJ', 'Σ energy by carrier (GJ)', 'energy.totalGj');

  const municipal = val(values, 'water.municipal');
  const ground = val(values, 'water.groundwater');
  const intake = municipal === null && ground === null ? null : (municipal ?? 0) + (ground ?? 0);
  const intakeM3 = explained(intake, {
    formula: 'water intake = municipal + groundwater (recycled water excluded)',
    formulaKey: 'water.intake',
    inputs: [metricInput('water.municipal', municipal), metricInput('water.groundwater', ground)],
    unit: 'm3',
  });

  const output = val(values, 'production.output_kg');
  const outInput = metricInput('production.output_kg', output);
  const energyKwhPerKg = explained(ratio(totalKwh.value, output), {
    formula: 'total energy (kWh) ÷ production output (kg)',
    formulaKey: 'intensity.energy',
    inputs: [
      { label: 'Total energy', value: totalKwh.value, unit: 'kWh', ref: 'energy.total' },
      outInput,
    ],
    unit: 'kWh/kg',
  });
  const waterLPerKg = explained(intake === null ? null : ratio(intake * 1000, output), {
    formula: 'water intake (m3) × 1000 ÷ production output (kg)',
    formulaKey: 'intensity.water',
    inputs: [{ label: 'Water intake', value: intake, unit: 'm3', ref: 'water.intake' }, outInput],
    unit: 'L/kg',
  });
  const co2KgPerKg = explained(total.value === null ? null : ratio(total.value * 1000, output), {
    formula: 'scope 1 + 2 (tCO2e) × 1000 ÷ production output (kg)',
    formulaKey: 'intensity.co2',
    inputs: [
      { label: 'Scope 1 + 2', value: total.value, unit: 'tCO2e', ref: 'co2.total' },
      outInput,
    ],
    unit: 'kgCO2e/kg',
  });

  return {
    energy: { byCarrier, totalKwh, totalGj },
    emissions: { byCarrier: co2, scope1, scope2, total },
    water: { intakeM3 },
    intensity: { energyKwhPerKg, waterLPerKg, co2KgPerKg },
    labour: labourIndicators(values, wage),
  };
}
