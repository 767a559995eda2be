import { describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../shared/calc/periods';
import { readableLine } from '../../../shared/explain/readable';
import { factorsFor } from '../../../shared/factors/resolve';

// Coal 180 t at 3,400 kcal/kg and 30,000 kWh of grid electricity in March 2025.
const year = computePeriodIndicators(
  [
    {
      period: '2025-03',
      values: {
        'energy.electricity': { value: 30_000, unit: 'kWh' },
        'energy.coal': { value: 180, unit: 't', ncvKcalPerKg: 3400 },
        'production.output_kg': { value: 6000, unit: 'kg' },
      },
    },
  ],
  ['scouring'],
  factorsFor(undefined),
).periods[0]!.indicators;

describe('readable explanation lines', () => {
  it('writes coal energy as tonnes × GJ per tonne × kWh per GJ', () => {
    const line = readableLine(year.energy.byCarrier.coal!.kwh.explanation);
    // 3,400 kcal/kg × 4.1868 ÷ 1000 = 14.23512 GJ/t; 1 GJ = 1 ÷ 0.0036 = 277.78 kWh.
    expect(line?.kind).toBe('product');
    const [t, gj, kwh] = line!.terms;
    expect(t).toMatchObject({ value: 180, unit: 't', input: 0 });
    expect(gj?.value).toBeCloseTo(14.23512, 9);
    expect(gj).toMatchObject({ unit: 'GJ/t', factor: 'coal.ncv.certificate' });
    expect(kwh?.value).toBeCloseTo(277.7778, 4);
    expect(kwh?.unit).toBe('kWh/GJ');
  });

  it('writes grid CO2 as MWh × the grid factor, and never electricity as kWh ÷ 0.0036', () => {
    // 30,000 kWh = 30 MWh × 0.797 tCO2/MWh = 23.91 t
    expect(readableLine(year.emissions.byCarrier.electricity!.explanation)).toEqual({
      kind: 'product',
      terms: [
        { value: 30, unit: 'MWh', input: 0 },
        { value: 0.797, unit: 'tCO2/MWh', factor: 'grid.ef' },
      ],
    });
    expect(readableLine(year.energy.byCarrier.electricity!.kwh.explanation)).toEqual({
      kind: 'asEntered',
      terms: [{ value: 30_000, unit: 'kWh', input: 0 }],
    });
  });

  it('writes coal CO2 with the combined factor per GJ, which multiplies back to the result', () => {
    const e = year.emissions.byCarrier.coal!.explanation;
    const line = readableLine(e);
    const product = line!.terms.reduce((p, t) => p * t.value, 1);
    expect(product).toBeCloseTo(e.result!, 9);
    expect(line!.terms.map((t) => t.unit)).toEqual(['t', 'GJ/t', 'tCO2e/GJ']);
  });

  it('writes sums and ratios with their parts', () => {
    const total = readableLine(year.energy.totalKwh.explanation);
    expect(total?.kind).toBe('sum');
    expect(total?.terms).toHaveLength(2);
    // (30,000 + 711,756) kWh ÷ 6,000 kg
    expect(readableLine(year.intensity.energyKwhPerKg.explanation)).toMatchObject({
      kind: 'ratio',
      scale: 1,
    });
  });

  it('has no line when the numbers do not add up to the result', () => {
    const e = year.energy.totalKwh.explanation;
    expect(readableLine({ ...e, result: (e.result ?? 0) + 1 })).toBeNull();
    expect(readableLine({ ...e, result: null })).toBeNull();
  });
});
