import { resolveFactors } from '../../../shared/factors';
import type { GreenProject, ProjectFigures } from '../../../shared/package/schema';
import { screenEs } from '../../../shared/scoring/es';
import { assessGreen } from '../../../shared/scoring/green';
import { womenLed } from '../../../shared/scoring/womenLed';
import { basePackage } from '../engine/fixtures/basePackage';
import { MINI_PACK } from '../engine/fixtures/miniPack';

const F = resolveFactors();
const OPTS = { asOf: '2025-06-30', signingDate: '2025-07-01' };
const baseline: ProjectFigures = {
  productionKg: 100_000,
  electricityKwh: 200_000,
  heatGcal: 100,
  coalT: 50,
  coalNcvKcalPerKg: 3400,
  dieselL: 1000,
  waterM3: 5000,
  energyCostMnt: 100_000_000,
};
const projected: ProjectFigures = {
  ...baseline,
  electricityKwh: 150_000,
  heatGcal: 80,
  coalT: 30,
  waterM3: 3500,
  energyCostMnt: 70_000_000,
};
const project = (over: Partial<GreenProject> = {}): GreenProject => ({
  title: 'Boiler',
  measure: 'M-BOILER',
  taxonomyCode: 'MGT-EE',
  investmentMnt: 90_000_000,
  lifetimeYears: 10,
  baseline,
  projected,
  ...over,
});
const pkg = basePackage();
const cleanEs = screenEs(pkg, MINI_PACK, OPTS);
const noWomen = womenLed(pkg.organisation, null);
const run = (p: GreenProject, es = cleanEs) => assessGreen(p, MINI_PACK, es, F, noWomen);

describe('assessGreen (hand-computed)', () => {
  const r = run(project());

  it('computes specific energy, CO2 and water reductions', () => {
    // baseline kWh-eq: 200,000 + 100 Gcal × 1163 + 50 t × 14.23512 GJ/t ÷ 0.0036 + 36.12 GJ ÷ 0.0036
    expect(r.baseline.energyKwhEq).toBeCloseTo(524_043.33, 2);
    expect(r.after.energyKwhEq).toBeCloseTo(371_699.33, 2);
    expect(r.specificEnergyReductionPct.value).toBeCloseTo(29.0709, 4);
    // 159.4 + 52.858 + 72.370 + 2.685 = 287.313 t → 207.944 t
    expect(r.baseline.co2T).toBeCloseTo(287.3132, 4);
    expect(r.co2ReductionPct.value).toBeCloseTo(27.6247, 4);
    expect(r.co2AvoidedTPerYear.value).toBeCloseTo(79.3695, 4);
    // 50 L/kg → 35 L/kg
    expect(r.waterIntensityReductionPct.value).toBeCloseTo(30, 9);
  });

  it('computes savings and payback from stated costs', () => {
    expect(r.mntSavedPerYear.value).toBe(30_000_000);
    expect(r.paybackYears.value).toBeCloseTo(3, 12);
  });

  it('judges each criterion and decides eligibility', () => {
    const byId = Object.fromEntries(r.criteria.map((c) => [c.id, c]));
    expect(byId['GC-EE-1']).toMatchObject({
      pass: true,
      applicable: true,
      qualifying: true,
      threshold: 20,
    });
    expect(byId['GC-GHG-1']).toMatchObject({ pass: true, qualifying: true });
    expect(byId['GC-WAT-1']).toMatchObject({ pass: true, qualifying: false });
    expect(byId['GC-RE-1']).toMatchObject({ pass: null, applicable: false });
    expect(byId['GC-FIN-1']).toMatchObject({ pass: true, measured: 3 });
    expect(byId['GC-ES-1']).toMatchObject({ role: 'gate', pass: true });
    expect(byId['GC-GEN-1']).toMatchObject({ role: 'flag', pass: false });
    expect(r.qualifyingPassed).toEqual(['GC-EE-1', 'GC-GHG-1']);
    expect(r.eligible).toBe(true);
    expect(r.suggestedDecision).toBe('eligible_subject_to_verification');
    expect(r.taxonomyKnown && r.measureKnown).toBe(true);
  });

  it('only criteria of the taxonomy category qualify', () => {
    const water = run(
      project({ taxonomyCode: 'MGT-WAT', projected: { ...projected, waterM3: 4500 } }),
    );
    // 50 → 45 L/kg = 10 % < 20 %
    expect(water.waterIntensityReductionPct.value).toBeCloseTo(10, 9);
    expect(water.eligible).toBe(false);
    expect(run(project({ taxonomyCode: 'NOPE' }))).toMatchObject({
      eligible: false,
      taxonomyKnown: false,
    });
  });

  it('the E&S gate blocks an otherwise eligible project', () => {
    const withHigh = screenEs(
      basePackage({
        es: {
          exclusions: {},
          checks: { 'ES-LEG-1': { result: 'finding', confirmed: true } },
          documentsReceived: [],
        },
      }),
      MINI_PACK,
      OPTS,
    );
    const r2 = run(project(), withHigh);
    expect(r2.blockingGates).toEqual(['GC-ES-1']);
    expect(r2.eligible).toBe(false);
    expect(r2.suggestedDecision).toBe('not_eligible');
    expect(r2.criteria.find((c) => c.id === 'GC-ES-1')?.explanation.explanation.criteria).toContain(
      'ES-LEG-1',
    );
  });

  it('falls back to the documented price hints when no costs are given', () => {
    const b: ProjectFigures = { ...baseline, energyCostMnt: undefined };
    const p: ProjectFigures = { ...projected, energyCostMnt: undefined };
    const r3 = run(project({ baseline: b, projected: p }));
    // 50,000 kWh × 250 + 20 Gcal × 40,000 + 20 t × 150,000 + 1,500 m3 × 2,000 = 19,300,000
    expect(r3.mntSavedPerYear.value).toBe(19_300_000);
    expect(r3.paybackYears.value).toBeCloseTo(90 / 19.3, 12);
    expect(r3.mntSavedPerYear.explanation.factors.map((f) => f.source.provenance)).toContain('D');
  });

  it('no savings means no payback and the payback criterion fails', () => {
    const r4 = run(project({ projected: { ...projected, energyCostMnt: 120_000_000 } }));
    expect(r4.paybackYears.value).toBeNull();
    expect(r4.criteria.find((c) => c.id === 'GC-FIN-1')?.pass).toBe(false);
  });

  it('uses verified figures when present and then suggests "eligible"', () => {
    const r5 = run(
      project({
        verification: { measured: projected, measuredFrom: '2025-01', measuredTo: '2025-12' },
      }),
    );
    expect(r5.basis).toBe('verified');
    expect(r5.suggestedDecision).toBe('eligible');
  });
});

describe('womenLed', () => {
  it('is a flag from any of three criteria', () => {
    const o = pkg.organisation;
    expect(womenLed(o, 39.9).flag).toBe(false);
    expect(womenLed(o, 40).met).toEqual(['staff']);
    expect(womenLed({ ...o, womenOwnershipPct: 51 }, null).met).toEqual(['ownership']);
    expect(womenLed({ ...o, womenSeniorMgmtPct: 30 }, null).met).toEqual(['senior_management']);
    expect(womenLed({ ...o, womenOwnershipPct: 50.9, womenSeniorMgmtPct: 29.9 }, 10).flag).toBe(
      false,
    );
  });
});
