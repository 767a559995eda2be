import type { MetricId } from '../../../../shared/catalogue/metricIds';
import { isAbsurd } from '../../../../shared/catalogue/metricRanges';
import {
  checkOutlier,
  METRICS,
  rangeTable,
  type OutlierCheck,
} from '../../../../shared/catalogue/metrics';
import type { Process } from '../../../../shared/package/enums';
import type { MetricValue } from '../../../../shared/package/schema';
import { fromCanonical, tryToCanonical } from '../../../../shared/units/toCanonical';
import { parseNcvText, readCell, type CellError } from './parseCell';

export type StoredYear = Readonly<Record<string, Partial<Record<MetricId, MetricValue>>>>;

/**
 * The unit a row is shown and saved in: the user's choice, else the unit most months of the
 * year were stored in, else the canonical unit.
 */
export function rowUnit(
  metricId: MetricId,
  months: readonly string[],
  stored: StoredYear,
  chosen: string | undefined,
): string {
  const units = METRICS[metricId].units;
  if (chosen && Object.hasOwn(units, chosen)) return chosen;
  const counts = new Map<string, number>();
  for (const m of months) {
    const u = stored[m]?.[metricId]?.unit;
    if (u && Object.hasOwn(units, u)) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  let best = METRICS[metricId].canonicalUnit;
  let n = 0;
  for (const [u, c] of counts) if (c > n) [best, n] = [u, c];
  return best;
}

/** A stored value shown in the row's unit (converted only when it was stored in another). */
export function storedInUnit(metricId: MetricId, v: MetricValue, unit: string): number {
  if (v.unit === unit) return v.value;
  const canonical = tryToCanonical(metricId, v.value, v.unit, v.ncvKcalPerKg);
  if (canonical === null) return v.value;
  const out = fromCanonical(metricId, canonical, unit, v.ncvKcalPerKg);
  // Conversions leave binary noise (0.30000000000000004): keep 10 significant digits.
  return Number(out.toPrecision(10));
}

/** Plain text for editing: no grouping, so what a user edits is exactly the stored number. */
export function numberText(v: number): string {
  return String(Number(v.toPrecision(12)));
}

export interface CellInputs {
  /** Text typed in the value cell, undefined when untouched. */
  valueDraft: string | undefined;
  ncvDraft: string | undefined;
  /** "Keep and explain" text set on this screen, undefined when untouched ('' clears it). */
  explanationDraft: string | undefined;
  stored: MetricValue | undefined;
  /**
   * The figure typing in the cell began over (null: empty), when known. The user's figure is an
   * edit of that one: its source (metered, invoice, estimated) goes with it even when the cell
   * holds something else now (a restore, another window), so a figure put back keeps it.
   */
  base?: MetricValue | null;
  unit: string;
  processes: readonly Process[];
}

export type EntryResult =
  { kind: 'entry'; value: MetricValue } | { kind: 'clear' } | { kind: 'invalid'; error: CellError };

/**
 * What is written for one metric in one month, from the cell texts and what is already stored.
 * Notes and evidence are kept; a kept-outlier explanation is dropped once the value is no longer
 * an outlier, because it would then explain nothing.
 */
export function buildEntry(metricId: MetricId, c: CellInputs): EntryResult {
  const stored = c.stored;
  const parsed =
    c.valueDraft !== undefined
      ? readCell(c.valueDraft)
      : { ok: true as const, value: stored ? storedInUnit(metricId, stored, c.unit) : null };
  if (!parsed.ok) return { kind: 'invalid', error: parsed.error };
  if (parsed.value === null) return { kind: 'clear' };
  const out: MetricValue = { value: parsed.value, unit: c.unit };
  if (stored?.note !== undefined) out.note = stored.note;
  if (stored?.evidence !== undefined) out.evidence = stored.evidence;
  const source = c.base !== undefined ? c.base : stored;
  if (source?.quality !== undefined) out.quality = source.quality;
  const ncv = c.ncvDraft !== undefined ? parseNcvText(c.ncvDraft) : null;
  if (ncv && ncv.ok && ncv.value !== null) out.ncvKcalPerKg = ncv.value;
  else if ((!ncv || !ncv.ok) && stored?.ncvKcalPerKg !== undefined)
    out.ncvKcalPerKg = stored.ncvKcalPerKg;
  const explanation = (c.explanationDraft ?? stored?.outlierExplanation ?? '').trim();
  if (explanation !== '' && outlierOf(metricId, out, c.processes).outlier)
    out.outlierExplanation = explanation;
  return { kind: 'entry', value: out };
}

export function outlierOf(
  metricId: MetricId,
  v: MetricValue,
  processes: readonly Process[],
): OutlierCheck {
  const canonical = tryToCanonical(metricId, v.value, v.unit, v.ncvKcalPerKg);
  return checkOutlier(metricId, canonical ?? Number.NaN, processes);
}

/** Far outside the plausible monthly range: held for the user's confirmation, never stored silently. */
export function absurdOf(
  metricId: MetricId,
  v: MetricValue,
  processes: readonly Process[],
): boolean {
  const canonical = tryToCanonical(metricId, v.value, v.unit, v.ncvKcalPerKg);
  return canonical !== null && isAbsurd(rangeTable(processes)[metricId], canonical);
}

export type Aggregation = 'sum' | 'average' | 'minimum';

/** Same rules as the engine's roll-up: stocks averaged, the lowest wage is the minimum. */
export function aggregationOf(metricId: MetricId): Aggregation {
  if (metricId === 'labour.employees' || metricId === 'labour.women') return 'average';
  if (metricId === 'labour.lowest_wage_mnt') return 'minimum';
  return 'sum';
}

export function aggregate(how: Aggregation, values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return null;
  if (how === 'minimum') return Math.min(...xs);
  const sum = xs.reduce((a, b) => a + b, 0);
  return how === 'average' ? sum / xs.length : sum;
}

/** The year's calorific value: the tonnage-weighted mean of the months that state one. */
export function weightedNcv(pairs: readonly { amount: number | null; ncv: number | null }[]) {
  let w = 0;
  let s = 0;
  for (const p of pairs) {
    if (p.amount === null || p.ncv === null) continue;
    w += p.amount;
    s += p.amount * p.ncv;
  }
  return w > 0 ? s / w : null;
}
