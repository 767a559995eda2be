import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import type { CriteriaPack } from '../../../shared/catalogue/types';
import { demoPackages } from '../../../shared/demo';
import type { ApplicationPackage, PeriodData } from '../../../shared/package/schema';
import {
  checkGreenThreshold,
  checkLargestCo2Source,
  checkMinimumWage,
  checkScreeningCategory,
  CREDIBLE_CHANGE_PCT,
  DEMO_IDS,
  EXERCISES,
} from '../../../shared/workshop';

const demos = demoPackages(ACTIVE_PACK);
const demo = (id: string) => structuredClone(demos.find((p) => p.organisation.id === id)!);

/** Twelve identical months of one year with only electricity and coal. */
function twoCarrierPackage(kwh: number, coalT: number): ApplicationPackage {
  const pkg = demo(DEMO_IDS.erdene);
  pkg.periods = Array.from({ length: 12 }, (_, i): PeriodData => ({
    period: `2025-${String(i + 1).padStart(2, '0')}`,
    values: {
      'production.output_kg': { value: 1000, unit: 'kg' },
      'energy.electricity': { value: kwh, unit: 'kWh' },
      'energy.coal': { value: coalT, unit: 't', ncvKcalPerKg: 3400 },
    },
  }));
  return pkg;
}

