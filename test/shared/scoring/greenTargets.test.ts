import { describe, expect, it } from 'vitest';
import { resolveFactors } from '../../../shared/factors';
import type { GreenProject, ProjectFigures } from '../../../shared/package/schema';
import { screenEs } from '../../../shared/scoring/es';
import { assessGreen } from '../../../shared/scoring/green';
import { greenTargets } from '../../../shared/scoring/greenTargets';
import { womenLed } from '../../../shared/scoring/womenLed';
import { basePackage } from '../engine/fixtures/basePackage';
import { MINI_PACK } from '../engine/fixtures/miniPack';

const F = resolveFactors();
const baseline: ProjectFigures = {
  productionKg: 100_000,
  electricityKwh: 200_000,
  heatGcal: 0,
  coalT: 0,
  dieselL: 0,
  waterM3: 5000,
  energyCostMnt: 100_000_000,
};
const pkg = basePackage();
const es = screenEs(pkg, MINI_PACK, { asOf: '2025-06-30', signingDate: '2025-07-01' });
const run = (projected: ProjectFigures, investmentMnt = 90_000_000) =>
  assessGreen(
    {
      title: 'Motors',
      measure: 'M-MOTOR',
      taxonomyCode: 'MGT-EE',
      investmentMnt,
      lifetimeYears: 10,
      baseline,
      projected,
    } satisfies GreenProject,
    MINI_PACK,
    es,
    F,
    womenLed(pkg.organisation, null),
  );

describe('greenTargets: what a failing criterion needs', () => {
  it('names the figure that reaches each missed reduction (hand-computed)', () => {
    // Electricity 200,000 → 190,000 kWh on 100,000 kg: 2.0 → 1.9 kWh/kg, a 5 % saving.
    // The 20 % needs 2.0 × (1 − 0.20) = 1.6 kWh/kg. Water 50 → 45 L/kg needs 50 × 0.8 = 40 L/kg.
    const r = run({ ...baseline, electricityKwh: 190_000, waterM3: 4500 });
    const { reductions } = greenTargets(r);
    const energy = reductions.find((t) => t.criterionId === 'GC-EE-1');
    expect(energy?.measure).toBe('energy');
    expect(energy?.base).toBeCloseTo(2, 9);
    expect(energy?.now).toBeCloseTo(1.9, 9);
    expect(energy?.need).toBeCloseTo(1.6, 9);
    const water = reductions.find((t) => t.criterionId === 'GC-WAT-1');
    expect(water?.need).toBeCloseTo(40, 9);
    // CO2 per kg falls by the same 5 % (electricity only): it needs 80 % of the baseline.
    const co2 = reductions.find((t) => t.criterionId === 'GC-GHG-1');
    expect(co2?.measure).toBe('co2Intensity');
    expect((co2?.need ?? 0) / (co2?.base ?? 1)).toBeCloseTo(0.8, 9);
  });

  it('lists nothing for a criterion that passes', () => {
    // 200,000 → 150,000 kWh: a 25 % saving passes the 20 %.
    const r = run({ ...baseline, electricityKwh: 150_000, waterM3: 3500 });
    const ids = greenTargets(r).reductions.map((t) => t.criterionId);
    expect(ids).not.toContain('GC-EE-1');
    expect(ids).not.toContain('GC-WAT-1');
  });

  it('says the payback needed when it is too long', () => {
    // Saves 10 % of 100 M MNT = 10 M a year against 90 M: 9 years, more than 5.
    const r = run({ ...baseline, electricityKwh: 150_000, energyCostMnt: 90_000_000 });
    expect(greenTargets(r).payback).toEqual({
      criterionId: 'GC-FIN-1',
      thresholdYears: 5,
      nowYears: r.paybackYears.value,
    });
    expect(r.paybackYears.value).toBeCloseTo(9, 9);
  });
});
