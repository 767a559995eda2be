import { describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../shared/calc';
import { factorsFor } from '../../../shared/factors/resolve';
import type { PeriodData } from '../../../shared/package/schema';

describe('one coal NCV default for unit conversion and CO2', () => {
  it('keeps coal typed in GJ at the typed energy when the default NCV is overridden', () => {
    const year: PeriodData = {
      period: '2025',
      values: { 'energy.coal': { value: 1000, unit: 'GJ' } },
    };
    // Override 3,000 kcal/kg. Typed 1,000 GJ → tonnes at the 3,400 default (70.2488 t), and the
    // energy must come back as 1,000 GJ, not 70.2488 t × 3,000 × 4.1868 ÷ 1000 = 882.35 GJ.
    // CO2e: 1,000 GJ × 0.1016775 t/GJ = 101.6775 t.
    const f = factorsFor({ coalNcvKcalPerKg: 3000 });
    const y = computePeriodIndicators([year], [], f).years[0]?.indicators;
    expect(y?.energy.totalGj.value).toBeCloseTo(1000, 9);
    expect(y?.emissions.total.value).toBeCloseTo(101.6775, 9);
  });
});
