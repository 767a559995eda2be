// Builds a large, realistic database directly (bypassing the repositories, for speed) for the
// backup tests and bench/backup.bench.ts. Deterministic for a given seed.
import type { GreenThreadDb } from '../../../renderer/src/db/db';
import type {
  ActionRow,
  ApplicationRow,
  AssessmentRow,
  AssessmentSnapshotRow,
  AuditEventRow,
  EvidenceLinkRow,
  EvidenceFileRow,
  OrganisationRow,
  PeriodRow,
  ProjectRow,
} from '../../../renderer/src/db/types';
import type { AnswerEntry, MetricValue } from '../../../shared/package/schema';
import type { MetricId } from '../../../shared/catalogue/metricIds';
import { ANSWERS } from '../../../shared/package/enums';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METRICS: [MetricId, string, number][] = [
  ['production.input_kg', 'kg', 20_000],
  ['production.output_kg', 'kg', 15_000],
  ['energy.electricity', 'kWh', 50_000],
  ['energy.coal', 't', 60],
  ['energy.diesel', 'L', 800],
  ['water.municipal', 'm3', 900],
  ['wastewater.discharged', 'm3', 700],
  ['waste.fibre', 't', 3],
  ['chemicals.detergents', 'kg', 400],
  ['labour.employees', 'person', 80],
  ['labour.women', 'person', 45],
  ['labour.hours_worked', 'h', 14_000],
];

const STAMP = '2026-01-15T09:00:00.000Z';

function monthsOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const y = 2024 + Math.floor(i / 12);
    return `${String(y)}-${String((i % 12) + 1).padStart(2, '0')}`;
  });
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface GenerateOptions {
  orgs: number;
  months?: number;
  evidenceFiles?: number;
  seed?: number;
}

