import { METRICS, type UnitConversion } from '../catalogue/metrics';
import type { MetricId } from '../catalogue/metricIds';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, GJ_PER, ncvKcalPerKgToGjPerT } from './energy';

export function allowedUnits(metricId: MetricId): string[] {
  return Object.keys(METRICS[metricId].units);
}

/**
 * Converts an entered value to the metric's canonical unit; null if the unit is not allowed.
 * ncvKcalPerKg is only used when coal or briquettes are entered as energy (GJ, Gcal).
 */
export function tryToCanonical(
  metricId: MetricId,
  value: number,
  unit: string,
  ncvKcalPerKg: number = DEFAULT_COAL_NCV_KCAL_PER_KG,
): number | null {
  const units = METRICS[metricId].units;
  if (!Object.hasOwn(units, unit)) return null;
  const conv = units[unit];
  if (!conv) return null;
  return convertWith(conv, value, ncvKcalPerKg);
}

/** Applies one unit's conversion to the canonical unit (the arithmetic behind tryToCanonical). */
export function convertWith(
  conv: UnitConversion,
  value: number,
  ncvKcalPerKg: number = DEFAULT_COAL_NCV_KCAL_PER_KG,
): number {
  if (conv.kind === 'linear') return value * conv.factor;
  // energy ÷ (GJ per tonne) = tonnes
  return (value * GJ_PER[conv.energyUnit]) / ncvKcalPerKgToGjPerT(ncvKcalPerKg);
}

export function toCanonical(
  metricId: MetricId,
  value: number,
  unit: string,
  ncvKcalPerKg?: number,
): number {
  const out = tryToCanonical(metricId, value, unit, ncvKcalPerKg);
  if (out === null) {
    throw new RangeError(
      `unit "${unit}" is not allowed for ${metricId} (allowed: ${allowedUnits(metricId).join(', ')})`,
    );
  }
  return out;
}

/** The inverse of toCanonical, for showing a canonical value in the unit the user chose. */
export function fromCanonical(
  metricId: MetricId,
  canonicalValue: number,
  unit: string,
  ncvKcalPerKg: number = DEFAULT_COAL_NCV_KCAL_PER_KG,
): number {
  const conv = METRICS[metricId].units[unit];
  if (!conv) throw new RangeError(`unit "${unit}" is not allowed for ${metricId}`);
  if (conv.kind === 'linear') return canonicalValue / conv.factor;
  return (canonicalValue * ncvKcalPerKgToGjPerT(ncvKcalPerKg)) / GJ_PER[conv.energyUnit];
}
