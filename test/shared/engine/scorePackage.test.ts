import fc from 'fast-check';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import type { Explanation } from '../../../shared/explain/types';
import { PERMIT_KINDS } from '../../../shared/package/enums';
import { applicationPackageSchema } from '../../../shared/package/schema';
import { arbPackage } from './arbitraries';
import { basePackage } from './fixtures/basePackage';
import { MINI_PACK } from './fixtures/miniPack';

/** Every number in the result is finite, and every explanation's result matches its value. */
function walk(node: unknown, path: string, problems: string[]): void {
  if (typeof node === 'number') {
    if (!Number.isFinite(node)) problems.push(`${path}: ${node}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if ('explanation' in obj && 'value' in obj) {
    const e = obj.explanation as Explanation;
    if (e.result !== obj.value)
      problems.push(`${path}: value ${String(obj.value)} ≠ explanation ${String(e.result)}`);
    if (typeof e.formula !== 'string' || e.formula === '') problems.push(`${path}: empty formula`);
  }
  for (const [k, v] of Object.entries(obj)) walk(v, `${path}.${k}`, problems);
}

describe('generatePackage', () => {
  it('makes schema-valid, deterministic packages', () => {
    for (const seed of [1, 2, 3, 42, 999]) {
      const a = generatePackage(seed, 12, PACK_V1);
      expect(applicationPackageSchema.safeParse(a).success).toBe(true);
      expect(generatePackage(seed, 12, PACK_V1)).toEqual(a);
      expect(applicationPackageSchema.safeParse(generatePackage(seed, 30)).success).toBe(true);
    }
    expect(generatePackage(1, 12)).not.toEqual(generatePackage(2, 12));
    expect(generatePackage(7, 12).periods).toHaveLength(12);
  });
});

describe('scorePackage', () => {
  it('is deterministic and explains every number (generated packages, PACK_V1)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const pkg = generatePackage(seed, 12, PACK_V1);
      const a = scorePackage(pkg, PACK_V1);
      expect(JSON.stringify(scorePackage(pkg, PACK_V1))).toBe(JSON.stringify(a));
      const problems: string[] = [];
      walk(a, 'results', problems);
      expect(problems).toEqual([]);
      expect(a.indicators.periods).toHaveLength(12);
      expect(a.asOf).toBe(pkg.createdAt.slice(0, 10));
      expect(a.packMatches).toBe(true);
    }
  }, 60_000);

  it('never throws and keeps scores in range for arbitrary valid packages', () => {
    for (const pack of [MINI_PACK, PACK_V1]) {
      fc.assert(
        fc.property(arbPackage(pack), (pkg) => {
          expect(applicationPackageSchema.safeParse(pkg).success).toBe(true);
          const r = scorePackage(pkg, pack, { asOf: '2026-01-15', signingDate: '2026-02-01' });
          const pct = r.vcp.overallPct.value;
          if (pct !== null) expect(pct).toBeGreaterThanOrEqual(0);
          if (pct !== null) expect(pct).toBeLessThanOrEqual(100);
          const problems: string[] = [];
          walk(r, 'r', problems);
          expect(problems).toEqual([]);
          if (r.es.exclusion.excluded && r.green) expect(r.green.eligible).toBe(false);
        }),
        { numRuns: 40 },
      );
    }
  }, 120_000);

  it('ties the pieces together on a hand-made package', () => {
    const pkg = basePackage({
      periods: [
        {
          period: '2025-05',
          values: {
            'energy.electricity': { value: 10_000, unit: 'kWh' },
            'labour.employees': { value: 10, unit: 'persons' },
            'labour.women': { value: 5, unit: 'persons' },
          },
        },
        {
          period: '2025-06',
          values: {
            'energy.electricity': { value: 5_000, unit: 'kWh', outlierExplanation: 'shutdown' },
            'labour.employees': { value: 30, unit: 'persons' },
            'labour.women': { value: 15, unit: 'persons' },
          },
        },
        { period: '2025-07', values: { 'energy.electricity': { value: 1, unit: 'Gcal' } } },
      ],
      factorOverrides: { gridTco2PerMwh: 1 },
    });
    const r = scorePackage(pkg, MINI_PACK, { asOf: '2025-06-30' });
    expect(r.factors).toMatchObject({ gridTco2PerMwh: 1, overridden: true });
    expect(r.signingDate).toBe('2025-06-30');
    // 15,000 kWh × 1 tCO2/MWh; the July value has a unit electricity does not allow
    expect(r.indicators.years[0]?.indicators.emissions.total.value).toBeCloseTo(15, 10);
    expect(r.issues).toEqual([
      expect.objectContaining({ metricId: 'energy.electricity', period: '2025-07' }),
    ]);
    // 50 % women on average headcount 20; ownership 0 → staff share 50 % alone makes the flag
    expect(r.womenLed.met).toEqual(['staff']);
    expect(r.green).toBeNull();
    expect(r.es.suggestedCategory).toBe('C');
  });
});

describe('PACK_V1 integration', () => {
  const allAnswers = (a: 'yes' | 'no' | 'na') =>
    Object.fromEntries(PACK_V1.vcpItems.map((i) => [i.id, { answer: a }]));
  const withVcp = (a: 'yes' | 'no' | 'na', processes: ('scouring' | 'garment')[]) =>
    basePackage({
      packId: PACK_V1.id,
      packVersion: PACK_V1.version,
      // Every permit on file and valid, so the firm's records agree with its answers.
      organisation: {
        ...basePackage().organisation,
        processes,
        permits: PERMIT_KINDS.map((kind) => ({ id: `p-${kind}`, kind })),
      },
      vcp: {
        packVersion: PACK_V1.version,
        status: 'submitted',
        version: 1,
        answers: allAnswers(a),
      },
    });

  it('all "yes" scores 100 % at the highest level', () => {
    const r = scorePackage(withVcp('yes', ['scouring']), PACK_V1);
    expect(r.vcp.overallPct.value).toBe(100);
    expect(r.vcp.level).toBe(Math.max(...r.vcp.items.map((i) => i.level)));
    expect(r.vcp.topGaps).toEqual([]);
    expect(r.es.findings.total).toBe(0);
  });

  it('all "no" scores 0, fails every knock-out, and creates findings through the crosswalk', () => {
    const r = scorePackage(withVcp('no', ['scouring']), PACK_V1);
    expect(r.vcp.overallPct.value).toBe(0);
    const kos = r.vcp.items.filter((i) => i.knockOut).map((i) => i.id);
    expect(r.vcp.knockOutsFailed).toEqual(kos);
    if (kos.length > 0) expect(r.vcp.notCompliant).toBe(true);
    expect(r.vcp.topGaps).toHaveLength(3);
    const linked = r.es.checks.filter((c) => c.vcpAnswers.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) expect(c.status).toBe('finding');
    expect(r.es.suggestedCategory).not.toBe('C');
    expect(r.es.esap.length).toBeGreaterThanOrEqual(linked.length);
  });

  it('all "na" leaves the score undefined rather than failing', () => {
    const r = scorePackage(withVcp('na', ['garment']), PACK_V1);
    expect(r.vcp.overallPct.value).toBeNull();
    expect(r.vcp.knockOutsFailed).toEqual([]);
    expect(r.vcp.completion.na).toBe(r.vcp.completion.applicable);
  });
});
