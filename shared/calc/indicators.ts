import { explained, ratio } from '../explain/build';
import type { Explained, ExplanationInput } from '../explain/types';
import type { ResolvedFactors } from '../factors/resolve';
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
import { metricIndex, numberAt as val, type CanonicalValues } from './valueTable';

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

interface SumRule {
  unit: string;
  formula: string;
  formulaKey: string;
  noneFormula: string;
  noneKey: string;
}

function sumRule(unit: string, formula: string, formulaKey: string): SumRule {
  return {
    unit,
    formula,
    formulaKey,
    noneFormula: `${formula} (nothing reported)`,
    noneKey: `${formulaKey}None`,
  };
}

// Built once: these run for every period of every package.
const SCOPE1_SUM = sumRule(
  'tCO2e',
  'scope 1 = Σ coal, briquettes, diesel, gasoline, LPG',
  'emissions.scope1',
);
const SCOPE2_SUM = sumRule(
  'tCO2e',
  'scope 2 = Σ electricity, district heat, steam',
  'emissions.scope2',
);
const TOTAL_SUM = sumRule('tCO2e', 'total = scope 1 + scope 2', 'emissions.total');
const KWH_SUM = sumRule('kWh', 'Σ energy by carrier (kWh)', 'energy.totalKwh');
const GJ_SUM = sumRule('GJ', 'Σ energy by carrier (GJ)', 'energy.totalGj');
const ENERGY_REF = Object.fromEntries(CARRIERS.map((c) => [c, `energy.${c}`])) as Record<
  Carrier,
  string
>;
const CO2_REF = Object.fromEntries(CARRIERS.map((c) => [c, `co2.${c}`])) as Record<Carrier, string>;

function sumExplained(parts: readonly [string, Explained][], rule: SumRule): Explained {
  const unit = rule.unit;
  if (parts.length === 0)
    return explained(null, { formula: rule.noneFormula, formulaKey: rule.noneKey, unit });
  let total = 0;
  const inputs: ExplanationInput[] = [];
  for (const [label, e] of parts) {
    total += e.value ?? 0;
    inputs.push({ label, value: e.value, unit, ref: label });
  }
  return explained(total, { formula: rule.formula, formulaKey: rule.formulaKey, inputs, unit });
}

const MUNICIPAL = metricIndex('water.municipal');
const GROUND = metricIndex('water.groundwater');
const OUTPUT = metricIndex('production.output_kg');

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
    gjParts.push([ENERGY_REF[c], e.gj]);
    kwhParts.push([ENERGY_REF[c], e.kwh]);
    const em = carrierEmissions(c, values, f);
    if (em) co2[c] = em;
  }
  const s1: [string, Explained][] = [];
  for (const c of SCOPE1) {
    const e = co2[c];
    if (e) s1.push([CO2_REF[c], e]);
  }
  const s2: [string, Explained][] = [];
  for (const c of SCOPE2) {
    const e = co2[c];
    if (e) s2.push([CO2_REF[c], e]);
  }
  const scope1 = sumExplained(s1, SCOPE1_SUM);
  const scope2 = sumExplained(s2, SCOPE2_SUM);
  const scopes: [string, Explained][] = [];
  if (scope1.value !== null) scopes.push(['co2.scope1', scope1]);
  if (scope2.value !== null) scopes.push(['co2.scope2', scope2]);
  const total = sumExplained(scopes, TOTAL_SUM);
  const totalKwh = sumExplained(kwhParts, KWH_SUM);
  const totalGj = sumExplained(gjParts, GJ_SUM);

  const municipal = val(values, MUNICIPAL);
  const ground = val(values, GROUND);
  const intake = municipal === null && ground === null ? null : (municipal ?? 0) + (ground ?? 0);
  const intakeM3 = explained(intake, {
    formula: 'water intake = municipal + groundwater (recycled water excluded)',
    formulaKey: 'water.intake',
    inputs: [metricInput('water.municipal', municipal), metricInput('water.groundwater', ground)],
    unit: 'm3',
  });

  const output = val(values, OUTPUT);
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
