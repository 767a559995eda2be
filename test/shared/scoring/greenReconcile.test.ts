import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import type { CriteriaPack } from '../../../shared/catalogue/types';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { resolveFactors } from '../../../shared/factors';
import { HDD_NORMAL_UB, monthsBetween, monthsOf } from '../../../shared/factors/heatingDegreeDays';
import type { GreenProject, ProjectFigures } from '../../../shared/package/schema';
import { screenEs } from '../../../shared/scoring/es';
import { assessGreen } from '../../../shared/scoring/green';
import type { Baseline } from '../../../shared/scoring/greenBaseline';
import { womenLed } from '../../../shared/scoring/womenLed';
import { scourerDehairerExample } from '../../../cli/examples/scourerDehairer';
import { basePackage } from '../engine/fixtures/basePackage';

const example = scourerDehairerExample();
const ASOF = { asOf: '2026-03-01' };
const check = (p = example) => scorePackage(p, ACTIVE_PACK, ASOF).green;

describe('the typed baseline is checked against the last 12 months of records (GC-BASE-1)', () => {
  it('reports typed, recorded, difference and reason per figure for the example', () => {
    const g = check();
    const byFigure = Object.fromEntries(
      (g?.baselineCheck?.figures ?? []).map((x) => [x.figure, x]),
    );
    expect(g?.baselineCheck?.periods).toEqual(monthsBetween('2025-01', '2025-12'));
    // coal: typed 159 t, the twelve months of 2025 add up to 153.4 t:
    // (159 − 153.4) ÷ 153.4 × 100 = 5.6 ÷ 153.4 × 100 = 3.6506 %, within the pack's 5 %
    expect(byFigure.coalT).toMatchObject({ typed: 159, reason: 'within', beyond: false });
    expect(byFigure.coalT?.recorded).toBeCloseTo(153.4, 9);
    expect(byFigure.coalT?.diffPct).toBeCloseTo(3.6506, 4);
    // diesel: 7 months × 480 L + 5 peak months × 720 L = 3,360 + 3,600 = 6,960 L recorded;
    // typed 6,720: (6,720 − 6,960) ÷ 6,960 × 100 = −3.4483 %
    expect(byFigure.dieselL?.recorded).toBe(6960);
    expect(byFigure.dieselL?.diffPct).toBeCloseTo(-3.4483, 4);
    // electricity: 12 × 24,000 + 300,000 kg × 1.6 = 768,000 kWh, typed the same
    expect(byFigure.electricityKwh).toMatchObject({ typed: 768_000, recorded: 768_000 });
    expect(byFigure.electricityKwh?.diffPct).toBe(0);
    const gc = g?.criteria.find((c) => c.id === 'GC-BASE-1');
    expect(gc).toMatchObject({ role: 'flag', threshold: 5, pass: true });
    expect(gc?.measured).toBeCloseTo(3.6506, 4);
    expect(g?.warnings.map((w) => w.code)).not.toContain('baselineDiffers');
  });

  it('warns beyond the tolerance, and a flag never changes the decision', () => {
    const p = structuredClone(example);
    if (!p.project) throw new Error('no project');
    p.project.baseline.coalT = 170;
    const g = check(p);
    // (170 − 153.4) ÷ 153.4 × 100 = 16.6 ÷ 153.4 × 100 = 10.8214 % > 5 %
    const coal = g?.baselineCheck?.figures.find((x) => x.figure === 'coalT');
    expect(coal).toMatchObject({ reason: 'typedAbove', beyond: true });
    expect(coal?.diffPct).toBeCloseTo(10.8214, 4);
    expect(g?.baselineCheck?.beyondCount).toBe(1);
    expect(g?.criteria.find((c) => c.id === 'GC-BASE-1')?.pass).toBe(false);
    const w = g?.warnings.find((x) => x.code === 'baselineDiffers');
    expect(w?.params.tolerance).toBe(5);
    expect(w?.params.largest).toBeCloseTo(10.8214, 4);
    expect(g?.suggestedDecision).toBe(check()?.suggestedDecision);
  });

  it('names a figure typed with nothing recorded, and one recorded but left out', () => {
    const p = structuredClone(example);
    if (!p.project) throw new Error('no project');
    p.project.baseline.lpgKg = 500;
    p.project.baseline.dieselL = 0;
    const figures = check(p)?.baselineCheck?.figures ?? [];
    expect(figures.find((x) => x.figure === 'lpgKg')).toMatchObject({
      typed: 500,
      recorded: 0,
      diffPct: null,
      reason: 'onlyTyped',
      beyond: true,
    });
    // (0 − 6,960) ÷ 6,960 × 100 = −100 %
    expect(figures.find((x) => x.figure === 'dieselL')).toMatchObject({
      reason: 'onlyRecorded',
      diffPct: -100,
      beyond: true,
    });
  });

  it('is not applicable without records', () => {
    const p = structuredClone(example);
    p.periods = [];
    const g = check(p);
    expect(g?.baselineCheck).toBeNull();
    expect(g?.criteria.find((c) => c.id === 'GC-BASE-1')?.pass).toBeNull();
  });

  it('takes its tolerance from the pack', () => {
    const pack = structuredClone<CriteriaPack>(ACTIVE_PACK);
    const gc = pack.greenCriteria.find((c) => c.id === 'GC-BASE-1');
    if (!gc) throw new Error('no GC-BASE-1');
    (gc as { threshold: number }).threshold = 3;
    const g = scorePackage(example, pack, ASOF).green;
    // coal 3.65 % > 3 %, diesel 3.45 % > 3 %
    expect(g?.baselineCheck?.beyondCount).toBe(2);
    expect(g?.criteria.find((c) => c.id === 'GC-BASE-1')?.pass).toBe(false);
  });
});

