// Portfolio filter + sort over 5,000 generated applications, with the same pure functions the
// Portfolio screen runs. Goal [D]: < 100 ms per filter + sort (median of 5) on a laptop.
// Run: npx tsx bench/portfolio.bench.ts  → bench/results/portfolio.json
import { mkdirSync, writeFileSync } from 'node:fs';
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
} from '../renderer/src/features/officer-portfolio/portfolioModel';

const N = 5000;
const RUNS = 5;
const GOAL_MS = 100;

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

export function generateRows(n: number, seed = 7): PortfolioRow[] {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const nameMn = `${pick(rnd, STEMS)} ${pick(rnd, STEMS)} ${pick(rnd, SUFFIX)} ${String(i)}`;
    const decision = pick(rnd, DECISIONS);
    return {
      id: `app-org-${String(i)}`,
      orgId: `org-${String(i)}`,
      nameMn,
      nameEn: `Company ${String(i)} LLC`,
      registrationNo: String(5_000_000 + Math.floor(rnd() * 4_000_000)),
      status: pick(rnd, STATUSES),
      category: pick(rnd, CATS),
      greenDecision: decision,
      amountMnt: Math.round(rnd() * 2_000) * 1_000_000,
      taxonomyCode: decision ? pick(rnd, CODES) : null,
      womenLed: rnd() < 0.35,
      importedAt: new Date(
        Date.UTC(2025, 0, 1) + Math.floor(rnd() * 600) * 86_400_000,
      ).toISOString(),
    };
  });
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
    name: 'women-led in review, sort by import date',
    filter: { ...EMPTY_FILTER, womenLed: 'yes', status: 'in_review' },
    sort: { key: 'importedAt', dir: 'desc' },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const rows = generateRows(N);
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
const worst = Math.max(...results.map((r) => r.medianMs));
const report = {
  bench: 'portfolio filter + sort',
  applications: N,
  runs: RUNS,
  goalMs: GOAL_MS,
  worstMedianMs: worst,
  meetsGoal: worst < GOAL_MS,
  statsMedianMs: Number(median(statsTimes).toFixed(2)),
  cases: results,
  node: process.version,
  measuredAt: new Date().toISOString(),
};
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'portfolio.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
