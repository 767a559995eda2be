// A year's total beside its months on the Metrics sheet, and the words that say how it is formed.
// Flows are summed; headcounts are averaged over the months reported and the lowest wage is the
// lowest month, by the engine's own roll-up rule (shared/calc/rollup).
import type { MetricId } from '../catalogue/metricIds';
import { rollUpRule } from '../calc/rollup';
import type { Language } from '../package/enums';
import { agg, mul, ratio, sum, type Expr } from './expr';
import type { FactorKey } from './factorTable';
import type { DerivedKey } from './metricsFormulas';

const HOW_WORDS = {
  sum: ['sum of months', 'саруудын нийлбэр'],
  average: ['average of months', 'саруудын дундаж'],
  minimum: ['lowest month', 'хамгийн бага сар'],
  ratio: ['ratio of totals', 'дүнгийн харьцаа'],
  ncv: ['per month', 'сард'],
} as const;

export type HowKind = keyof typeof HOW_WORDS;

export const howWord = (k: HowKind, lang: Language): string => HOW_WORDS[k][lang === 'en' ? 0 : 1];

export const INTENSITY: ReadonlySet<DerivedKey> = new Set([
  'energyIntensity',
  'co2Intensity',
  'waterIntensity',
]);

export function inputHow(metric: MetricId): HowKind {
  return rollUpRule(metric);
}

export function derivedHow(k: DerivedKey): HowKind {
  return INTENSITY.has(k) ? 'ratio' : 'sum';
}

/** The year total of an input row over its period cells (range "B5:M5"). */
export function inputTotal(metric: MetricId, range: string, values: (number | '')[]): Expr {
  const rule = rollUpRule(metric);
  return rule === 'sum'
    ? sum(range, values)
    : agg(rule === 'average' ? 'AVERAGE' : 'MIN', range, values);
}

/**
 * The year total of a derived row: flows summed over the months, intensities as the ratio of the
 * year's totals (never an average of monthly ratios).
 */
export function derivedTotal(
  k: DerivedKey,
  range: string,
  values: (number | '')[],
  total: (k: DerivedKey) => Expr,
  F: (k: FactorKey) => Expr,
): Expr {
  if (k === 'energyIntensity') return ratio(total('totalEnergy'), total('output'));
  if (k === 'co2Intensity') return ratio(mul(total('co2'), F('conv.kg_per_t')), total('output'));
  if (k === 'waterIntensity')
    return ratio(mul(total('water'), F('conv.l_per_m3')), total('output'));
  return sum(range, values);
}
