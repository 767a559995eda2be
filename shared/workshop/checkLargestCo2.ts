import type { Carrier } from '../calc/carriers';
import type { CriteriaPack } from '../catalogue/types';
import { scorePackage } from '../engine/scorePackage';
import type { Explained } from '../explain/types';
import type { ApplicationPackage } from '../package/schema';
import { benchmarkYear } from './benchmark';

export interface Co2Source {
  carrier: Carrier;
  tCo2: number;
  sharePct: number;
  /** The engine's own explanation of this carrier's CO2 (quantity × factor, with sources). */
  explained: Explained;
}

export interface Co2Sources {
  /** The year read: the one covered by the most months (see benchmarkYear). */
  year: string | null;
  /** Largest first. */
  sources: Co2Source[];
  total: Explained | null;
}

/** CO2 by carrier for the company's fullest year, from the engine's indicators. */
export function co2Sources(pkg: ApplicationPackage, pack: CriteriaPack): Co2Sources {
  const year = benchmarkYear(scorePackage(pkg, pack).indicators.years);
  if (!year) return { year: null, sources: [], total: null };
  const em = year.indicators.emissions;
  const total = em.total.value ?? 0;
  const sources: Co2Source[] = [];
  for (const [carrier, e] of Object.entries(em.byCarrier) as [Carrier, Explained | undefined][]) {
    if (!e || e.value === null || e.value <= 0) continue;
    sources.push({
      carrier,
      tCo2: e.value,
      sharePct: total > 0 ? (e.value / total) * 100 : 0,
      explained: e,
    });
  }
  sources.sort((a, b) => b.tCo2 - a.tCo2);
  return { year: year.year, sources, total: em.total };
}

export interface LargestCo2Check {
  correct: boolean;
  picked: Carrier;
  /** null when the company reports no emissions at all. */
  expected: Carrier | null;
  result: Co2Sources;
}

/** Right when the picked carrier is the one with the most CO2 (ties: any of the tied ones). */
export function checkLargestCo2Source(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  picked: Carrier,
): LargestCo2Check {
  const result = co2Sources(pkg, pack);
  const top = result.sources[0];
  const pickedSource = result.sources.find((s) => s.carrier === picked);
  return {
    correct: top !== undefined && pickedSource !== undefined && pickedSource.tCo2 >= top.tCo2,
    picked,
    expected: top?.carrier ?? null,
    result,
  };
}
