import fc from 'fast-check';
import { METRIC_IDS } from '../../../shared/catalogue/metricIds';
import {
  ENERGY_UNITS,
  convertEnergy,
  convertMass,
  convertVolume,
  fromCanonical,
  allowedUnits,
  ncvGjPerTToKcalPerKg,
  ncvKcalPerKgToGjPerT,
  toCanonical,
  tryToCanonical,
} from '../../../shared/units';

// Property runs are CPU-bound; a busy shared machine must not turn them into timeouts.
vi.setConfig({ testTimeout: 60_000 });

describe('energy conversions (reference §5.4)', () => {
  it('matches the standard equivalences', () => {
    expect(convertEnergy(1, 'Gcal', 'GJ')).toBeCloseTo(4.1868, 10);
    expect(convertEnergy(1, 'Gcal', 'MWh')).toBeCloseTo(1.163, 10);
    expect(convertEnergy(1, 'MWh', 'Gcal')).toBeCloseTo(0.8598, 4);
    expect(convertEnergy(1, 'kWh', 'MJ')).toBeCloseTo(3.6, 10);
    expect(convertEnergy(1, 'toe', 'GJ')).toBeCloseTo(41.868, 10);
    expect(convertEnergy(1, 'tce', 'GJ')).toBeCloseTo(29.3076, 10);
    expect(convertEnergy(1, 'TJ', 'MWh')).toBeCloseTo(277.78, 2);
    expect(convertEnergy(1_000_000, 'kcal', 'Gcal')).toBeCloseTo(1, 10);
  });

  it('converts NCV between kcal/kg and GJ/t', () => {
    expect(ncvKcalPerKgToGjPerT(3400)).toBeCloseTo(14.235, 3);
    expect(ncvGjPerTToKcalPerKg(11.9)).toBeCloseTo(2842.3, 1);
  });

  it('round-trips any energy value through any pair of units', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom(...ENERGY_UNITS),
        fc.constantFrom(...ENERGY_UNITS),
        (v, a, b) => {
          const back = convertEnergy(convertEnergy(v, a, b), b, a);
          expect(Math.abs(back - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
        },
      ),
    );
  });

  it('converts mass and volume', () => {
    expect(convertMass(2.5, 't', 'kg')).toBe(2500);
    expect(convertVolume(3, 'm3', 'L')).toBe(3000);
  });
});

describe('toCanonical', () => {
  it('converts the units the catalogue allows', () => {
    expect(toCanonical('energy.electricity', 2, 'MWh')).toBe(2000);
    expect(toCanonical('energy.district_heat', 4.1868, 'GJ')).toBeCloseTo(1, 10);
    expect(toCanonical('energy.district_heat', 1.163, 'MWh')).toBeCloseTo(1, 10);
    expect(toCanonical('energy.diesel', 84, 'kg')).toBeCloseTo(100, 10); // 0.84 kg/L
    expect(toCanonical('energy.lpg', 100, 'L')).toBeCloseTo(51, 10); // 0.51 kg/L
    expect(toCanonical('water.municipal', 2500, 'L')).toBeCloseTo(2.5, 10);
    expect(toCanonical('energy.steam', 27, 'GJ')).toBeCloseTo(10, 10); // 2.7 GJ/t
    expect(toCanonical('production.output_kg', 1.5, 't')).toBe(1500);
  });

  it('turns coal energy into tonnes with the NCV (default 3,400 kcal/kg)', () => {
    // 142.3512 GJ ÷ (3400 × 4.1868 ÷ 1000 GJ/t) = 10 t
    expect(toCanonical('energy.coal', 142.3512, 'GJ')).toBeCloseTo(10, 6);
    expect(toCanonical('energy.coal', 34, 'Gcal')).toBeCloseTo(10, 6);
    expect(toCanonical('energy.coal', 30, 'Gcal', 3000)).toBeCloseTo(10, 6);
  });

  it('refuses a unit the metric does not allow', () => {
    expect(() => toCanonical('energy.electricity', 1, 'Gcal')).toThrow(RangeError);
    expect(tryToCanonical('water.municipal', 1, 'kg')).toBeNull();
    expect(tryToCanonical('water.municipal', 1, 'toString')).toBeNull();
  });

  it('round-trips every allowed unit of every metric', () => {
    const pairs = METRIC_IDS.flatMap((id) => allowedUnits(id).map((u) => [id, u] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 1000, max: 8000 }),
        ([id, unit], v, ncv) => {
          const back = fromCanonical(id, toCanonical(id, v, unit, ncv), unit, ncv);
          expect(Math.abs(back - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, v));
        },
      ),
    );
  });
});
