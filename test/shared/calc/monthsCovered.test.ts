import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { computePeriodIndicators, hasFigures } from '../../../shared/calc/periods';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { resolveFactors } from '../../../shared/factors';
import type { PeriodData } from '../../../shared/package/schema';
import { buildWorkbookSpec } from '../../../shared/workbook';

// One rule for "a month with data", read by the engine, the dashboard (monthsCovered) and the
// workbook's "Months with data": a month counts when at least one input value is present.
const F = resolveFactors();
const kwh = (value: number) => ({ value, unit: 'kWh' });

describe('months covered: a month counts when at least one value is present', () => {
  it('does not count a month whose only cell holds nothing', () => {
    // January 1000 kWh, February a key left blank, March 500 kWh: 2 months with data, not 3
    const periods: PeriodData[] = [
      { period: '2025-01', values: { 'energy.electricity': kwh(1000) } },
      { period: '2025-02', values: { 'energy.electricity': undefined } },
      { period: '2025-03', values: { 'energy.electricity': kwh(500) } },
    ];
    expect(periods.map(hasFigures)).toEqual([true, false, true]);
    const year = computePeriodIndicators(periods, ['spinning'], F).years[0];
    expect(year?.monthsCovered).toBe(2);
    // 1000 + 500 kWh over the two months that have data
    expect(year?.indicators.energy.totalKwh.value).toBeCloseTo(1500, 9);
  });

  it('a blank yearly entry stands for nothing: the months present count', () => {
    const periods: PeriodData[] = [
      { period: '2025', values: {} },
      { period: '2025-01', values: { 'energy.electricity': kwh(1000) } },
      { period: '2025-03', values: { 'energy.electricity': kwh(500) } },
    ];
    expect(computePeriodIndicators(periods, ['spinning'], F).years[0]?.monthsCovered).toBe(2);
  });

  it('the engine and the workbook Summary give the same count for a June left blank', () => {
    const pkg = generatePackage(7, 24, ACTIVE_PACK);
    const lastYear = pkg.periods
      .map((p) => p.period.slice(0, 4))
      .sort()
      .at(-1)!;
    const june = pkg.periods.find((p) => p.period === `${lastYear}-06`)!;
    const months = pkg.periods.filter((p) => p.period.startsWith(`${lastYear}-`)).length;
    expect(months).toBe(12);
    // every cell of June blank, the keys kept: 12 months entered, 11 with data
    june.values = Object.fromEntries(Object.keys(june.values).map((k) => [k, undefined]));
    const results = scorePackage(pkg, ACTIVE_PACK);
    const engine = results.indicators.years.find((y) => y.year === lastYear)?.monthsCovered;
    expect(engine).toBe(11);
    const built = buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results,
      language: 'en',
      charts: null,
    });
    const summary = built.spec.sheets.find((s) => s.key === 'summary')!;
    const row = summary.rows.find((r) => r[0]?.t === 's' && r[0].v === 'Months with data')!;
    const cell = row[2];
    expect(cell?.t === 'f' && cell.result).toBe(11);
  });
});
