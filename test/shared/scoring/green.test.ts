import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import type { CriteriaPack } from '../../../shared/catalogue/types';
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
const run = (p: GreenProject, es = cleanEs, pack: CriteriaPack = MINI_PACK) =>
  assessGreen(p, pack, es, F, noWomen);

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

describe('a fuel switch that raises CO2 is never green (GC-GHG-2)', () => {
  // A coal boiler replaced by an electric one on the coal grid, same output (100 t):
  // baseline: 200,000 kWh + 400 t coal at 3,400 kcal/kg = 400 × 14.23512 = 5,694.048 GJ
  //   = 1,581,680 kWh → 1,781,680 kWh; CO2 = 200 MWh × 0.797 = 159.4
  //   + 5,694.048 GJ × (0.101 + (10 × 28 + 1.5 × 265) × 1e-6 = 0.1016775) = 578.95657 → 738.35657 t.
  // after: 1,350,000 kWh, no coal → site energy −(431,680 ÷ 1,781,680) = −24.2288 %,
  //   CO2 = 1,350 MWh × 0.797 = 1,075.95 t = +45.7223 %.
  const coalBoiler: ProjectFigures = {
    productionKg: 100_000,
    electricityKwh: 200_000,
    heatGcal: 0,
    coalT: 400,
    dieselL: 0,
    waterM3: 0,
  };
  const electricBoiler: ProjectFigures = { ...coalBoiler, electricityKwh: 1_350_000, coalT: 0 };
  const switchProject = project({
    baseline: coalBoiler,
    projected: electricBoiler,
    investmentMnt: 60_000_000,
  });
  const r = run(switchProject, cleanEs, ACTIVE_PACK);
  const gate = r.criteria.find((c) => c.id === 'GC-GHG-2');

  it('passes the energy criterion but fails the CO2 gate, so it is not eligible', () => {
    expect(r.specificEnergyReductionPct.value).toBeCloseTo(24.2288, 4);
    expect(r.baseline.co2T).toBeCloseTo(738.35657, 5);
    expect(r.after.co2T).toBeCloseTo(1075.95, 9);
    expect(r.criteria.find((c) => c.id === 'GC-EE-1')?.pass).toBe(true);
    expect(gate).toMatchObject({ role: 'gate', pass: false, applicable: true });
    expect(gate?.measured).toBeCloseTo(45.7223, 4);
    expect(r.blockingGates).toContain('GC-GHG-2');
    expect(r.eligible).toBe(false);
    expect(r.suggestedDecision).toBe('not_eligible');
  });

  it('says so in words: CO2 rises from X to Y t/yr', () => {
    const w = r.warnings.find((x) => x.code === 'co2Rises');
    expect(w?.criterion).toBe('GC-GHG-2');
    expect(w?.params.from).toBeCloseTo(738.35657, 5);
    expect(w?.params.to).toBeCloseTo(1075.95, 9);
    expect(gate?.explanation.explanation.formula).toContain('cannot be green');
  });

  it('applies to energy efficiency and green buildings only', () => {
    const water = run({ ...switchProject, taxonomyCode: 'MGT-WAT' }, cleanEs, ACTIVE_PACK);
    expect(water.criteria.find((c) => c.id === 'GC-GHG-2')).toMatchObject({
      pass: null,
      applicable: false,
    });
    const gb = run({ ...switchProject, taxonomyCode: 'MGT-GB' }, cleanEs, ACTIVE_PACK);
    expect(gb.blockingGates).toContain('GC-GHG-2');
  });

  it('lets a project that cuts CO2 through', () => {
    // The first project above: CO2 −27.6 % → the gate passes.
    const ok = run(project(), cleanEs, ACTIVE_PACK);
    expect(ok.criteria.find((c) => c.id === 'GC-GHG-2')?.pass).toBe(true);
    expect(ok.warnings.some((x) => x.code === 'co2Rises')).toBe(false);
  });
});

describe('payback beyond 7 years is said in words (GC-FIN-1 warnAbove)', () => {
  it('warns at 9 years, not at 3', () => {
    // 270,000,000 MNT ÷ 30,000,000 MNT/yr saved = 9 years > 7.
    const slow = run(project({ investmentMnt: 270_000_000 }), cleanEs, ACTIVE_PACK);
    expect(slow.paybackYears.value).toBeCloseTo(9, 12);
    expect(slow.warnings).toContainEqual({
      code: 'paybackLong',
      criterion: 'GC-FIN-1',
      params: { years: 9, limit: 7 },
    });
    const quick = run(project(), cleanEs, ACTIVE_PACK);
    expect(quick.warnings.some((x) => x.code === 'paybackLong')).toBe(false);
  });
});

describe('coal type (IPCC 2006 defaults per rank)', () => {
  it('uses the rank’s CO2 factor and, without a certificate, its NCV', () => {
    // 100 t bituminous, no NCV: 100 × 25.8 GJ/t = 2,580 GJ
    //   × (0.0946 + 677.5e-6 = 0.0952775) = 245.81595 t CO2e.
    // Lignite default: 100 × 14.23512 = 1,423.512 GJ × 0.1016775 = 144.73914 t.
    const fig: ProjectFigures = { ...coalOnly(100), coalType: 'bituminous' };
    const bit = run(project({ baseline: fig, projected: fig }));
    expect(bit.baseline.co2T).toBeCloseTo(245.81595, 5);
    const lig = run(project({ baseline: coalOnly(100), projected: coalOnly(100) }));
    expect(lig.baseline.co2T).toBeCloseTo(144.73914, 5);
    // With a certificate (5,000 kcal/kg), the NCV is the certificate's: 100 × 20.934 GJ/t
    //   = 2,093.4 GJ × 0.0952775 = 199.45392 t.
    const cert = { ...fig, coalNcvKcalPerKg: 5000 };
    expect(run(project({ baseline: cert, projected: cert })).baseline.co2T).toBeCloseTo(
      199.45392,
      5,
    );
  });
});

function coalOnly(t: number): ProjectFigures {
  return { productionKg: 1000, electricityKwh: 0, heatGcal: 0, coalT: t, dieselL: 0, waterM3: 0 };
}

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
