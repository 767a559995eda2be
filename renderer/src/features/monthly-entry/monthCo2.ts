import type { Explained } from '../../../../shared/explain/types';
import { explained, input } from '../../../../shared/explain/build';
import { FACTORS_V1, getFactor } from '../../../../shared/factors/factorsV1';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, ncvKcalPerKgToGjPerT } from '../../../../shared/units';

export const DEFAULT_COAL_NCV = DEFAULT_COAL_NCV_KCAL_PER_KG;

export interface MonthCo2 {
  electricity: Explained;
  coal: Explained;
  total: Explained;
}

// TEMPORARY adapter until shared/calc lands; replaced by the engine's period indicators.
export function monthCo2(electricityKwh: number, coalT: number, ncvKcalPerKg?: number): MonthCo2 {
  const grid = getFactor(FACTORS_V1, 'grid.ef');
  const efCoal = getFactor(FACTORS_V1, 'fuel.lignite.co2');
  const ncv = ncvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG;
  const elec = (electricityKwh / 1000) * grid.value;
  const coal = coalT * ncvKcalPerKgToGjPerT(ncv) * efCoal.value;
  const electricity = explained(elec, {
    formula: 'kWh ÷ 1000 × grid EF',
    inputs: [input('Electricity', electricityKwh, 'kWh', 'energy.electricity')],
    factors: [{ id: grid.id, value: grid.value, unit: grid.unit, source: grid.source }],
    unit: 'tCO2',
  });
  const coalExplained = explained(coal, {
    formula: 't × NCV × EF',
    inputs: [
      input('Coal', coalT, 't', 'energy.coal'),
      input('NCV', ncv, 'kcal/kg', 'energy.coal.ncv'),
    ],
    factors: [{ id: efCoal.id, value: efCoal.value, unit: efCoal.unit, source: efCoal.source }],
    unit: 'tCO2',
  });
  const total = explained(elec + coal, {
    formula: 'electricity + coal',
    unit: 'tCO2',
  });
  return { electricity, coal: coalExplained, total };
}
