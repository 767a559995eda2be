// fast-check arbitraries for valid ApplicationPackages, reusable by any test suite.
import fc from 'fast-check';
import { METRIC_IDS, type MetricId } from '../../../shared/catalogue/metricIds';
import { METRICS } from '../../../shared/catalogue/metrics';
import type { CriteriaPack } from '../../../shared/catalogue/types';
import {
  ANSWERS,
  PERMIT_KINDS,
  PROCESSES,
  RISK_CATEGORIES,
  type Answer,
} from '../../../shared/package/enums';
import type {
  AnswerEntry,
  ApplicationPackage,
  EsScreening,
  GreenProject,
  MetricValue,
  PeriodData,
  Permit,
  ProjectFigures,
} from '../../../shared/package/schema';

export const arbAnswer: fc.Arbitrary<Answer> = fc.constantFrom(...ANSWERS);

/** Answers for a subset of the pack's VCP items (unanswered items are simply absent). */
export function arbAnswers(pack: CriteriaPack): fc.Arbitrary<Record<string, AnswerEntry>> {
  const ids = pack.vcpItems.map((i) => i.id);
  return fc
    .array(fc.option(arbAnswer, { nil: undefined }), {
      minLength: ids.length,
      maxLength: ids.length,
    })
    .map((list) => {
      const out: Record<string, AnswerEntry> = {};
      list.forEach((a, i) => {
        const id = ids[i];
        if (a !== undefined && id !== undefined) out[id] = { answer: a };
      });
      return out;
    });
}

export const arbProcesses = fc.subarray([...PROCESSES], { minLength: 1 });

const quantity = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });

export const arbMetricValue = (id: MetricId): fc.Arbitrary<MetricValue> =>
  fc.record(
    {
      value: quantity,
      unit: fc.constantFrom(...Object.keys(METRICS[id].units)),
      ncvKcalPerKg: fc.integer({ min: 1000, max: 8000 }),
    },
    { requiredKeys: ['value', 'unit'] },
  );

const arbValues: fc.Arbitrary<PeriodData['values']> = fc.subarray([...METRIC_IDS]).chain((ids) =>
  fc.tuple(...ids.map((id) => arbMetricValue(id))).map((vals) => {
    const out: PeriodData['values'] = {};
    ids.forEach((id, i) => {
      const v = vals[i];
      if (v) out[id] = v;
    });
    return out;
  }),
);

