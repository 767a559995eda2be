import { computePeriodIndicators } from '../../../shared/calc/periods';
import { resolveFactors } from '../../../shared/factors';
import type { PeriodData } from '../../../shared/package/schema';

const F = resolveFactors();
type Values = PeriodData['values'];
const period = (p: string, values: Values): PeriodData => ({ period: p, values });
const one = (values: Values, p = '2025-05') => {
  const r = computePeriodIndicators([period(p, values)], ['spinning'], F).periods[0];
  if (!r) throw new Error('no period');
  return r.indicators;
};

describe('energy and emissions by carrier (hand-computed)', () => {
  it('10,000 kWh of grid electricity is 7.97 tCO2 (10 MWh × 0.797)', () => {
    const ind = one({ 'energy.electricity': { value: 10_000, unit: 'kWh' } });
    expect(ind.emissions.byCarrier.electricity?.value).toBeCloseTo(7.97, 10);
    expect(ind.emissions.scope2.value).toBeCloseTo(7.97, 10);
    expect(ind.emissions.scope1.value).toBeNull();
    expect(ind.energy.byCarrier.electricity?.gj.value).toBeCloseTo(36, 10);
    expect(ind.emissions.byCarrier.electricity?.explanation.factors[0]?.id).toBe('grid.ef');
  });

  it('the same electricity entered in MWh gives the same result', () => {
    const ind = one({ 'energy.electricity': { value: 10, unit: 'MWh' } });
    expect(ind.emissions.total.value).toBeCloseTo(7.97, 10);
  });

  it('coal at the default 3,400 kcal/kg and at a certificate NCV', () => {
    // 10 t × 14.23512 GJ/t = 142.3512 GJ; × 0.1016775 tCO2e/GJ = 14.47391
    const ind = one({ 'energy.coal': { value: 10, unit: 't' } });
    expect(ind.energy.byCarrier.coal?.gj.value).toBeCloseTo(142.3512, 6);
    expect(ind.energy.byCarrier.coal?.kwh.value).toBeCloseTo(39_542, 0);
    expect(ind.emissions.scope1.value).toBeCloseTo(14.47391, 4);
    // 10 t × 3000 × 4.1868 / 1000 = 125.604 GJ
    const cert = one({ 'energy.coal': { value: 10, unit: 't', ncvKcalPerKg: 3000 } });
    expect(cert.energy.totalGj.value).toBeCloseTo(125.604, 6);
    expect(cert.energy.byCarrier.coal?.gj.explanation.factors[0]?.id).toBe('coal.ncv.certificate');
  });

  it('liquid fuels, heat and steam', () => {
    const ind = one({
      'energy.diesel': { value: 1000, unit: 'L' }, // 0.84 t × 43 = 36.12 GJ × 0.074343 = 2.685269
      'energy.gasoline': { value: 1000, unit: 'L' }, // 0.74 × 44.3 = 32.782 GJ × 0.071072 = 2.329882
      'energy.lpg': { value: 1000, unit: 'kg' }, // 47.3 GJ × 0.0631545 = 2.987208
      'energy.district_heat': { value: 100, unit: 'Gcal' }, // × 0.5285835 = 52.85835
      'energy.steam': { value: 10, unit: 't' }, // 27 GJ × 0.101 / 0.8 = 3.40875
    });
    expect(ind.emissions.byCarrier.diesel?.value).toBeCloseTo(2.685269, 5);
    expect(ind.emissions.byCarrier.gasoline?.value).toBeCloseTo(2.329882, 5);
    expect(ind.emissions.byCarrier.lpg?.value).toBeCloseTo(2.987208, 5);
    expect(ind.emissions.byCarrier.district_heat?.value).toBeCloseTo(52.85835, 4);
    expect(ind.emissions.byCarrier.steam?.value).toBeCloseTo(3.40875, 5);
    expect(ind.emissions.scope1.value).toBeCloseTo(2.685269 + 2.329882 + 2.987208, 4);
    expect(ind.emissions.scope2.value).toBeCloseTo(52.85835 + 3.40875, 4);
    expect(ind.energy.totalGj.value).toBeCloseTo(36.12 + 32.782 + 47.3 + 418.68 + 27, 6);
  });

  it('solar counts as energy but not as emissions', () => {
    const ind = one({ 'energy.solar_generated': { value: 1000, unit: 'kWh' } });
    expect(ind.energy.totalKwh.value).toBeCloseTo(1000, 9);
    expect(ind.emissions.total.value).toBeNull();
  });
});

describe('intensities and labour', () => {
  const ind = one({
    'production.output_kg': { value: 5000, unit: 'kg' },
    'energy.electricity': { value: 10_000, unit: 'kWh' },
    'water.municipal': { value: 40, unit: 'm3' },
    'water.groundwater': { value: 10, unit: 'm3' },
    'water.recycled': { value: 99, unit: 'm3' },
    'labour.employees': { value: 50, unit: 'persons' },
    'labour.women': { value: 30, unit: 'persons' },
    'labour.hours_worked': { value: 8000, unit: 'h' },
    'labour.lost_time_injuries': { value: 2, unit: 'count' },
    'labour.training_hours': { value: 100, unit: 'h' },
    'labour.overtime_hours': { value: 400, unit: 'h' },
    'labour.lowest_wage_mnt': { value: 800_000, unit: 'MNT' },
  });

  it('divides by output', () => {
    expect(ind.intensity.energyKwhPerKg.value).toBeCloseTo(2, 10);
    expect(ind.water.intakeM3.value).toBe(50); // recycled water is not intake
    expect(ind.intensity.waterLPerKg.value).toBeCloseTo(10, 10);
    expect(ind.intensity.co2KgPerKg.value).toBeCloseTo(1.594, 10);
  });

  it('computes the labour ratios', () => {
    expect(ind.labour.womenSharePct.value).toBeCloseTo(60, 10);
    expect(ind.labour.ltifr.value).toBeCloseTo(250, 10);
    expect(ind.labour.trainingHoursPerEmployee.value).toBeCloseTo(2, 10);
    expect(ind.labour.overtimeSharePct.value).toBeCloseTo(5, 10);
    expect(ind.labour.lowestWage.ratio.value).toBeCloseTo(800_000 / 792_000, 10);
    expect(ind.labour.lowestWage.pass).toBe(true);
  });

  it('returns null, not NaN, when the denominator is missing', () => {
    const empty = one({ 'energy.electricity': { value: 100, unit: 'kWh' } });
    expect(empty.intensity.energyKwhPerKg.value).toBeNull();
    expect(empty.labour.ltifr.value).toBeNull();
    expect(empty.labour.lowestWage.pass).toBeNull();
  });

  it('checks the wage against the minimum in force that month', () => {
    const wage = { 'labour.lowest_wage_mnt': { value: 700_000, unit: 'MNT' } };
    expect(one(wage, '2025-03').labour.lowestWage.pass).toBe(true); // 660,000
    expect(one(wage, '2025-04').labour.lowestWage.pass).toBe(false); // 792,000
    expect(one(wage, '2025').labour.lowestWage.pass).toBe(false); // year: highest in force
  });
});
