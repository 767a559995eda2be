import type { Process } from '../package/enums';
import { PROCESSES } from '../package/enums';
import type { MetricId } from './metricIds';
import type { Source } from './types';

/**
 * Plausible MONTHLY ranges per process, in each metric's canonical unit. These are orders of
 * magnitude for a Mongolian textile MSME (a few hundred tonnes of fibre a year, 10–300 staff),
 * not published benchmarks: the IFC/BREF per-kg tables could not be retrieved (reference.md §4,
 * §10 gaps 5–7). Used only to flag a value for "keep and explain", never to reject it.
 */
export const RANGE_SOURCE: Source = {
  citation:
    'Illustrative default (editable): orders of magnitude for a Mongolian textile MSME; EU BAT Reference Document for the Textiles Industry (2023) and wool-scouring literature for wet-process water and energy',
  provenance: 'D',
};

export type Range = readonly [min: number, max: number];
export type ProcessRanges = Readonly<Partial<Record<Process, Range>>>;

function perProcess(base: Range, overrides: Partial<Record<Process, Range>> = {}): ProcessRanges {
  const out: Partial<Record<Process, Range>> = {};
  for (const p of PROCESSES) out[p] = overrides[p] ?? base;
  return out;
}

const WET_HEAT: Partial<Record<Process, Range>> = {
  scouring: [0, 5000],
  dyeing: [0, 5000],
  finishing: [0, 4000],
};

export const METRIC_RANGES: Readonly<Partial<Record<MetricId, ProcessRanges>>> = {
  'production.input_kg': perProcess([100, 200_000], { scouring: [1000, 300_000] }),
  'production.output_kg': perProcess([50, 150_000], {
    garment: [20, 20_000],
    knitting: [50, 30_000],
    dehairing: [200, 60_000],
  }),
  'energy.electricity': perProcess([500, 300_000], {
    dehairing: [5000, 500_000],
    spinning: [5000, 800_000],
    garment: [200, 60_000],
    sorting: [200, 50_000],
  }),
  // Heat and fuels can be zero outside the heating season (October–April).
  'energy.district_heat': perProcess([0, 2000], WET_HEAT),
  'energy.steam': perProcess([0, 2000], { scouring: [0, 10_000], dyeing: [0, 10_000] }),
  'energy.coal': perProcess([0, 800], { scouring: [0, 2000], dyeing: [0, 2000] }),
  'energy.briquettes': perProcess([0, 200]),
  'energy.diesel': perProcess([0, 20_000]),
  'energy.gasoline': perProcess([0, 10_000]),
  'energy.lpg': perProcess([0, 10_000]),
  'energy.solar_generated': perProcess([0, 150_000]),
  'water.municipal': perProcess([0, 3000], {
    scouring: [0, 40_000],
    dyeing: [0, 30_000],
    finishing: [0, 20_000],
  }),
  'water.groundwater': perProcess([0, 3000], { scouring: [0, 40_000], dyeing: [0, 30_000] }),
  'wastewater.discharged': perProcess([0, 3000], {
    scouring: [0, 40_000],
    dyeing: [0, 30_000],
    finishing: [0, 20_000],
  }),
  'waste.fibre': perProcess([0, 50]),
  'waste.sludge': perProcess([0, 1], { scouring: [0, 200], dyeing: [0, 100], finishing: [0, 50] }),
  'waste.hazardous': perProcess([0, 5], { dyeing: [0, 20], scouring: [0, 20] }),
  'waste.general': perProcess([0, 50]),
  'chemicals.detergents': perProcess([0, 500], { scouring: [0, 20_000] }),
  'chemicals.dyes': perProcess([0, 200], { dyeing: [0, 10_000] }),
  'labour.employees': perProcess([1, 1500]),
  'labour.women': perProcess([0, 1500]),
  'labour.hours_worked': perProcess([100, 300_000]),
  'labour.overtime_hours': perProcess([0, 50_000]),
  'labour.lowest_wage_mnt': perProcess([300_000, 20_000_000]),
  'labour.lost_time_injuries': perProcess([0, 20]),
  'labour.training_hours': perProcess([0, 20_000]),
  'cost.energy_mnt': perProcess([0, 2_000_000_000]),
};

/**
 * Combined range for a firm running several processes: lowest minimum and the SUM of maxima,
 * because a scourer-dehairer uses the electricity of both steps [D].
 */
export function combinedRange(ranges: ProcessRanges, processes: readonly Process[]): Range | null {
  const list = processes.length > 0 ? processes : PROCESSES;
  let min = Infinity;
  let max = 0;
  let found = false;
  for (const p of list) {
    const r = ranges[p];
    if (!r) continue;
    found = true;
    min = Math.min(min, r[0]);
    max += r[1];
  }
  if (!found) return null;
  // With no processes declared, summing every process's maximum would be meaningless.
  if (processes.length === 0) max = Math.max(...PROCESSES.map((p) => ranges[p]?.[1] ?? 0));
  return [min, max];
}

/**
 * A monthly figure this many times the plausible maximum is almost surely a typing slip (a
 * stray key, a value in the wrong unit): it is held for the user's confirmation before it is
 * stored. Figures between the maximum and this are merely unusual ("keep and explain").
 */
export const ABSURD_FACTOR = 10;

/** True when `canonicalValue` lies beyond ABSURD_FACTOR × the range's top. */
export function isAbsurd(range: Range | null | undefined, canonicalValue: number): boolean {
  if (!range || range[1] <= 0) return false;
  return canonicalValue > range[1] * ABSURD_FACTOR;
}
