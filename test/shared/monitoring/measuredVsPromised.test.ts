import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import {
  compareMeasuredToPromised,
  measuredYear,
  reportYear,
  savingWording,
  scoreMeasuredAndPromised,
  type SavingRow,
} from '../../../shared/monitoring/measuredVsPromised';
import type {
  ApplicationPackage,
  PeriodData,
  ProjectFigures,
} from '../../../shared/package/schema';

// Electricity only, so every figure is worked by hand with the grid factor 0.797 tCO2/MWh
// (FACTORS_V1 grid.ef) and 1 kWh = 1 kWh-eq.
const fig = (kwh: number, waterM3: number, costMnt: number): ProjectFigures => ({
  productionKg: 100_000,
  electricityKwh: kwh,
  heatGcal: 0,
  coalT: 0,
  dieselL: 0,
  waterM3,
  energyCostMnt: costMnt,
});
const BASELINE = fig(1_000_000, 5_000, 260_000_000);
const PROJECTED = fig(700_000, 4_000, 183_000_000);
const MEASURED = fig(820_000, 4_500, 209_000_000);

function application(): ApplicationPackage {
  const pkg = generatePackage(7, 12, PACK_V1);
  return {
    ...pkg,
    project: {
      title: 'Variable-speed drives',
      measure: 'M-EE-1',
      taxonomyCode: 'MGT-2',
      investmentMnt: 300_000_000,
      lifetimeYears: 10,
      baseline: BASELINE,
      projected: PROJECTED,
    },
  };
}

function month(period: string, kwh: number, kg: number, m3: number): PeriodData {
  return {
    period,
    values: {
      'production.output_kg': { value: kg, unit: 'kg' },
      'energy.electricity': { value: kwh, unit: 'kWh' },
      'water.municipal': { value: m3, unit: 'm3' },
    },
  };
}

describe('measured against promised', () => {
  it('compares the promise and the measured year, by hand', () => {
    const scored = scoreMeasuredAndPromised(
      application(),
      PACK_V1,
      { year: 2026, figures: MEASURED, from: '2026-01', to: '2026-12' },
      { asOf: '2027-02-01', signingDate: '2025-01-31' },
    );
    expect(scored).not.toBeNull();
    if (!scored) return;
    const cmp = compareMeasuredToPromised(scored.promised, scored.measured, {
      baseline: BASELINE,
      projected: PROJECTED,
      measured: MEASURED,
    });
    const row = (k: SavingRow['key']) => cmp.savings.find((s) => s.key === k);
    // Energy: promised 1,000,000 − 700,000 = 300,000 kWh; measured 1,000,000 − 820,000 =
    // 180,000 kWh; 180,000 ÷ 300,000 = 60 %.
    expect(row('energy')).toMatchObject({ promisedSaving: 300_000, measuredSaving: 180_000 });
    expect(row('energy')?.achievedPct).toBeCloseTo(60, 9);
    // CO2: 1,000 MWh × 0.797 = 797 t; promised 700 × 0.797 = 557.9 t (a fall of 239.1 t);
    // measured 820 × 0.797 = 653.54 t (a fall of 143.46 t); 143.46 ÷ 239.1 = 60 %.
    const co2 = row('co2');
    expect(co2?.baseline).toBeCloseTo(797, 6);
    expect(co2?.promisedSaving).toBeCloseTo(239.1, 6);
    expect(co2?.measuredSaving).toBeCloseTo(143.46, 6);
    expect(co2?.achievedPct).toBeCloseTo(60, 6);
    // Water: promised 5,000 − 4,000 = 1,000 m3, measured 5,000 − 4,500 = 500 m3: 50 %.
    expect(row('water')).toMatchObject({ promisedSaving: 1_000, measuredSaving: 500 });
    expect(row('water')?.achievedPct).toBeCloseTo(50, 9);
    // Money, as stated in all three: promised 260 M − 183 M = 77 M, measured 260 M − 209 M =
    // 51 M; 51 ÷ 77 = 66.23 %.
    expect(row('cost')).toMatchObject({
      promisedSaving: 77_000_000,
      measuredSaving: 51_000_000,
    });
    expect(row('cost')?.achievedPct).toBeCloseTo(66.2338, 3);
    expect(cmp.promiseKept).toBe(false);
    expect(cmp).toMatchObject({
      promisedEligible: scored.promised.eligible,
      measuredEligible: false,
    });
    expect(cmp.production).toEqual({ baseline: 100_000, promised: 100_000, measured: 100_000 });

    // Specific energy: 10 kWh/kg → promised 7 (−30 %), measured 8.2 (−18 %): 18 ÷ 30 = 60 % of
    // the promise, and GC-EE-1 (at least 20 %) passes as promised, fails as measured.
    const ee = cmp.criteria.find((c) => c.id === 'GC-EE-1');
    expect(ee?.promised).toBeCloseTo(30, 9);
    expect(ee?.measured).toBeCloseTo(18, 9);
    expect(ee?.achievedPct).toBeCloseTo(60, 9);
    expect(ee).toMatchObject({ promisedPass: true, measuredPass: false, threshold: 20 });
    // Water intensity: 50 L/kg → promised 40 (−20 %), measured 45 (−10 %): 50 % of the promise.
    const wat = cmp.criteria.find((c) => c.kind === 'water_intensity_reduction');
    expect(wat?.achievedPct).toBeCloseTo(50, 9);
    // Only the criteria the yearly figures decide are compared.
    expect(cmp.criteria.map((c) => c.kind)).not.toContain('es_gate');
    expect(savingWording(co2 as SavingRow)).toBe('fellOfPromised');
  });

  it('says a rise as a rise, and a saving without a promise as such', () => {
    const base = {
      key: 'co2' as const,
      unit: 'tCO2e/yr' as const,
      baseline: 100,
      promised: 80,
      measured: 110,
      promisedSaving: 20,
      measuredSaving: -10,
      achievedPct: -50,
    };
    expect(savingWording(base)).toBe('roseAgainstPromise');
    expect(
      savingWording({ ...base, promisedSaving: 0, measuredSaving: 5, achievedPct: null }),
    ).toBe('fellNoPromise');
    expect(savingWording({ ...base, promisedSaving: 0, measuredSaving: -5 })).toBe('roseNoPromise');
    expect(savingWording({ ...base, promisedSaving: -3, measuredSaving: 0 })).toBe('unchanged');
  });

  it('sums the monitoring year from the records; a part year is refused, not scaled up', () => {
    const pkg = application();
    // 12 months of 2026 at 68,000 kWh, 8,000 kg and 375 m3, plus December 2025 (ignored):
    // 816,000 kWh, 96,000 kg, 4,500 m3.
    const months = Array.from({ length: 12 }, (_, i) =>
      month(`2026-${String(i + 1).padStart(2, '0')}`, 68_000, 8_000, 375),
    );
    const report = { ...pkg, periods: [month('2025-12', 1, 1, 1), ...months] };
    expect(reportYear(report)).toBe(2026);
    const y = measuredYear(report);
    expect(y.ok).toBe(true);
    if (!y.ok) return;
    expect(y.value).toMatchObject({ year: 2026, from: '2026-01', to: '2026-12' });
    expect(y.value.figures).toMatchObject({
      electricityKwh: 816_000,
      productionKg: 96_000,
      waterM3: 4_500,
    });
    const part = { ...pkg, periods: months.slice(0, 9) };
    expect(measuredYear(part)).toEqual({ ok: false, reason: 'partYear', year: 2026, months: 9 });
    expect(measuredYear({ ...pkg, periods: [] })).toEqual({ ok: false, reason: 'noPeriods' });
  });
});
