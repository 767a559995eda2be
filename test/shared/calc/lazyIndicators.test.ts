// Period and year indicators are built when first read. These tests pin what that must not
// change: the results read, serialise and clone exactly as plain data, and the values scoring uses
// without building them (the latest women's share) are the ones the built indicators show.
import fc from 'fast-check';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { prepareIndicators } from '../../../shared/calc/periods';
import { valuesFromRecord, valuesToRecord } from '../../../shared/calc/valueTable';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { factorsFor } from '../../../shared/factors/resolve';
import { arbPackage } from '../engine/arbitraries';

describe('indicators built on first read', () => {
  const pkg = generatePackage(7, 18, PACK_V1);

  it('reading periods or years twice gives the same objects', () => {
    const r = scorePackage(pkg, PACK_V1).indicators;
    expect(r.periods).toBe(r.periods);
    expect(r.years).toBe(r.years);
    expect(r.periods).toHaveLength(18);
    expect(r.years.map((y) => y.year)).toEqual(['2024', '2025']);
  });

  it('JSON, structuredClone and spread all carry the periods and years', () => {
    const r = scorePackage(pkg, PACK_V1);
    const json = JSON.parse(JSON.stringify(r)) as typeof r;
    expect(json.indicators.periods).toHaveLength(18);
    expect(json.indicators.years).toHaveLength(2);
    const cloned = structuredClone(r);
    expect(cloned).toEqual(json);
    expect({ ...r.indicators }.periods).toBe(r.indicators.periods);
    expect(Object.keys(r.indicators)).toEqual(['periods', 'years']);
  });

  it('a result whose indicators were read equals one whose were not', () => {
    const a = scorePackage(pkg, PACK_V1);
    const b = scorePackage(pkg, PACK_V1);
    expect(a.indicators.periods[3]?.indicators.labour.ltifr.value).not.toBeUndefined();
    expect(b).toEqual(a);
    expect(Object.getOwnPropertySymbols({ ...a.indicators })).toEqual([]);
  });

  it('a result scored twice serialises identically whether read in between or not', () => {
    const a = scorePackage(pkg, PACK_V1);
    const b = scorePackage(pkg, PACK_V1);
    expect(a.indicators.years[0]?.indicators.energy.totalKwh.value).not.toBeUndefined();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('an explicit year is the same indicators as a period and as a year', () => {
    const withYear = {
      ...pkg,
      periods: [
        ...pkg.periods.filter((p) => !p.period.startsWith('2024')),
        {
          period: '2024',
          values: { 'energy.electricity': { value: 120_000, unit: 'kWh' } },
        },
      ],
    };
    const r = scorePackage(withYear, PACK_V1).indicators;
    const period = r.periods.find((p) => p.period === '2024');
    const year = r.years.find((y) => y.year === '2024');
    expect(year?.basis).toBe('explicit');
    expect(period?.indicators).toBe(year?.indicators);
    expect(year?.indicators.energy.totalKwh.value).toBeCloseTo(120_000, 6);
  });

  it('the latest women’s share used for the women-led flag is the one the years show', () => {
    const generated = Array.from({ length: 40 }, (_, i) => generatePackage(i + 1, 13 + i, PACK_V1));
    fc.assert(
      fc.property(fc.oneof(arbPackage(PACK_V1), fc.constantFrom(...generated)), (p) => {
        const prepared = prepareIndicators(
          p.periods,
          p.organisation.processes,
          factorsFor(p.factorOverrides),
        );
        let expected: number | null = null;
        const years = prepared.results.years;
        for (let i = years.length - 1; i >= 0 && expected === null; i--)
          expected = years[i]?.indicators.labour.womenSharePct.value ?? null;
        expect(prepared.latestWomenSharePct()).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('the latest year with a women’s share wins; a later year without one is skipped', () => {
    const staff = (women: number, employees: number) => ({
      'labour.women': { value: women, unit: 'persons' },
      'labour.employees': { value: employees, unit: 'persons' },
    });
    const periods = [
      { period: '2023-06', values: staff(10, 40) },
      { period: '2024', values: staff(30, 50) },
      { period: '2025-01', values: { 'energy.electricity': { value: 1000, unit: 'kWh' } } },
    ];
    const prepared = prepareIndicators(periods, ['knitting'], factorsFor(undefined));
    expect(prepared.latestWomenSharePct()).toBeCloseTo(60, 10);
    expect(prepared.results.years.map((y) => y.indicators.labour.womenSharePct.value)).toEqual([
      25,
      60,
      null,
    ]);
    const none = prepareIndicators(periods.slice(2), ['knitting'], factorsFor(undefined));
    expect(none.latestWomenSharePct()).toBeNull();
  });

  it('outliers and issues in the result are those of the periods, in period order', () => {
    fc.assert(
      fc.property(arbPackage(PACK_V1), (p) => {
        const r = scorePackage(p, PACK_V1);
        expect(r.outliers).toEqual(r.indicators.periods.flatMap((x) => x.outliers));
        expect(r.issues).toEqual(
          r.indicators.periods.flatMap((x) => x.issues.map((i) => ({ ...i, period: x.period }))),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('canonical value tables', () => {
  it('a record round-trips through a table, ignoring unknown ids', () => {
    const record = {
      'energy.coal': { value: 12, ncvKcalPerKg: 3600 },
      'labour.women': { value: 40, ncvKcalPerKg: null },
    };
    const table = valuesFromRecord({
      ...record,
      'not.a.metric': { value: 1, ncvKcalPerKg: null },
    } as never);
    expect(valuesToRecord(table)).toEqual(record);
    expect(table.filter((v) => v !== undefined)).toHaveLength(2);
  });
});
