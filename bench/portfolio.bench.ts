// Portfolio filter + sort over 5,000 generated applications with monitoring data (a schedule
// per signed loan, ESAP items with deadlines, some overdue), with the same pure functions the
// Portfolio screen runs, the building of the rows included (it runs on every live update).
// Goal [D]: < 100 ms per filter + sort (median of 5) on a laptop.
// Also the cost of keeping those rows current: every audited write to an organisation with an
// application re-exports and re-scores its summary (writeTransaction → refreshSummariesOf), so
// one write of a demo company's ESAP item, and one sync-pull-like transaction writing 50
// organisations, are timed with fake-indexeddb (pure JS; Chromium's IndexedDB is faster).
// Goal [D]: ≤ 50 ms per audited write, summary refresh included.
// Run: npx tsx bench/portfolio.bench.ts  → bench/results/portfolio.json
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EMPTY_FILTER,
  filterPortfolio,
  portfolioStats,
  sortPortfolio,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSort,
} from '../shared/portfolio/portfolioModel';
import { toPortfolioRow, type PortfolioSource } from '../shared/portfolio/portfolioRow';
import type { EsapDueInput } from '../shared/monitoring/due';
import { monitoringSchedule } from '../shared/officer-record/monitoring';
import { addDays } from '../shared/scoring/dates';
import { ACTIVE_PACK } from '../shared/catalogue/packs';
import { demoPackages } from '../shared/demo';
import type { ActionItem } from '../shared/package/schema';
import { writeTransaction } from '../renderer/src/db/audit';
import { GreenThreadDb } from '../renderer/src/db/db';
import { saveAction } from '../renderer/src/db/repositories/actions';
import { storeSubmission } from '../renderer/src/db/repositories/submissions';

const TODAY = '2026-12-03';

const N = 5000;
const RUNS = 5;
const GOAL_MS = 100;
const WRITE_GOAL_MS = 50;
const BATCH_ORGS = 50;
const WRITE_RUNS = 9;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEMS = ['Говь', 'Ноолуур', 'Хангай', 'Эрдэнэт', 'Сор', 'Мон', 'Тэмүүлэл', 'Алтай', 'Гоёл'];
const SUFFIX = ['ХХК', 'ХК', 'Текстиль ХХК', 'Кашмир ХХК'];
const STATUSES = ['received', 'in_review', 'approved', 'declined', 'returned'] as const;
const CATS = ['A', 'B', 'C', null] as const;
const DECISIONS = ['eligible', 'eligible_subject_to_verification', 'not_eligible', null] as const;
const CODES = ['MGT-2', 'MGT-3', 'MGT-4', 'MGT-6', null] as const;

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

export function generateSources(n: number, seed = 7): PortfolioSource[] {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const nameMn = `${pick(rnd, STEMS)} ${pick(rnd, STEMS)} ${pick(rnd, SUFFIX)} ${String(i)}`;
    const decision = pick(rnd, DECISIONS);
    const category = pick(rnd, CATS);
    const code = decision ? pick(rnd, CODES) : null;
    // A signed loan between 2023 and 2026: its schedule has items behind and ahead of TODAY.
    const signed = category !== null && rnd() < 0.7;
    const signingDate = addDays('2023-01-01', Math.floor(rnd() * 1400));
    const esap: EsapDueInput[] = Array.from({ length: Math.floor(rnd() * 6) }, (_, k) => ({
      id: `E${String(k + 1)}`,
      action: `Action ${String(k + 1)} for company ${String(i)}`,
      deadline: addDays(signingDate, 30 + Math.floor(rnd() * 700)),
      status: pick(rnd, ACTION_STATUSES),
      conditionPrecedent: rnd() < 0.3,
    }));
    return {
      id: `app-org-${String(i)}`,
      orgId: `org-${String(i)}`,
      nameMn,
      nameEn: `Company ${String(i)} LLC`,
      registrationNo: String(5_000_000 + Math.floor(rnd() * 4_000_000)),
      status: pick(rnd, STATUSES),
      ...(category ? { category, findings: Math.floor(rnd() * 8) } : {}),
      suggestedCategory: pick(rnd, ['A', 'B', 'C'] as const),
      ...(decision ? { greenDecision: decision } : {}),
      amountMnt: Math.round(rnd() * 2_000) * 1_000_000,
      ...(code ? { taxonomyCode: code } : {}),
      womenLed: rnd() < 0.35,
      importedAt: new Date(
        Date.UTC(2025, 0, 1) + Math.floor(rnd() * 600) * 86_400_000,
      ).toISOString(),
      ...(decision ? { co2AvoidedT: Math.round(rnd() * 5000) / 10 } : {}),
      schedule:
        signed && category
          ? monitoringSchedule(
              category,
              signingDate,
              1 + Math.floor(rnd() * 7),
              esap.flatMap((a) => (a.deadline ? [a.deadline] : [])),
              [],
            ).map((m) => (m.due < TODAY && rnd() < 0.8 ? { ...m, doneOn: m.due } : m))
          : [],
      esap,
    };
  });
}

export function generateRows(n: number, seed = 7): PortfolioRow[] {
  return generateSources(n, seed).map((s) => toPortfolioRow(s, TODAY));
}

interface Case {
  name: string;
  filter: PortfolioFilter;
  sort: PortfolioSort;
}

