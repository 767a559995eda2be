import { ACTIVE_PACK } from '../catalogue/packs';
import type { CriteriaPack } from '../catalogue/types';
import { DEFAULT_COAL_NCV_KCAL_PER_KG } from '../units/energy';
import { ANSWERS, PERMIT_KINDS, type Answer, type Process } from '../package/enums';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type ApplicationPackage,
  type PeriodData,
  type Permit,
  type ProjectFigures,
} from '../package/schema';

/** mulberry32: a tiny deterministic PRNG, so benchmarks and tests get the same packages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARCHETYPES: readonly { processes: Process[]; staff: [number, number]; outputKg: number }[] = [
  { processes: ['sorting', 'scouring', 'dehairing'], staff: [40, 200], outputKg: 20_000 },
  { processes: ['spinning', 'knitting'], staff: [50, 300], outputKg: 8_000 },
  { processes: ['dyeing', 'finishing'], staff: [15, 80], outputKg: 6_000 },
  { processes: ['garment'], staff: [10, 60], outputKg: 1_500 },
  { processes: ['knitting', 'garment'], staff: [20, 120], outputKg: 2_500 },
];

const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const pad = (n: number) => String(n).padStart(2, '0');

function monthKey(startYear: number, index: number): string {
  const y = startYear + Math.floor(index / 12);
  return `${y}-${pad((index % 12) + 1)}`;
}

/** Heating-season weight: January coldest, July none (realism.md "Seasons"). */
function heatingWeight(month: number): number {
  return Math.max(0, Math.cos(((month - 1) / 12) * 2 * Math.PI) * 0.6 + 0.4);
}

function figures(rnd: () => number, scale: number, saving: number): ProjectFigures {
  return {
    productionKg: round(120_000 * scale),
    electricityKwh: round(400_000 * scale * (1 - saving * rnd())),
    heatGcal: round(900 * scale * (1 - saving)),
    coalT: round(300 * scale * (1 - saving)),
    coalNcvKcalPerKg: DEFAULT_COAL_NCV_KCAL_PER_KG,
    dieselL: round(6000 * scale),
    waterM3: round(30_000 * scale * (1 - saving * rnd())),
    energyCostMnt: round(180_000_000 * scale * (1 - saving)),
  };
}

/**
 * A random but valid and believable ApplicationPackage (same seed → same package). Answers are
 * drawn for the pack's VCP items, exclusions and E&S checks when a pack is given.
 */