/** 1–24 consecutive months starting in 2023–2025. */
export const arbPeriods: fc.Arbitrary<PeriodData[]> = fc
  .tuple(fc.integer({ min: 2023, max: 2025 }), fc.array(arbValues, { minLength: 1, maxLength: 24 }))
  .map(([year, list]) =>
    list.map((values, i) => ({
      period: `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      values,
    })),
  );

export const arbPermits: fc.Arbitrary<Permit[]> = fc
  .uniqueArray(
    fc.record(
      {
        kind: fc.constantFrom(...PERMIT_KINDS),
        expiresOn: fc
          .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      },
      { requiredKeys: ['kind'] },
    ),
    { maxLength: 6, selector: (p) => p.kind },
  )
  .map((list) => list.map((p, i) => ({ id: `permit-${i}`, ...p })));

export function arbEs(pack: CriteriaPack): fc.Arbitrary<EsScreening> {
  return fc.record(
    {
      exclusions: fc.dictionary(
        fc.constantFrom(...pack.exclusions.map((x) => x.id), 'EX-NONE'),
        fc.record({ hit: fc.boolean() }),
      ),
      checks: fc.dictionary(
        fc.constantFrom(...pack.esChecks.map((c) => c.id), 'ES-NONE'),
        fc.record(
          {
            result: fc.constantFrom('ok' as const, 'finding' as const, 'na' as const),
            severity: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
            confirmed: fc.boolean(),
          },
          { requiredKeys: ['result', 'confirmed'] },
        ),
      ),
      categoryOverride: fc.record({
        category: fc.constantFrom(...RISK_CATEGORIES),
        reason: fc.constantFrom('officer visited the site', 'documented exception'),
      }),
      documentsReceived: fc.subarray(pack.documents.map((d) => d.id)),
    },
    { requiredKeys: ['exclusions', 'checks', 'documentsReceived'] },
  );
}

export const arbFigures: fc.Arbitrary<ProjectFigures> = fc.record(
  {
    productionKg: quantity,
    electricityKwh: quantity,
    heatGcal: quantity,
    coalT: quantity,
    coalNcvKcalPerKg: fc.integer({ min: 1000, max: 8000 }),
    dieselL: quantity,
    waterM3: quantity,
    energyCostMnt: fc.double({ min: 0, max: 1e10, noNaN: true }),
  },
  { requiredKeys: ['productionKg', 'electricityKwh', 'heatGcal', 'coalT', 'dieselL', 'waterM3'] },
);

export function arbProject(pack: CriteriaPack): fc.Arbitrary<GreenProject> {
  const codes = pack.taxonomy.map((t) => t.code);
  return fc.record(
    {
      title: fc.constant('Project'),
      measure: fc.constantFrom(...pack.measures.map((m) => m.id), 'M-UNKNOWN'),
      taxonomyCode: fc.constantFrom(...codes, 'UNKNOWN'),
      investmentMnt: fc.double({ min: 0, max: 1e10, noNaN: true }),
      lifetimeYears: fc.integer({ min: 1, max: 30 }),
      baseline: arbFigures,
      projected: arbFigures,
      equipmentGhgReductionPct: fc.double({ min: 0, max: 100, noNaN: true }),
      apeoSubstitutionPct: fc.double({ min: 0, max: 100, noNaN: true }),
      effluentCompliantByLabTest: fc.boolean(),
      wasteReusedPct: fc.double({ min: 0, max: 100, noNaN: true }),
      renewableKwhPerYear: quantity,
    },
    {
      requiredKeys: [
        'title',
        'measure',
        'taxonomyCode',
        'investmentMnt',
        'lifetimeYears',
        'baseline',
        'projected',
      ],
    },
  );
}

/** A random valid ApplicationPackage for the given pack. */
export function arbPackage(pack: CriteriaPack): fc.Arbitrary<ApplicationPackage> {
  return fc
    .record({
      processes: arbProcesses,
      employees: fc.integer({ min: 0, max: 2000 }),
      turnover: fc.double({ min: 0, max: 1e11, noNaN: true }),
      womenOwnershipPct: fc.double({ min: 0, max: 100, noNaN: true }),
      womenSeniorMgmtPct: fc.double({ min: 0, max: 100, noNaN: true }),
      permits: arbPermits,
      periods: arbPeriods,
      answers: arbAnswers(pack),
      es: arbEs(pack),
      project: fc.option(arbProject(pack), { nil: undefined }),
      overrides: fc.option(
        fc.record(
          {
            gridTco2PerMwh: fc.double({ min: 0, max: 3, noNaN: true }),
            heatSupplyEfficiency: fc.double({ min: 0.2, max: 1, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    })
    .map((r) => ({
      format: 'greenthread-application' as const,
      formatVersion: 1 as const,
      packId: pack.id,
      packVersion: pack.version,
      appVersion: '0.1.0',
      createdAt: '2026-01-15T00:00:00Z',
      preparedBy: 'fast-check',
      language: 'en' as const,
      organisation: {
        id: 'org-arb',
        nameMn: 'Тест',
        nameEn: 'Test',
        registrationNo: '1',
        aimag: 'Ulaanbaatar',
        district: 'Khan-Uul',
        address: 'x',
        processes: r.processes,
        employees: r.employees,
        annualTurnoverMnt: r.turnover,
        womenOwnershipPct: r.womenOwnershipPct,
        womenSeniorMgmtPct: r.womenSeniorMgmtPct,
        certifications: [],
        permits: r.permits,
      },
      periods: r.periods,
      vcp: { packVersion: pack.version, status: 'draft' as const, version: 1, answers: r.answers },
      es: r.es,
      ...(r.project ? { project: r.project } : {}),
      actions: [],
      evidence: [],
      ...(r.overrides ? { factorOverrides: r.overrides } : {}),
    }));
}
