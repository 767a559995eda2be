import { describe, expect, it } from 'vitest';
import { monthCo2 } from '../../../renderer/src/features/monthly-entry/monthCo2';

describe('quick entry CO2 (engine indicators)', () => {
  it('10,000 kWh at the conservative grid factor is 7.97 t', () => {
    expect(monthCo2(10_000, 0).electricity.value).toBeCloseTo(7.97, 9);
  });

  it('coal by tonnes × NCV × (CO2 + CH4 + N2O in CO2e, AR5)', () => {
    // 20 t × 3,400 kcal/kg × 4.1868 MJ/Mcal = 284.70 GJ;
    // EF = 0.101 + 10e-6 × 28 + 1.5e-6 × 265 = 0.1016775 tCO2e/GJ
    const gj = (20 * 3400 * 4.1868) / 1000;
    const r = monthCo2(0, 20, 3400);
    expect(r.coal.value).toBeCloseTo(gj * 0.1016775, 6);
    expect(r.total.value).toBeCloseTo(r.coal.value ?? Number.NaN, 9);
  });

  it('explains the grid factor with its source', () => {
    const e = monthCo2(1000, 0).electricity.explanation;
    expect(e.factors.some((f) => f.value === 0.797 && /JCM/.test(f.source.citation))).toBe(true);
  });
});