export async function generateDatabase(db: GreenThreadDb, opts: GenerateOptions): Promise<void> {
  const rnd = mulberry32(opts.seed ?? 42);
  const months = monthsOf(opts.months ?? 24);
  const files: { id: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (let f = 0; f < (opts.evidenceFiles ?? 20); f++) {
    const bytes = new Uint8Array(2048 + Math.floor(rnd() * 16_384));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    files.push({ id: await sha256Hex(bytes), bytes });
  }
  const orgs: OrganisationRow[] = [];
  const periods: PeriodRow[] = [];
  const assessments: AssessmentRow[] = [];
  const snapshots: AssessmentSnapshotRow[] = [];
  const projects: ProjectRow[] = [];
  const actions: ActionRow[] = [];
  const links: EvidenceLinkRow[] = [];
  const audit: AuditEventRow[] = [];
  const applications: ApplicationRow[] = [];
  for (let o = 0; o < opts.orgs; o++) {
    const id = `gen-${String(o).padStart(5, '0')}`;
    orgs.push({
      id,
      nameMn: `Ноолуур ${String(o)} ХХК`,
      nameEn: `Cashmere ${String(o)} LLC`,
      registrationNo: String(5_000_000 + o),
      aimag: 'Улаанбаатар',
      district: 'Хан-Уул',
      address: '',
      processes: o % 2 === 0 ? ['scouring', 'dehairing'] : ['spinning', 'knitting'],
      employees: 20 + Math.floor(rnd() * 300),
      annualTurnoverMnt: Math.round(rnd() * 1e10),
      womenOwnershipPct: Math.round(rnd() * 100),
      womenSeniorMgmtPct: Math.round(rnd() * 100),
      certifications: [],
      permits: [],
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    for (const period of months) {
      const values: Partial<Record<MetricId, MetricValue>> = {};
      for (const [metric, unit, scale] of METRICS)
        values[metric] = { value: Math.round(rnd() * scale * 100) / 100, unit };
      periods.push({ orgId: id, period, year: period.slice(0, 4), values, updatedAt: STAMP });
    }
    const answers: Record<string, AnswerEntry> = {};
    for (let q = 0; q < 30; q++) {
      answers[`VCP-${String(q).padStart(2, '0')}`] = { answer: ANSWERS[q % ANSWERS.length]! };
    }
    const submitted = o % 2 === 0;
    const base = {
      orgId: id,
      period: '2025',
      packId: 'gt-textile-mn',
      packVersion: '1.0.0',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    assessments.push({
      ...base,
      id: `asm-${id}`,
      instrument: 'vcp',
      status: submitted ? 'submitted' : 'draft',
      version: 1,
      answers,
      ...(submitted ? { submittedAt: STAMP } : {}),
    });
    if (submitted) {
      snapshots.push({
        ...base,
        assessmentId: `asm-${id}`,
        version: 1,
        instrument: 'vcp',
        status: 'submitted',
        answers,
        results: { overall: Math.round(rnd() * 100) },
        submittedAt: STAMP,
        submittedBy: 'gen',
      });
    }
    if (o % 2 === 1) {
      const figures = {
        productionKg: 100_000,
        electricityKwh: 400_000,
        heatGcal: 0,
        coalT: 600,
        dieselL: 0,
        waterM3: 8000,
      };
      projects.push({
        id: `prj-${id}`,
        orgId: id,
        title: 'Boiler',
        measure: 'boiler',
        taxonomyCode: 'EE-1',
        investmentMnt: 3e8,
        lifetimeYears: 15,
        baseline: figures,
        projected: { ...figures, coalT: 450 },
        createdAt: STAMP,
        updatedAt: STAMP,
      });
    }
    for (let k = 0; k < 3; k++) {
      actions.push({
        id: `act-${String(k)}`,
        orgId: id,
        source: { kind: 'vcp', ref: `VCP-0${String(k)}` },
        action: `Action ${String(k)}`,
        priority: 'medium',
        status: 'open',
        createdAt: STAMP,
        updatedAt: STAMP,
      });
    }
    for (let k = 0; k < 2; k++) {
      const file = files[(o + k) % files.length]!;
      links.push({
        sha: file.id,
        orgId: id,
        targetKey: `answer:VCP-0${String(k)}`,
        target: { kind: 'answer', itemId: `VCP-0${String(k)}` },
        createdAt: STAMP,
      });
    }
    audit.push({
      at: STAMP,
      who: 'gen',
      orgId: id,
      entity: 'organisation',
      entityId: id,
      action: 'create',
      after: { id },
    });
    applications.push({
      id: `app-${id}`,
      orgId: id,
      status: 'received',
      category: (['A', 'B', 'C'] as const)[o % 3],
      greenDecision: 'eligible',
      amountMnt: 1e8 + o,
      taxonomyCode: 'EE-1',
      womenLed: o % 2 === 0 ? 1 : 0,
      importedAt: STAMP,
      digest: 'f'.repeat(64),
      history: [{ importedAt: STAMP, digest: 'f'.repeat(64) }],
      updatedAt: STAMP,
    });
  }
  // each organisation has its own record of every file it links (schema v6)
  const held = new Map(links.map((l) => [`${l.orgId}|${l.sha}`, l]));
  const evidence: EvidenceFileRow[] = [...held.values()].map((l) => {
    const i = files.findIndex((f) => f.id === l.sha);
    return {
      orgId: l.orgId,
      sha: l.sha,
      name: `file-${String(i)}.pdf`,
      type: 'application/pdf',
      size: files[i]?.bytes.byteLength ?? 0,
      createdAt: STAMP,
      hasContent: 1,
    };
  });
  await db.transaction('rw', db.tables, async () => {
    await db.organisations.bulkAdd(orgs);
    await db.periods.bulkAdd(periods);
    await db.assessments.bulkAdd(assessments);
    await db.assessmentSnapshots.bulkAdd(snapshots);
    await db.projects.bulkAdd(projects);
    await db.actions.bulkAdd(actions);
    await db.evidenceFiles.bulkAdd(evidence);
    await db.evidenceData.bulkAdd(files.map((f) => ({ id: f.id, bytes: f.bytes.buffer })));
    await db.evidenceLinks.bulkAdd(links);
    await db.auditEvents.bulkAdd(audit);
    await db.applications.bulkAdd(applications);
    await db.settings.bulkPut([
      {
        key: 'profile',
        value: { name: 'gen', role: 'officer', language: 'en', affiliation: 'Bank' },
      },
      { key: 'demoSeeded', value: STAMP },
    ]);
  });
}
