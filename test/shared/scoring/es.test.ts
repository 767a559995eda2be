import type { Answer } from '../../../shared/package/enums';
import type { ApplicationPackage, EsScreening } from '../../../shared/package/schema';
import { addDays, daysBetween } from '../../../shared/scoring/dates';
import { screenEs, screeningDeclines } from '../../../shared/scoring/es';
import { basePackage } from '../engine/fixtures/basePackage';
import { MINI_PACK } from '../engine/fixtures/miniPack';

const OPTS = { asOf: '2025-06-30', signingDate: '2025-07-01' };
const vcp = (answers: Record<string, Answer>): ApplicationPackage['vcp'] => ({
  packVersion: '0.0.1',
  status: 'submitted',
  version: 1,
  answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, { answer: a }])),
});
const es = (over: Partial<EsScreening> = {}): EsScreening => ({
  exclusions: {},
  checks: {},
  documentsReceived: [],
  ...over,
});
function org(
  over: Partial<ApplicationPackage['organisation']>,
): ApplicationPackage['organisation'] {
  return { ...basePackage().organisation, ...over };
}

describe('dates', () => {
  it('adds and subtracts calendar days in UTC', () => {
    expect(addDays('2025-07-01', 30)).toBe('2025-07-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-06-30', '2025-08-15')).toBe(46);
  });
});

