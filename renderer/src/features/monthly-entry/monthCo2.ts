import { computePeriodIndicators } from '../../../../shared/calc';
import { explained } from '../../../../shared/explain/build';
import type { Explained } from '../../../../shared/explain/types';
import { factorsFor } from '../../../../shared/factors/resolve';
import type { Process } from '../../../../shared/package/enums';
import type { PeriodData } from '../../../../shared/package/schema';

export interface MonthCo2 {
  electricity: Explained;
  coal: Explained;
  total: Explained;
}

export type MonthCo2Part = keyof MonthCo2;

/** Stands in when the engine returns no indicator for a part (it normally always does). */
export function nothingReported(part: MonthCo2Part): Explained {
  return explained(0, {
    formula: `${part}: nothing reported`,
    formulaKey: `monthCo2.${part}None`,
    unit: 'tCO2e',
  });
}

/** The engine's indicators for one month of electricity and coal (scope 2 and scope 1). */
export function monthCo2(
  electricityKwh: number,
  coalT: number,
  ncvKcalPerKg?: number,
  processes: readonly Process[] = [],
): MonthCo2 {
  const period: PeriodData = {
    period: '2000-01',
    values: {
      'energy.electricity': { value: electricityKwh, unit: 'kWh' },
      'energy.coal': {
        value: coalT,
        unit: 't',
        ...(ncvKcalPerKg !== undefined ? { ncvKcalPerKg } : {}),
      },
    },
  };
  const result = computePeriodIndicators([period], processes, factorsFor(undefined));
  const emissions = result.periods[0]?.indicators.emissions;
  return {
    electricity: emissions?.byCarrier.electricity ?? nothingReported('electricity'),
    coal: emissions?.byCarrier.coal ?? nothingReported('coal'),
    total: emissions?.total ?? nothingReported('total'),
  };
}
