import fc from 'fast-check';
import { computePeriodIndicators } from '../../../shared/calc/periods';
import { resolveFactors } from '../../../shared/factors';
import type { PeriodData } from '../../../shared/package/schema';

// Property runs are CPU-bound; a busy shared machine must not turn them into timeouts.
vi.setConfig({ testTimeout: 60_000 });

const F = resolveFactors();

describe('months roll up to years', () => {
  const months: PeriodData[] = [
    {
      period: '2025-03',
      values: {
        'energy.electricity': { value: 1000, unit: 'kWh' },
        'energy.coal': { value: 10, unit: 't', ncvKcalPerKg: 3000 },
        'labour.employees': { value: 40, unit: 'persons' },
        'labour.women': { value: 20, unit: 'persons' },
        'labour.lowest_wage_mnt': { value: 700_000, unit: 'MNT' },
        'production.output_kg': { value: 1000, unit: 'kg' },
      },
    },
    {
      period: '2025-04',
      values: {
        'energy.electricity': { value: 3000, unit: 'kWh' },
        'energy.coal': { value: 10, unit: 't' },
        'labour.employees': { value: 60, unit: 'persons' },
        'labour.women': { value: 40, unit: 'persons' },
        'labour.lowest_wage_mnt': { value: 800_000, unit: 'MNT' },
        'production.output_kg': { value: 3000, unit: 'kg' },
      },
    },
  ];
  const r = computePeriodIndicators(months, ['spinning'], F);
  const year = r.years[0];

  it('sums flows, averages headcount, keeps the worst wage month', () => {
    expect(r.periods).toHaveLength(2);
    expect(year?.year).toBe('2025');
    expect(year?.basis).toBe('months');
    expect(year?.monthsCovered).toBe(2);
    const ind = year!.indicators;
    expect(ind.energy.byCarrier.electricity?.kwh.value).toBeCloseTo(4000, 9);
    // women share of averaged headcount: 30 / 50
    expect(ind.labour.womenSharePct.value).toBeCloseTo(60, 9);
    // March 700k/660k = 1.06 passes; April 800k/792k = 1.0101 is the worse ratio
    expect(ind.labour.lowestWage.ratio.value).toBeCloseTo(800_000 / 792_000, 9);
    expect(ind.labour.lowestWage.ratio.explanation.formula).toContain('2025-04');
  });

  it('keeps coal energy equal to the sum of the months (weighted NCV)', () => {
    // 10 t × 3000 + 10 t × 3400 kcal/kg → 125.604 + 142.3512 GJ
    const ind = year!.indicators;
    expect(ind.energy.byCarrier.coal?.gj.value).toBeCloseTo(267.9552, 6);
    const monthSum = r.periods.reduce((s, p) => s + (p.indicators.emissions.total.value ?? 0), 0);
    expect(ind.emissions.total.value).toBeCloseTo(monthSum, 9);
  });

  it('lets an explicit year entry win over months and reports year-on-year change', () => {
    const withYear = computePeriodIndicators(
      [
        ...months,
        { period: '2024', values: { 'energy.electricity': { value: 5000, unit: 'kWh' } } },
        { period: '2025', values: { 'energy.electricity': { value: 4000, unit: 'kWh' } } },
      ],
      [],
      F,
    );
    const y25 = withYear.years.find((y) => y.year === '2025');
    expect(y25?.basis).toBe('explicit');
    // (4000 − 5000) ÷ 5000 × 100 = −20 %
    expect(y25?.yoy?.energyKwh.value).toBeCloseTo(-20, 9);
    expect(withYear.years.find((y) => y.year === '2024')?.yoy).toBeNull();
  });
});

describe('CO2 is linear in quantities', () => {
  const q = fc.double({ min: 0, max: 1e6, noNaN: true });
  const co2 = (e: number, h: number, c: number, d: number) =>
    computePeriodIndicators(
      [
        {
          period: '2025-05',
          values: {
            'energy.electricity': { value: e, unit: 'kWh' },
            'energy.district_heat': { value: h, unit: 'Gcal' },
            'energy.coal': { value: c, unit: 't', ncvKcalPerKg: 3300 },
            'energy.diesel': { value: d, unit: 'L' },
          },
        },
      ],
      [],
      F,
    ).periods[0]!.indicators.emissions.total.value!;

  it('scales with a factor k and adds across quantities', () => {
    fc.assert(
      fc.property(
        q,
        q,
        q,
        q,
        q,
        q,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (e, h, c, d, e2, h2, k) => {
          const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
          const base = co2(e, h, c, d);
          expect(Math.abs(co2(k * e, k * h, k * c, k * d) - k * base)).toBeLessThanOrEqual(
            tol(k * base),
          );
          const sum = co2(e + e2, h + h2, c, d);
          const parts = co2(e, h, c, d) + co2(e2, h2, 0, 0);
          expect(Math.abs(sum - parts)).toBeLessThanOrEqual(tol(sum));
        },
      ),
    );
  });
});