const CASES: Case[] = [
  { name: 'all rows, sort by name', filter: EMPTY_FILTER, sort: { key: 'name', dir: 'asc' } },
  {
    name: 'category B + green, sort by amount desc',
    filter: { ...EMPTY_FILTER, category: 'B', greenDecision: 'eligible' },
    sort: { key: 'amountMnt', dir: 'desc' },
  },
  {
    name: 'search "ноолуур", sort by taxonomy',
    filter: { ...EMPTY_FILTER, search: 'ноолуур' },
    sort: { key: 'taxonomyCode', dir: 'asc' },
  },
  {
    name: 'not screened, sort by name',
    filter: { ...EMPTY_FILTER, category: 'none' },
    sort: { key: 'name', dir: 'asc' },
  },
  {
    name: 'with overdue items, sort by overdue count',
    filter: { ...EMPTY_FILTER, overdue: 'yes' },
    sort: { key: 'overdue', dir: 'desc' },
  },
  {
    name: 'all rows, sort by next due date',
    filter: EMPTY_FILTER,
    sort: { key: 'nextDue', dir: 'asc' },
  },
  {
    name: 'women-led in review, sort by import date',
    filter: { ...EMPTY_FILTER, womenLed: 'yes', status: 'in_review' },
    sort: { key: 'importedAt', dir: 'desc' },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const sources = generateSources(N);
const buildTimes: number[] = [];
let rows: PortfolioRow[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  rows = sources.map((src) => toPortfolioRow(src, TODAY));
  buildTimes.push(performance.now() - t0);
}
const results = CASES.map((c) => {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const out = sortPortfolio(filterPortfolio(rows, c.filter), c.sort);
    times.push(performance.now() - t0);
    count = out.length;
  }
  return {
    case: c.name,
    rows: count,
    medianMs: Number(median(times).toFixed(2)),
    runsMs: times.map((t) => Number(t.toFixed(2))),
  };
});
const statsTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  portfolioStats(rows);
  statsTimes.push(performance.now() - t0);
}

/** An ESAP item as the officer's plan holds it, its owner changed on every write. */
function esapItem(n: number): ActionItem {
  return {
    id: 'ESAP-BENCH-1',
    source: { kind: 'es', ref: 'DOC-FIRE-SAFETY' },
    action: 'Obtain the fire-safety certificate',
    priority: 'high',
    owner: `Owner ${String(n)}`,
    deadline: '2027-06-30',
    status: 'open',
    conditionPrecedent: true,
  };
}

/** The four demo companies, repeated under new ids and registration numbers up to `n`. */
async function seedApplications(database: GreenThreadDb, n: number): Promise<string[]> {
  const demos = demoPackages(ACTIVE_PACK);
  const orgIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const demo = demos[i % demos.length];
    if (!demo) throw new Error('no demo company');
    const pkg = {
      ...demo,
      organisation: {
        ...demo.organisation,
        id: `bench-org-${String(i)}`,
        registrationNo: String(6_000_000 + i),
      },
    };
    const row = await storeSubmission(pkg, { fileName: `demo-${String(i)}.xlsx` }, database);
    orgIds.push(row.orgId);
  }
  return orgIds;
}

const database = new GreenThreadDb(`bench-portfolio-${crypto.randomUUID()}`);
const orgIds = await seedApplications(database, BATCH_ORGS);
const firstOrg = orgIds[0] ?? '';
const writeTimes: number[] = [];
for (let i = 0; i < WRITE_RUNS; i++) {
  const t0 = performance.now();
  await saveAction(firstOrg, esapItem(i), database);
  writeTimes.push(performance.now() - t0);
}
const batchTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  // As a pull lands: one transaction, one row for each of 50 organisations.
  await writeTransaction(database, [database.actions], async () => {
    for (const orgId of orgIds)
      await database.actions.put({
        ...esapItem(100 + i),
        orgId,
        createdAt: '2026-12-03T00:00:00.000Z',
        updatedAt: new Date().toISOString(),
        rev: 100 + i,
      });
  });
  batchTimes.push(performance.now() - t0);
}
const writeMedian = Number(median(writeTimes).toFixed(1));
const batchMedian = Number(median(batchTimes).toFixed(1));
await database.delete();

const worst = Math.max(...results.map((r) => r.medianMs));
const report = {
  bench: 'portfolio filter + sort',
  applications: N,
  runs: RUNS,
  goalMs: GOAL_MS,
  worstMedianMs: worst,
  meetsGoal: worst < GOAL_MS,
  statsMedianMs: Number(median(statsTimes).toFixed(2)),
  buildRowsMedianMs: Number(median(buildTimes).toFixed(2)),
  withOverdue: rows.filter((r) => r.overdue.length > 0).length,
  scheduleItems: sources.reduce((n, src) => n + src.schedule.length, 0),
  esapItems: sources.reduce((n, src) => n + src.esap.length, 0),
  load: loadavg().map((l) => Number(l.toFixed(2))),
  cases: results,
  summaryRefresh: {
    engine: 'fake-indexeddb (node)',
    organisation: 'a demo company (24 months, screening, green project)',
    oneAuditedWriteMedianMs: writeMedian,
    oneAuditedWriteRunsMs: writeTimes.map((t) => Number(t.toFixed(1))),
    goalPerWriteMs: WRITE_GOAL_MS,
    meetsWriteGoal: writeMedian <= WRITE_GOAL_MS,
    batchOrganisations: BATCH_ORGS,
    batchMedianMs: batchMedian,
    batchPerOrganisationMs: Number((batchMedian / BATCH_ORGS).toFixed(1)),
    meetsBatchGoal: batchMedian / BATCH_ORGS <= WRITE_GOAL_MS,
  },
  node: process.version,
  measuredAt: new Date().toISOString(),
};
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'portfolio.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
