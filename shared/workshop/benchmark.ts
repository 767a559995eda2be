import type { CriteriaPack, Text, VcpPillarId } from '../catalogue/types';
import type { YearResult } from '../calc/periods';
import { scorePackage } from '../engine/scorePackage';
import type { ApplicationPackage } from '../package/schema';
import { summarise, type FiveNumberSummary } from './stats';

const tx = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

/**
 * Fewer participants than this and the group figures are withheld: with two firms the minimum
 * and maximum would be each firm's own value. Illustrative default [D] (editable).
 */
export const MIN_GROUP_SIZE = 3;

/** One participant's figures, with no name or id: the benchmark never carries who is who. */
export interface ParticipantFigures {
  /** The calendar year the intensities come from. */
  year: string | null;
  energyKwhPerKg: number | null;
  waterLPerKg: number | null;
  co2KgPerKg: number | null;
  womenSharePct: number | null;
  vcpOverallPct: number | null;
  vcpPillarPct: Partial<Record<VcpPillarId, number | null>>;
}

export type MeasureKey =
  | 'energyKwhPerKg'
  | 'waterLPerKg'
  | 'co2KgPerKg'
  | 'womenSharePct'
  | 'vcpOverallPct'
  | `vcp.${VcpPillarId}`;

export interface BenchmarkMeasure {
  key: MeasureKey;
  label: Text;
  unit: string;
  group: 'intensity' | 'people' | 'vcp';
  summary: FiveNumberSummary | null;
  /** The group's values sorted ascending (no order of arrival, no names); null when withheld. */
  values: number[] | null;
}

export interface GroupBenchmark {
  participants: number;
  /** False below MIN_GROUP_SIZE: the measures are then all withheld (summary null). */
  shown: boolean;
  measures: BenchmarkMeasure[];
}

/**
 * The year the benchmark reads: the one covered by the most months, the latest on a tie, so a
 * participant's stray first month of a new year does not replace a full year.
 */
export function benchmarkYear(years: readonly YearResult[]): YearResult | undefined {
  let best: YearResult | undefined;
  for (const y of years) {
    if (!best || y.monthsCovered >= best.monthsCovered) best = y;
  }
  return best;
}

export function participantFigures(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
): ParticipantFigures {
  const r = scorePackage(pkg, pack);
  const y = benchmarkYear(r.indicators.years);
  const pillars: Partial<Record<VcpPillarId, number | null>> = {};
  for (const p of r.vcp.pillars) pillars[p.pillar] = p.scorePct.value;
  return {
    year: y?.year ?? null,
    energyKwhPerKg: y?.indicators.intensity.energyKwhPerKg.value ?? null,
    waterLPerKg: y?.indicators.intensity.waterLPerKg.value ?? null,
    co2KgPerKg: y?.indicators.intensity.co2KgPerKg.value ?? null,
    womenSharePct: y?.indicators.labour.womenSharePct.value ?? null,
    vcpOverallPct: r.vcp.overallPct.value,
    vcpPillarPct: pillars,
  };
}

const BASE_MEASURES: readonly Omit<BenchmarkMeasure, 'summary' | 'values'>[] = [
  {
    key: 'energyKwhPerKg',
    label: tx('Energy intensity', 'Эрчим хүчний эрчимжилт'),
    unit: 'kWh/kg',
    group: 'intensity',
  },
  {
    key: 'waterLPerKg',
    label: tx('Water intensity', 'Усны эрчимжилт'),
    unit: 'L/kg',
    group: 'intensity',
  },
  {
    key: 'co2KgPerKg',
    label: tx('CO2 intensity', 'CO2-ын эрчимжилт'),
    unit: 'kgCO2e/kg',
    group: 'intensity',
  },
  {
    key: 'womenSharePct',
    label: tx("Women's share of employees", 'Ажилтнуудын дунд эмэгтэйчүүдийн эзлэх хувь'),
    unit: '%',
    group: 'people',
  },
  {
    key: 'vcpOverallPct',
    label: tx('VCP overall score', 'ДДД нийт оноо'),
    unit: '%',
    group: 'vcp',
  },
];

function valueOf(f: ParticipantFigures, key: MeasureKey): number | null {
  if (key.startsWith('vcp.')) return f.vcpPillarPct[key.slice(4) as VcpPillarId] ?? null;
  return f[key as Exclude<MeasureKey, `vcp.${VcpPillarId}`>];
}

/** Medians and quartiles over the group; every pillar of the pack gets its own row. */
export function groupBenchmark(
  figures: readonly ParticipantFigures[],
  pack: CriteriaPack,
): GroupBenchmark {
  const shown = figures.length >= MIN_GROUP_SIZE;
  const defs: Omit<BenchmarkMeasure, 'summary' | 'values'>[] = [
    ...BASE_MEASURES,
    ...pack.pillars.map((p) => ({
      key: `vcp.${p.id}` as const,
      label: tx(`VCP: ${p.title.en}`, `ДДД: ${p.title.mn}`),
      unit: '%',
      group: 'vcp' as const,
    })),
  ];
  return {
    participants: figures.length,
    shown,
    measures: defs.map((d) => {
      const raw = figures.map((f) => valueOf(f, d.key));
      return {
        ...d,
        summary: shown ? summarise(raw) : null,
        values: shown
          ? raw.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b)
          : null,
      };
    }),
  };
}