describe('screenEs', () => {
  it('garment workshop with no findings is category C', () => {
    const r = screenEs(
      basePackage({ vcp: vcp({ 'LA-1': 'yes', 'LA-2': 'yes' }) }),
      MINI_PACK,
      OPTS,
    );
    expect(r.exclusion.excluded).toBe(false);
    expect(r.inherentRisk.level).toBe('low');
    expect(r.checks.map((c) => [c.id, c.status, c.source])).toEqual([
      ['ES-LEG-1', 'unconfirmed', 'none'],
      ['ES-LAB-1', 'ok', 'vcp'],
    ]);
    expect(r.suggestedCategory).toBe('C');
    expect(r.finalCategory).toBe('C');
    expect(r.reasons.map((x) => x.code)).toEqual(['low_risk', 'unconfirmed']);
    expect(r.documents.map((d) => [d.id, d.state])).toEqual([
      ['DOC-REG', 'valid'],
      ['DOC-OSH', 'not_received'],
    ]);
    expect(r.outstandingDocuments).toEqual(['DOC-OSH']);
    expect(r.esap).toEqual([]);
  });

  it('a garment workshop with a finding becomes B', () => {
    const r = screenEs(basePackage({ vcp: vcp({ 'LA-1': 'no' }) }), MINI_PACK, OPTS);
    expect(r.checks.find((c) => c.id === 'ES-LAB-1')).toMatchObject({
      status: 'finding',
      severity: 'medium',
    });
    expect(r.suggestedCategory).toBe('B');
  });

  it('scourer: prefill, lowered severity for "partly", permit gaps, ESAP deadlines', () => {
    const pkg = basePackage({
      organisation: org({
        processes: ['scouring'],
        permits: [{ id: 'p1', kind: 'state_registration', expiresOn: '2025-01-01' }],
      }),
      vcp: vcp({ 'WA-1': 'partly', 'LA-1': 'no', 'LA-2': 'yes' }),
    });
    const r = screenEs(pkg, MINI_PACK, OPTS);
    expect(r.inherentRisk.level).toBe('high');
    const eff = r.checks.find((c) => c.id === 'ES-EFF-1');
    expect(eff).toMatchObject({
      status: 'finding',
      severity: 'medium',
      severityLowered: true,
      confirmed: false,
    });
    // "no" wins over "yes" among linked items
    expect(r.checks.find((c) => c.id === 'ES-LAB-1')).toMatchObject({
      status: 'finding',
      severity: 'medium',
    });
    expect(r.findings).toEqual({ high: 0, medium: 2, low: 0, total: 2 });
    expect(r.documents.find((d) => d.id === 'DOC-REG')).toMatchObject({
      state: 'expired',
      daysToExpiry: -180,
    });
    expect(r.documents.find((d) => d.id === 'DOC-WW')?.state).toBe('missing');
    expect(r.permitProblems).toEqual(['DOC-REG', 'DOC-WW']);
    expect(r.suggestedCategory).toBe('B'); // small operation: not A
    expect(r.reasons.map((x) => x.code)).toEqual([
      'wet_process',
      'inherent_risk',
      'findings',
      'permits',
      'unconfirmed',
    ]);
    const esap = Object.fromEntries(r.esap.map((e) => [e.id, e]));
    // priority high lowered to medium for "partly"; 2025-07-01 + 30 days
    expect(esap['ESAP-ES-EFF-1']).toMatchObject({
      priority: 'medium',
      deadline: '2025-07-31',
      conditionPrecedent: false,
    });
    expect(esap['ESAP-ES-LAB-1']).toMatchObject({
      priority: 'medium',
      deadline: '2025-09-29',
      deadlineDays: 90,
    });
    expect(esap['ESAP-DOC-WW']).toMatchObject({
      priority: 'high',
      conditionPrecedent: true,
      deadline: '2025-07-01',
    });
    expect(esap['ESAP-DOC-REG']?.issue.en).toContain('expired on 1 January 2025');
    expect(esap['ESAP-DOC-REG']?.issue.mn).toContain('2025 оны 1-р сарын 1-нд хугацаа дууссан');
  });

  it('category A needs high inherent risk and a large operation (≥ 200 staff), findings or not', () => {
    const screening = es({
      checks: { 'ES-LEG-1': { result: 'finding', severity: 'high', confirmed: true } },
    });
    const permits = [
      { id: 'a', kind: 'state_registration' as const },
      { id: 'b', kind: 'wastewater_discharge' as const },
    ];
    const small = screenEs(
      basePackage({ organisation: org({ processes: ['scouring'], permits }), es: screening }),
      MINI_PACK,
      OPTS,
    );
    expect(small.suggestedCategory).toBe('B');
    expect(small.unresolvedHighFindings).toEqual(['ES-LEG-1']);
    const large = screenEs(
      basePackage({
        organisation: org({ processes: ['scouring'], permits, employees: 250 }),
        es: screening,
      }),
      MINI_PACK,
      OPTS,
    );
    expect(large.suggestedCategory).toBe('A');
    expect(large.esap.find((e) => e.ref === 'ES-LEG-1')).toMatchObject({
      conditionPrecedent: true,
      priority: 'high',
    });
    const garment = screenEs(
      basePackage({ organisation: org({ permits, employees: 250 }), es: screening }),
      MINI_PACK,
      OPTS,
    );
    expect(garment.suggestedCategory).toBe('B'); // low inherent risk: never A
  });

  it("the officer's saved result wins over the VCP prefill", () => {
    const r = screenEs(
      basePackage({
        vcp: vcp({ 'LA-1': 'no' }),
        es: es({ checks: { 'ES-LAB-1': { result: 'ok', confirmed: true } } }),
      }),
      MINI_PACK,
      OPTS,
    );
    expect(r.checks.find((c) => c.id === 'ES-LAB-1')).toMatchObject({
      status: 'ok',
      source: 'screening',
      confirmed: true,
    });
  });

  it('an override needs a written reason of 10+ characters and keeps the suggestion visible', () => {
    const ok = screenEs(
      basePackage({
        es: es({ categoryOverride: { category: 'B', reason: 'site visit: open chemical store' } }),
      }),
      MINI_PACK,
      OPTS,
    );
    expect(ok).toMatchObject({
      suggestedCategory: 'C',
      finalCategory: 'B',
      overrideRejected: null,
    });
    expect(ok.override?.reason).toBe('site visit: open chemical store');
    const pkg = basePackage();
    pkg.es = es();
    // bypass the schema on purpose: a short reason from a hand-edited file must not take effect
    (pkg.es as { categoryOverride?: unknown }).categoryOverride = {
      category: 'A',
      reason: '  short   ',
    };
    const bad = screenEs(pkg, MINI_PACK, OPTS);
    expect(bad.finalCategory).toBe('C');
    expect(bad.overrideRejected).toMatch(/10 characters/);
  });

  it('reports exclusion-list hits and permits expiring within 90 days', () => {
    const r = screenEs(
      basePackage({
        organisation: org({
          permits: [{ id: 'r', kind: 'state_registration', expiresOn: '2025-08-15' }],
        }),
        es: es({
          exclusions: {
            'EX-CHILD': { hit: true, note: 'seen on visit' },
            'EX-OTHER': { hit: true },
          },
        }),
      }),
      MINI_PACK,
      OPTS,
    );
    expect(r.exclusion).toEqual({
      excluded: true,
      hits: [{ id: 'EX-CHILD', text: MINI_PACK.exclusions[0]!.text, note: 'seen on visit' }],
      conditionHits: [],
    });
    expect(r.reasons[0]?.code).toBe('excluded');
    expect(r.documents[0]).toMatchObject({
      state: 'expiring_soon',
      daysToExpiry: 46,
      outstanding: false,
    });
    expect(r.esap[0]).toMatchObject({
      id: 'ESAP-DOC-REG',
      priority: 'medium',
      deadline: '2025-08-15',
    });
  });

  it('a remediable exclusion item (EX-09/EX-10 kind) is a condition precedent, not a decline', () => {
    // Issue 15 rule 4, after reference §2.5: "no permit" and "untreated hazardous discharge" are
    // High ESAP items closed before disbursement.
    const pack = {
      ...MINI_PACK,
      exclusions: [
        ...MINI_PACK.exclusions,
        {
          id: 'EX-PERMIT',
          text: { en: 'No permit', mn: 'Зөвшөөрөлгүй', mnReviewed: false },
          effect: 'condition_precedent' as const,
          source: MINI_PACK.exclusions[0]!.source,
        },
      ],
    };
    const r = screenEs(
      basePackage({ es: es({ exclusions: { 'EX-PERMIT': { hit: true, note: 'no GEIA' } } }) }),
      pack,
      OPTS,
    );
    expect(r.exclusion.excluded).toBe(false);
    expect(r.exclusion.conditionHits.map((h) => h.id)).toEqual(['EX-PERMIT']);
    expect(r.unresolvedHighFindings).toEqual(['EX-PERMIT']);
    // A dry garment workshop stays C: the gap is a condition precedent, not a category.
    expect(r.suggestedCategory).toBe('C');
    expect(r.reasons.map((x) => x.code)).toContain('exclusion_conditions');
    expect(r.esap[0]).toMatchObject({
      id: 'ESAP-EX-PERMIT',
      kind: 'exclusion',
      conditionPrecedent: true,
      deadline: '2025-07-01',
    });
    expect(r.esap[0]?.issue.en).toBe('No permit (no GEIA)');
    expect(screeningDeclines(pack, es({ exclusions: { 'EX-PERMIT': { hit: true } } }))).toBe(false);
    expect(screeningDeclines(pack, es({ exclusions: { 'EX-CHILD': { hit: true } } }))).toBe(true);
    expect(screeningDeclines(pack, undefined)).toBe(false);
  });

  it('missing or expired permits never raise the category (reference §2.3 inherent impact)', () => {
    // A 95-staff scourer with high inherent risk, a high finding and a missing permit: B. Only a
    // large operation (≥ 200 staff) with high inherent risk is suggested A.
    const screening = es({
      checks: { 'ES-LEG-1': { result: 'finding', severity: 'high', confirmed: true } },
    });
    const mid = screenEs(
      basePackage({
        organisation: org({ processes: ['scouring'], employees: 95, annualTurnoverMnt: 18.5e9 }),
        es: screening,
      }),
      MINI_PACK,
      OPTS,
    );
    expect(mid.permitProblems).toEqual(['DOC-WW']);
    expect(mid.suggestedCategory).toBe('B');
    expect(mid.reasons.map((x) => x.code)).toEqual([
      'wet_process',
      'inherent_risk',
      'findings',
      'permits',
      'unconfirmed',
    ]);
    expect(mid.reasons.find((x) => x.code === 'permits')?.text.en).toContain(
      'a condition precedent, not a higher category',
    );
    expect(mid.esap.find((e) => e.ref === 'DOC-WW')).toMatchObject({ conditionPrecedent: true });
    expect(mid.categoryExplanation.formula).toContain('not a higher category');
  });
});
