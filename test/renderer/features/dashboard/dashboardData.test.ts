import { beforeAll, describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../../shared/calc/periods';
import { factorsFor } from '../../../../shared/factors/resolve';
import type { PeriodData } from '../../../../shared/package/schema';
import {
  baselineYear,
  co2BySource,
  energyByCarrierByMonth,
  guidanceFor,
  missingMonths,
  intensitySeries,
  waterByMonth,
  yearsWithData,
} from '../../../../renderer/src/features/dashboard/dashboardData';

const f = factorsFor(undefined);
const month = (y: number, m: number) => `${String(y)}-${String(m).padStart(2, '0')}`;

/** 2024: all 12 months (baseline); 2025: three months. Electricity 1000 kWh × month number. */
function periods(): PeriodData[] {
  const out: PeriodData[] = [];
  for (let m = 1; m <= 12; m++)
    out.push({
      period: month(2024, m),
      values: {
        'energy.electricity': { value: 1000, unit: 'kWh' },
        'production.output_kg': { value: 500, unit: 'kg' },
        'water.municipal': { value: 10, unit: 'm3' },
      },
    });
  for (let m = 1; m <= 3; m++)
    out.push({
      period: month(2025, m),
      values: {
        'energy.electricity': { value: 1000 * m, unit: 'kWh' },
        'energy.coal': { value: 2, unit: 't', ncvKcalPerKg: 3000 },
        'production.output_kg': { value: 1000, unit: 'kg' },
      },
    });
  return out;
}

describe('dashboard data shaping', () => {
  let results: ReturnType<typeof computePeriodIndicators>;
  beforeAll(() => {
    results = computePeriodIndicators(periods(), ['spinning'], f);
  });

  it('lists years newest first and takes the first complete year as baseline', () => {
    expect(yearsWithData(results)).toEqual(['2025', '2024']);
    expect(baselineYear(results)?.year).toBe('2024');
  });

  it('stacks energy by carrier for all twelve months, only carriers reported', () => {
    const { data, carriers } = energyByCarrierByMonth(results, '2025', 'kWh');
    expect(carriers).toEqual(['electricity', 'coal']);
    expect(data).toHaveLength(12);
    expect(data[1]?.electricity).toBe(2000);
    // 2 t × 3000 kcal/kg × 4.1868 ÷ 1000 = 25.1208 GJ = 6978 kWh
    expect(data[0]?.coal).toBeCloseTo((2 * 3000 * 4.1868) / 1000 / 0.0036, 6);
    expect(data[5]).toEqual({ month: 6 });
    const gj = energyByCarrierByMonth(results, '2025', 'GJ');
    expect(gj.data[0]?.electricity).toBeCloseTo(3.6, 9);
  });

  it('draws monthly intensity against the previous complete year, never the same year', () => {
    const s = intensitySeries(results, '2025', 'energyKwhPerKg');
    // March 2025: (3000 kWh + coal 6978 kWh) ÷ 1000 kg
    expect(s.data[2]?.value).toBeCloseTo((3000 + (2 * 3000 * 4.1868) / 1000 / 0.0036) / 1000, 6);
    expect(s.data[3]).toEqual({ month: 4 });
    // The year before, 2024: 12 000 kWh ÷ 6000 kg = 2 kWh/kg
    expect(s.baseline).toEqual({ year: '2024', value: 2 });
    // 2024 is the first complete year, but it is never drawn against itself; 2023 has no data.
    expect(intensitySeries(results, '2024', 'energyKwhPerKg').baseline).toBeNull();
  });

  it('ranks CO2 sources and tags their scope', () => {
    const y2025 = results.years.find((y) => y.year === '2025')!;
    const sources = co2BySource(y2025);
    expect(sources.map((s) => [s.carrier, s.scope])).toEqual([
      ['coal', 1],
      ['electricity', 2],
    ]);
    // 6000 kWh × 0.797 t/MWh
    expect(sources[1]?.tco2e).toBeCloseTo(6 * 0.797, 9);
    expect(sources[0]!.tco2e).toBeGreaterThan(sources[1]!.tco2e);
  });

  it('gives water by month', () => {
    expect(waterByMonth(results, '2024')[0]).toEqual({ month: 1, m3: 10 });
    expect(waterByMonth(results, '2025')[0]).toEqual({ month: 1 });
  });

  it('says what to do next: what is missing, for which year, and which knock-out fails', () => {
    const y2025 = results.years.find((y) => y.year === '2025')!;
    const missing = missingMonths(results, '2025');
    expect(
      guidanceFor({
        processes: 1,
        year: y2025,
        missing,
        baseline: baselineYear(results),
        hasVcp: true,
        knockOuts: ['VCP-EN-09'],
      }),
    ).toEqual([
      { kind: 'knockOut', itemId: 'VCP-EN-09' },
      { kind: 'partialYear', year: '2025', months: y2025.monthsCovered, missing },
      { kind: 'noLabour', year: '2025' },
    ]);
    // 2025 has January to March only.
    expect(missing).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(
      guidanceFor({ processes: 0, year: null, missing: [], baseline: null, hasVcp: true }),
    ).toEqual([{ kind: 'noProcesses' }, { kind: 'noData' }]);
  });
});
