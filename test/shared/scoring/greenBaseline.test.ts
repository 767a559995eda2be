import { describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../shared/calc';
import { factorsFor } from '../../../shared/factors/resolve';
import type { PeriodData } from '../../../shared/package/schema';
import { baselineFromPeriods } from '../../../shared/scoring/greenBaseline';
import { figureMetrics } from '../../../shared/scoring/greenFigures';

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
    // Steam keeps its own carrier: 12 × 2 t, no district heat.
    expect(b?.figures.steamT).toBe(24);
    expect(b?.figures.heatGcal).toBe(0);
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

  it('counts every carrier, so the baseline equals the dashboard on the same data', () => {
    const year: PeriodData = {
      period: '2025',
      values: {
        'production.output_kg': { value: 50_000, unit: 'kg' },
        'energy.electricity': { value: 40_000, unit: 'kWh' },
        'energy.coal': { value: 20, unit: 't' },
        'energy.gasoline': { value: 3000, unit: 'L' },
        'energy.lpg': { value: 1000, unit: 'kg' },
        'energy.briquettes': { value: 5, unit: 't' },
        'energy.steam': { value: 10, unit: 't' },
        'energy.solar_generated': { value: 2000, unit: 'kWh' },
      },
    };
    const b = baselineFromPeriods([year], [], f);
    if (!b) throw new Error('no baseline');
    const m = figureMetrics(b.figures, f);
    const dash = computePeriodIndicators([year], [], f).years[0]?.indicators;
    // Gasoline alone: 3000 L × 0.74 kg/L ÷ 1000 × 44.3 GJ/t = 98.346 GJ
    //   × (0.0693 + (33 × 28 + 3.2 × 265) × 1e-6) tCO2e/GJ = 98.346 × 0.071072 = 6.9897 t;
    // the green baseline used to drop it (and LPG), the dashboard never did.
    expect(b.figures.gasolineL).toBe(3000);
    expect(b.figures.lpgKg).toBe(1000);
    expect(m.co2T).toBeCloseTo(dash?.emissions.total.value ?? NaN, 9);
    expect(m.energyKwhEq).toBeCloseTo(dash?.energy.totalKwh.value ?? NaN, 6);
  });
});
