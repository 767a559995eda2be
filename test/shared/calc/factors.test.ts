import {
  FACTORS_V1,
  factorsFor,
  getFactor,
  heatEfPerGcal,
  minimumWageOn,
  resolveFactors,
} from '../../../shared/factors';

describe('FACTORS_V1', () => {
  it('cites a source and provenance for every factor', () => {
    for (const f of Object.values(FACTORS_V1.factors)) {
      expect(f.source.citation.length).toBeGreaterThan(5);
      expect(['S', 'K', 'K?', 'D']).toContain(f.source.provenance);
      expect(Number.isFinite(f.value)).toBe(true);
    }
  });

  it('holds the JCM grid factor and says it is conservative', () => {
    const grid = getFactor(FACTORS_V1, 'grid.ef');
    expect(grid.value).toBe(0.797);
    expect(grid.note).toMatch(/understates/);
    expect(getFactor(FACTORS_V1, 'captive_diesel.ef').value).toBe(0.533);
    expect(getFactor(FACTORS_V1, 'gwp.ch4').value).toBe(28);
    expect(getFactor(FACTORS_V1, 'gwp.n2o').value).toBe(265);
  });

  it('derives the district heat factor from lignite and supply efficiency (reference §5.2)', () => {
    // 4.1868 × 0.101 ÷ 0.80 = 0.52858; ÷ 0.50 = 0.84573; ÷ 0.85 = 0.49749
    expect(heatEfPerGcal(0.101, 0.8)).toBeCloseTo(0.52858, 5);
    expect(heatEfPerGcal(0.101, 0.5)).toBeCloseTo(0.84573, 5);
    expect(heatEfPerGcal(0.101, 0.85)).toBeCloseTo(0.49749, 5);
    expect(resolveFactors().heatTco2PerGcal).toBeCloseTo(0.52858, 5);
  });

  it('applies package overrides on top and marks them', () => {
    const f = resolveFactors({
      gridTco2PerMwh: 1.1,
      heatSupplyEfficiency: 0.5,
      coalNcvKcalPerKg: 3000,
    });
    expect(f.gridTco2PerMwh).toBe(1.1);
    expect(f.heatTco2PerGcal).toBeCloseTo(0.84573, 5);
    expect(f.coalNcvKcalPerKg).toBe(3000);
    expect(f.cite['grid.ef']?.source.citation).toMatch(/override/);
    expect(factorsFor(undefined)).toBe(factorsFor({}));
    expect(factorsFor({ gridTco2PerMwh: 1 }).gridTco2PerMwh).toBe(1);
  });

  it('combines CO2, CH4 and N2O at AR5 GWPs per GJ of fuel', () => {
    const f = resolveFactors();
    // lignite: 0.101 + (10 × 28 + 1.5 × 265) × 1e-6
    expect(f.fuelCo2ePerGj.coal).toBeCloseTo(0.1016775, 9);
    // diesel stationary: 0.0741 + (3 × 28 + 0.6 × 265) × 1e-6
    expect(f.fuelCo2ePerGj.diesel).toBeCloseTo(0.074343, 9);
    // gasoline road: 0.0693 + (33 × 28 + 3.2 × 265) × 1e-6
    expect(f.fuelCo2ePerGj.gasoline).toBeCloseTo(0.071072, 9);
  });
});

describe('minimumWageOn', () => {
  it('returns the rate in force for a month', () => {
    // Before 2020 no rate is on file; 2020–2022 at MNT 420,000 (issue 15 rule 7: 2022 is judged).
    expect(minimumWageOn('2019-12')).toBeUndefined();
    expect(minimumWageOn('2020-01')?.mntPerMonth).toBe(420_000);
    expect(minimumWageOn('2022-12')?.mntPerMonth).toBe(420_000);
    expect(minimumWageOn('2023-06')?.mntPerMonth).toBe(550_000);
    expect(minimumWageOn('2024-01')?.mntPerMonth).toBe(660_000);
    expect(minimumWageOn('2025-03')?.mntPerMonth).toBe(660_000);
    expect(minimumWageOn('2025-04')?.mntPerMonth).toBe(792_000);
    expect(minimumWageOn('2026-11')?.mntPerMonth).toBe(792_000);
  });

  it('takes the highest rate in force during a year given as one figure', () => {
    expect(minimumWageOn('2024')?.mntPerMonth).toBe(660_000);
    expect(minimumWageOn('2025')?.mntPerMonth).toBe(792_000);
    expect(minimumWageOn('2023')?.mntPerMonth).toBe(550_000);
  });
});
