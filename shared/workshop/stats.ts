/**
 * Five-number summaries for the anonymised group benchmark.
 *
 * Quartiles use linear interpolation between order statistics (Hyndman & Fan type 7, the
 * method of Excel's QUARTILE.INC and R's default) so a trainer can reproduce every figure in a
 * spreadsheet from the exported values.
 */
export interface FiveNumberSummary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending; NaN for an empty list. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? a;
  return a + (h - lo) * (b - a);
}

/** n, min, Q1, median, Q3 and max of the finite values; null when there are none. */
export function summarise(
  values: readonly (number | null | undefined)[],
): FiveNumberSummary | null {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
