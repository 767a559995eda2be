import { describe, expect, it } from 'vitest';
import { factorsFor } from '../../../../shared/factors/resolve';
import type { PeriodData } from '../../../../shared/package/schema';
import { baselineFromPeriods } from '../../../../renderer/src/features/green-project/baseline';

const f = factorsFor(undefined);

function month(period: string, kwh: number, coalT: number, ncv?: number): PeriodData {
  return {
    period,
    values: {
      'production.output_kg': { value: 1, unit: 't' },
      'energy.electricity': { value: kwh, unit: 'kWh' },
      'energy.coal': { value: coalT, unit: 't', ...(ncv ? { ncvKcalPerKg: ncv } : {}) },
      'water.municipal': { value: 100, unit: 'm3' },
      'water.recycled': { value: 50, unit: 'm3' },
      'energy.steam': { value: 2, unit: 't' },
    },
  };
}

describe('baselineFromPeriods', () => {
  it('sums the latest 12 months and converts units', () => {
    // 13 months: 2024-12 … 2025-12; the oldest (electricity 999 999) must be left out.
    const periods = [month('2024-12', 999_999, 0)];
    for (let m = 1; m <= 12; m++)
      periods.push(month(`2025-${String(m).padStart(2, '0')}`, 1000, 10, m <= 6 ? 3000 : 4000));
    const b = baselineFromPeriods(periods, ['scouring'], f);
    expect(b?.periods).toHaveLength(12);
    expect(b?.periods[0]).toBe('2025-01');
    expect(b?.figures.productionKg).toBe(12_000);
    expect(b?.figures.electricityKwh).toBe(12_000);
    expect(b?.figures.coalT).toBe(120);
    // Tonnage-weighted NCV: half the coal at 3000, half at 4000.
    expect(b?.figures.coalNcvKcalPerKg).toBe(3500);
    // Withdrawn water only: 12 × 100 m³ (recycled water is not a withdrawal).
    expect(b?.figures.waterM3).toBe(1200);
    // Steam 24 t × 2.7 GJ/t ÷ 4.1868 GJ/Gcal.
    expect(b?.figures.heatGcal).toBeCloseTo((24 * 2.7) / 4.1868, 9);
    expect(b?.figures.energyCostMnt).toBeUndefined();
  });

  it('falls back to the latest year, and to nothing without data', () => {
    const year: PeriodData = {
      period: '2024',
      values: { 'energy.electricity': { value: 5, unit: 'MWh' } },
    };
    expect(baselineFromPeriods([year], [], f)?.figures.electricityKwh).toBe(5000);
    expect(baselineFromPeriods([], [], f)).toBeNull();
  });
});