export function generatePackage(
  seed: number,
  months: number,
  pack?: CriteriaPack,
): ApplicationPackage {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const arch = pick(ARCHETYPES);
  const staff = Math.round(arch.staff[0] + rnd() * (arch.staff[1] - arch.staff[0]));
  const womenShare =
    arch.processes.includes('garment') || arch.processes.includes('knitting')
      ? 0.6 + rnd() * 0.3
      : 0.3 + rnd() * 0.3;
  const startYear = 2023 + Math.floor(rnd() * 2);
  const periods: PeriodData[] = [];
  for (let i = 0; i < months; i++) {
    const period = monthKey(startYear, i);
    const month = (i % 12) + 1;
    const output = arch.outputKg * (0.6 + rnd() * 0.8);
    const heat = heatingWeight(month);
    const wet = arch.processes.some((p) => p === 'scouring' || p === 'dyeing' || p === 'finishing');
    const minWage = period >= '2025-04' ? 792_000 : period >= '2024-01' ? 660_000 : 550_000;
    const hours = staff * 176 * (0.9 + rnd() * 0.15);
    periods.push({
      period,
      values: {
        'production.input_kg': { value: round(output * 1.8), unit: 'kg' },
        'production.output_kg': { value: round(output), unit: 'kg' },
        'energy.electricity': { value: round(output * (2 + rnd() * 4)), unit: 'kWh' },
        'energy.district_heat': { value: round(heat * staff * 2.5, 1), unit: 'Gcal' },
        'energy.coal': {
          value: round(wet ? heat * output * 0.004 : 0, 2),
          unit: 't',
          ncvKcalPerKg: 3000 + Math.round(rnd() * 800),
        },
        'energy.diesel': { value: round(100 + rnd() * 800), unit: 'L' },
        'water.municipal': {
          value: round(output * (wet ? 0.05 : 0.005) * (0.8 + rnd() * 0.4), 1),
          unit: 'm3',
        },
        'waste.fibre': { value: round(output * 0.0002 * (1 + rnd()), 3), unit: 't' },
        'labour.employees': { value: staff, unit: 'persons' },
        'labour.women': { value: Math.round(staff * womenShare), unit: 'persons' },
        'labour.hours_worked': { value: round(hours), unit: 'h' },
        'labour.overtime_hours': { value: round(hours * rnd() * 0.08), unit: 'h' },
        'labour.lowest_wage_mnt': {
          value: Math.round(minWage * (0.95 + rnd() * 0.4)),
          unit: 'MNT',
        },
        'labour.lost_time_injuries': { value: rnd() < 0.1 ? 1 : 0, unit: 'count' },
        'labour.training_hours': { value: round(staff * rnd() * 2), unit: 'h' },
      },
    });
  }
  const answer = (): Answer => {
    const r = rnd();
    return r < 0.5 ? 'yes' : r < 0.7 ? 'partly' : r < 0.85 ? 'no' : r < 0.95 ? 'na' : pick(ANSWERS);
  };
  const answers: Record<string, { answer: Answer }> = {};
  for (const item of pack?.vcpItems ?? []) if (rnd() < 0.9) answers[item.id] = { answer: answer() };
  const permits: Permit[] = PERMIT_KINDS.filter(() => rnd() < 0.7).map((kind, i) => ({
    id: `permit-${i}`,
    kind,
    issuedOn: '2022-03-01',
    ...(rnd() < 0.8
      ? { expiresOn: `${2025 + Math.floor(rnd() * 3)}-${pad(1 + Math.floor(rnd() * 12))}-15` }
      : {}),
  }));
  const exclusions: Record<string, { hit: boolean }> = {};
  for (const x of pack?.exclusions ?? []) exclusions[x.id] = { hit: rnd() < 0.01 };
  const checks: Record<string, { result: 'ok' | 'finding' | 'na'; confirmed: boolean }> = {};
  for (const c of pack?.esChecks ?? [])
    if (rnd() < 0.3) checks[c.id] = { result: rnd() < 0.7 ? 'ok' : 'finding', confirmed: true };
  const scale = staff / 100;
  const measure = pack?.measures[0];
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    // without a pack, the package names the shipped one (no id or version typed twice)
    packId: (pack ?? ACTIVE_PACK).id,
    packVersion: (pack ?? ACTIVE_PACK).version,
    appVersion: '0.1.0',
    createdAt: `${startYear + Math.ceil(months / 12)}-01-15T08:00:00Z`,
    preparedBy: 'generator',
    language: rnd() < 0.7 ? 'mn' : 'en',
    organisation: {
      id: `org-${seed}`,
      nameMn: `Жишээ ХХК ${seed}`,
      nameEn: `Example LLC ${seed}`,
      registrationNo: String(1_000_000 + (seed % 8_999_999)),
      aimag: 'Ulaanbaatar',
      district: pick(['Khan-Uul', 'Bayangol', 'Songinokhairkhan', 'Chingeltei']),
      address: 'Industrial street 1',
      processes: arch.processes,
      employees: staff,
      annualTurnoverMnt: Math.round(staff * 40_000_000 * (0.5 + rnd())),
      womenOwnershipPct: round(rnd() * 100),
      womenSeniorMgmtPct: round(rnd() * 100),
      certifications: rnd() < 0.3 ? ['MNS6926'] : [],
      permits,
    },
    periods,
    ...(pack
      ? { vcp: { packVersion: pack.version, status: 'submitted' as const, version: 1, answers } }
      : {}),
    ...(pack
      ? {
          es: {
            exclusions,
            checks,
            documentsReceived: pack.documents.filter(() => rnd() < 0.5).map((d) => d.id),
          },
        }
      : {}),
    ...(rnd() < 0.8
      ? {
          project: {
            title: 'Boiler replacement and heat recovery',
            measure: measure?.id ?? 'M-EE-1',
            taxonomyCode: measure?.taxonomyCode ?? pack?.taxonomy[0]?.code ?? 'MGT-2',
            investmentMnt: Math.round(scale * 150_000_000 * (0.5 + rnd())),
            lifetimeYears: 10,
            baseline: figures(rnd, scale, 0),
            projected: figures(rnd, scale, 0.1 + rnd() * 0.3),
          },
        }
      : {}),
    actions: [],
    evidence: [],
    ...(rnd() < 0.2 ? { factorOverrides: { heatSupplyEfficiency: 0.5 } } : {}),
  };
}