describe('heating degree days for Ulaanbaatar (normal year)', () => {
  it('are (18 − monthly mean) × days', () => {
    // January (18 + 21.6) × 31 = 1,227.6; July (18 − 17.5) × 31 = 15.5
    expect(HDD_NORMAL_UB[0]).toBe(1228);
    expect(HDD_NORMAL_UB[6]).toBe(16);
    // 1228 + 969 + 787 + 501 + 276 + 90 + 16 + 78 + 279 + 552 + 849 + 1147 = 6,772
    expect(HDD_NORMAL_UB.reduce((a, b) => a + b, 0)).toBe(6772);
  });

  it('count the months of a period', () => {
    expect(monthsOf('2025')).toHaveLength(12);
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
  });
});

describe('heat savings are compared for a normal winter', () => {
  const pkg = basePackage();
  const es = screenEs(pkg, ACTIVE_PACK, { asOf: '2025-06-30', signingDate: '2025-07-01' });
  const women = womenLed(pkg.organisation, null);
  const heatOnly = (heatGcal: number): ProjectFigures => ({
    productionKg: 100_000,
    electricityKwh: 0,
    heatGcal,
    coalT: 0,
    dieselL: 0,
    waterM3: 0,
  });
  const months2027 = monthsBetween('2027-01', '2027-12');
  // A mild 2027: every month had 80 % of its normal degree days (6,772 × 0.8 = 5,417.6).
  const mild = Object.fromEntries(months2027.map((m, i) => [m, (HDD_NORMAL_UB[i] ?? 0) * 0.8]));
  const project: GreenProject = {
    title: 'Insulation',
    measure: 'GM-INSULATION',
    taxonomyCode: 'MGT-EE',
    investmentMnt: 100_000_000,
    lifetimeYears: 20,
    baseline: heatOnly(2000),
    projected: heatOnly(2000),
    verification: { measured: heatOnly(1600), measuredFrom: '2027-01', measuredTo: '2027-12' },
  };

  it('a mild winter cannot make a 20 % saving', () => {
    // Raw: (2,000 − 1,600) ÷ 2,000 = 20 %. Normalised: 1,600 × 6,772 ÷ 5,417.6 = 1,600 × 1.25
    // = 2,000 Gcal, so no saving at all.
    const raw = assessGreen(project, ACTIVE_PACK, es, resolveFactors(), women);
    expect(raw.specificEnergyReductionPct.value).toBeCloseTo(20, 9);
    const f = resolveFactors({ heatingDegreeDays: mild });
    const r = assessGreen(project, ACTIVE_PACK, es, f, women);
    expect(r.weather.after).toMatchObject({ normal: 6772, known: 12, months: 12 });
    expect(r.weather.after?.actual).toBeCloseTo(5417.6, 9);
    expect(r.specificEnergyReductionPct.value).toBeCloseTo(0, 9);
    expect(r.co2ReductionPct.value).toBeCloseTo(0, 9);
    expect(r.criteria.find((c) => c.id === 'GC-EE-1')?.pass).toBe(false);
    expect(r.warnings.find((w) => w.code === 'heatWeatherMeasured')?.params).toEqual({
      actual: r.weather.after?.actual,
      normal: 6772,
    });
    const factor = r.specificEnergyReductionPct.explanation.inputs.find(
      (i) => i.labelKey === 'green.weatherAfter',
    );
    expect(factor?.value).toBeCloseTo(1.25, 12);
  });

  it('a cold baseline year is brought to a normal one', () => {
    // 2025 had 110 % of normal: 2,200 Gcal typed × 6,772 ÷ 7,449.2 = 2,200 ÷ 1.1 = 2,000 Gcal,
    // so a projection of 2,000 Gcal in a normal year saves nothing (raw it would be 9.09 %).
    const cold = Object.fromEntries(
      monthsBetween('2025-01', '2025-12').map((m, i) => [m, (HDD_NORMAL_UB[i] ?? 0) * 1.1]),
    );
    const records: Baseline = {
      figures: heatOnly(2200),
      periods: monthsBetween('2025-01', '2025-12'),
    };
    const p: GreenProject = { ...project, baseline: heatOnly(2200) };
    delete p.verification;
    const f = resolveFactors({ heatingDegreeDays: cold });
    const r = assessGreen(p, ACTIVE_PACK, es, f, women, records);
    expect(r.weather.baseline?.actual).toBeCloseTo(7449.2, 9);
    expect(r.weather.after).toBeNull();
    expect(r.specificEnergyReductionPct.value).toBeCloseTo(0, 9);
    const raw = assessGreen(p, ACTIVE_PACK, es, resolveFactors(), women, records);
    // (2,200 − 2,000) ÷ 2,200 × 100 = 9.0909 %
    expect(raw.specificEnergyReductionPct.value).toBeCloseTo(9.0909, 4);
    expect(raw.warnings.map((w) => w.code)).not.toContain('heatWeatherBaseline');
  });

  it('refuses degree days not given per month', async () => {
    const { factorOverridesSchema } = await import('../../../shared/package/schema');
    expect(factorOverridesSchema.safeParse({ heatingDegreeDays: { '2027-01': 900 } }).success).toBe(
      true,
    );
    expect(factorOverridesSchema.safeParse({ heatingDegreeDays: { '2027': 6000 } }).success).toBe(
      false,
    );
    expect(factorOverridesSchema.safeParse({ heatingDegreeDays: { '2027-01': -1 } }).success).toBe(
      false,
    );
  });
});