describe('exercise definitions', () => {
  it('every exercise has a bilingual title, task and at least two hints', () => {
    expect(EXERCISES.map((e) => e.id)).toEqual([
      'largest-co2-source',
      'green-threshold',
      'screen-category',
      'minimum-wage',
    ]);
    for (const e of EXERCISES) {
      expect(demos.some((p) => p.organisation.id === e.companyId)).toBe(true);
      for (const t of [e.title, e.task, ...e.hints]) {
        expect(t.en.length).toBeGreaterThan(10);
        expect(t.mn).toMatch(/[А-Яа-яӨөҮүЁё]/);
      }
      expect(e.hints.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('find the largest CO2 source', () => {
  it('electricity wins when a firm burns almost no coal', () => {
    // 100 MWh a month of grid power against 1 t of coal: ~80 t CO2 against ~2 t.
    const pkg = twoCarrierPackage(100_000, 1);
    const right = checkLargestCo2Source(pkg, ACTIVE_PACK, 'electricity');
    expect(right.correct).toBe(true);
    expect(right.expected).toBe('electricity');
    expect(right.result.year).toBe('2025');
    expect(right.result.sources.map((s) => s.carrier)).toEqual(['electricity', 'coal']);
    const shares = right.result.sources.reduce((a, s) => a + s.sharePct, 0);
    expect(shares).toBeCloseTo(100, 6);
    expect(checkLargestCo2Source(pkg, ACTIVE_PACK, 'coal').correct).toBe(false);
  });

  it('coal wins when the firm burns 200 t a month', () => {
    const pkg = twoCarrierPackage(1_000, 200);
    expect(checkLargestCo2Source(pkg, ACTIVE_PACK, 'coal').correct).toBe(true);
    expect(checkLargestCo2Source(pkg, ACTIVE_PACK, 'electricity').correct).toBe(false);
  });

  it('a carrier the firm does not use is never right', () => {
    const pkg = twoCarrierPackage(100_000, 1);
    expect(checkLargestCo2Source(pkg, ACTIVE_PACK, 'diesel').correct).toBe(false);
  });

  it('the coal-fired scourer’s largest source is coal; each source carries the engine’s explanation', () => {
    const r = checkLargestCo2Source(demo(DEMO_IDS.khangai), ACTIVE_PACK, 'coal');
    expect(r.correct).toBe(true);
    expect(r.result.sources[0]?.explained.explanation.factors.length).toBeGreaterThan(0);
  });
});

describe('design a project that reaches the threshold', () => {
  /** Baseline: 1,000,000 kWh of electricity only for 100,000 kg: 10 kWh/kg. */
  function electricOnly(): ApplicationPackage {
    const pkg = demo(DEMO_IDS.erdene);
    const b = {
      productionKg: 100_000,
      electricityKwh: 1_000_000,
      heatGcal: 0,
      coalT: 0,
      dieselL: 0,
      waterM3: 1000,
    };
    pkg.project = { ...pkg.project!, baseline: b, projected: b };
    return pkg;
  }

  it('−20% electricity on an electricity-only baseline is exactly 20%: passes (≥)', () => {
    const r = checkGreenThreshold(electricOnly(), ACTIVE_PACK, {
      electricityPct: -20,
      heatPct: 0,
      coalPct: 0,
    });
    expect(r.reduction.value).toBeCloseTo(20, 9);
    expect(r.thresholdPct).toBe(20);
    expect(r.pass).toBe(true);
    expect(r.criterion?.pass).toBe(true);
  });

  it('−19% falls short', () => {
    const r = checkGreenThreshold(electricOnly(), ACTIVE_PACK, {
      electricityPct: -19,
      heatPct: 0,
      coalPct: 0,
    });
    expect(r.reduction.value).toBeCloseTo(19, 9);
    expect(r.pass).toBe(false);
  });

  it('Erdene’s own −17% electricity is far below 20%; adding heat savings reaches it', () => {
    const erdene = demo(DEMO_IDS.erdene);
    const own = checkGreenThreshold(erdene, ACTIVE_PACK, {
      electricityPct: -17,
      heatPct: 0,
      coalPct: 0,
    });
    expect(own.pass).toBe(false);
    expect(own.reduction.value).toBeLessThan(10);
    // Coal does nothing: Erdene burns none.
    const coal = checkGreenThreshold(erdene, ACTIVE_PACK, {
      electricityPct: -17,
      heatPct: 0,
      coalPct: -50,
    });
    expect(coal.reduction.value).toBeCloseTo(own.reduction.value ?? NaN, 9);
    // Electricity is ~15 % of Erdene's energy and district heat ~80 % (4.0 and ~21 of 26.1 kWh
    // per kg in 2025), so −25 % and −25 % give about 0.15 × 25 + 0.8 × 25 ≈ 23.5 % (≥ 20).
    const both = checkGreenThreshold(erdene, ACTIVE_PACK, {
      electricityPct: -25,
      heatPct: -25,
      coalPct: 0,
    });
    expect(both.pass).toBe(true);
  });

  it(`changes beyond ±${CREDIBLE_CHANGE_PCT}% are not credible, even when they would reach it`, () => {
    const r = checkGreenThreshold(electricOnly(), ACTIVE_PACK, {
      electricityPct: -(CREDIBLE_CHANGE_PCT + 1),
      heatPct: 0,
      coalPct: 0,
    });
    expect(r.reduction.value).toBeGreaterThan(20);
    expect(r.notCredible).toEqual(['electricityPct']);
    expect(r.pass).toBe(false);
    const nan = checkGreenThreshold(electricOnly(), ACTIVE_PACK, {
      electricityPct: -30,
      heatPct: Number.NaN,
      coalPct: 0,
    });
    expect(nan.notCredible).toEqual(['heatPct']);
    expect(nan.pass).toBe(false);
  });

  it('reads the threshold from the pack', () => {
    const pack: CriteriaPack = {
      ...ACTIVE_PACK,
      greenCriteria: ACTIVE_PACK.greenCriteria.map((c) =>
        c.id === 'GC-EE-1' ? { ...c, threshold: 2 } : c,
      ),
    };
    // −17 % on electricity, ~15 % of Erdene's energy: about 2.6 %, short of 20 but not of 2.
    const r = checkGreenThreshold(demo(DEMO_IDS.erdene), pack, {
      electricityPct: -17,
      heatPct: 0,
      coalPct: 0,
    });
    expect(r.thresholdPct).toBe(2);
    expect(r.pass).toBe(true);
  });
});

describe('screen this company to a category', () => {
  it('Ongo Dyeing is B: wet processes and missing permits, but not a large operation', () => {
    const ongo = demo(DEMO_IDS.ongo);
    const b = checkScreeningCategory(ongo, ACTIVE_PACK, 'B');
    expect(b.correct).toBe(true);
    expect(b.expected).toBe('B');
    expect(b.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['wet_process', 'permits']),
    );
    expect(b.permitProblems).toContain('DOC-GEIA');
    expect(checkScreeningCategory(ongo, ACTIVE_PACK, 'A').correct).toBe(false);
    expect(checkScreeningCategory(ongo, ACTIVE_PACK, 'C').correct).toBe(false);
  });

  it('the same dye-house with 250 employees is A (high risk + permit gaps + large)', () => {
    const ongo = demo(DEMO_IDS.ongo);
    ongo.organisation.employees = 250;
    const r = checkScreeningCategory(ongo, ACTIVE_PACK, 'A');
    expect(r.expected).toBe('A');
    expect(r.correct).toBe(true);
  });
});

describe('is every worker paid the minimum wage?', () => {
  it('Torgon: April and May 2025, when the minimum rose to 792,000', () => {
    const torgon = demo(DEMO_IDS.torgon);
    const r = checkMinimumWage(torgon, ACTIVE_PACK, ['2025-05', '2025-04']);
    expect(r.expected).toEqual(['2025-04', '2025-05']);
    expect(r.correct).toBe(true);
    const april = r.months.find((m) => m.period === '2025-04')!;
    expect(april.minimumMnt).toBe(792_000);
    expect(april.wageMnt).toBeLessThan(792_000);
    expect(r.months).toHaveLength(24);
  });

  it('reports the months missed and the months ticked wrongly', () => {
    const torgon = demo(DEMO_IDS.torgon);
    const r = checkMinimumWage(torgon, ACTIVE_PACK, ['2025-04', '2024-02']);
    expect(r.correct).toBe(false);
    expect(r.missed).toEqual(['2025-05']);
    expect(r.extra).toEqual(['2024-02']);
  });

  it('a hand-set wage below 660,000 in March 2024 is found', () => {
    const erdene = demo(DEMO_IDS.erdene);
    const march = erdene.periods.find((p) => p.period === '2024-03')!;
    march.values['labour.lowest_wage_mnt'] = { value: 659_999, unit: 'MNT' };
    const r = checkMinimumWage(erdene, ACTIVE_PACK, []);
    expect(r.expected).toEqual(['2024-03']);
    expect(r.missed).toEqual(['2024-03']);
    expect(checkMinimumWage(erdene, ACTIVE_PACK, ['2024-03']).correct).toBe(true);
  });
});
