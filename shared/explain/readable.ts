import type { Explanation } from './types';
import { GJ_PER_GCAL } from '../units/energy';

/**
 * The arithmetic of an explanation in a form a manager can read ("180 t × 14.2 GJ/t × 0.101
 * t CO2e/GJ"), kept apart from the rules that write explanations: it reads only their numbers.
 * Every line is checked against the result, so it never shows arithmetic that does not add up;
 * when no plain form fits, there is no line and the formula is shown as before.
 */

export interface ReadableTerm {
  value: number;
  unit: string;
  /** Index of the explanation input this term is, when it is one. */
  input?: number;
  /** Id of the factor this term is, when it is one. */
  factor?: string;
}

export type ReadableLine =
  | { kind: 'sum'; terms: ReadableTerm[] }
  | { kind: 'ratio'; terms: [ReadableTerm, ReadableTerm]; scale: number }
  | { kind: 'product'; terms: ReadableTerm[] }
  | { kind: 'asEntered'; terms: [ReadableTerm] };

const KCAL_TO_GJ_PER_T = GJ_PER_GCAL / 1000;

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function readableLine(e: Explanation): ReadableLine | null {
  const r = e.result;
  if (r === null) return null;
  const nums: ReadableTerm[] = [];
  for (const [k, i] of e.inputs.entries()) {
    if (typeof i.value !== 'number') return null;
    nums.push({ value: i.value, unit: i.unit, input: k });
  }
  if (nums.length === 0) return null;
  const [a, b] = nums;
  if (!a) return null;

  if (nums.length >= 2 && e.factors.length === 0 && nums.every((t) => t.unit === e.unit)) {
    const sum = nums.reduce((s, t) => s + t.value, 0);
    if (close(sum, r)) return { kind: 'sum', terms: nums };
  }
  if (nums.length === 2 && b && b.value !== 0 && e.factors.length === 0) {
    for (const scale of [1, 1000])
      if (close((a.value * scale) / b.value, r)) return { kind: 'ratio', terms: [a, b], scale };
  }
  if (nums.length !== 1) return null;
  if (e.factors.length === 0 && a.unit === e.unit && close(a.value, r))
    return { kind: 'asEntered', terms: [a] };

  // One amount times its factors: the amount in the factor's unit, the calorific value as GJ per
  // tonne, then the one factor that leads to the result (the catalogue's own where it is that).
  const terms: ReadableTerm[] = [];
  let current = a;
  const perMwh = e.factors.find((f) => f.unit.endsWith('/MWh'));
  if (a.unit === 'kWh' && perMwh) current = { value: a.value / 1000, unit: 'MWh', input: 0 };
  terms.push(current);
  let product = current.value;
  let unit = current.unit;
  const ncv = e.factors.find((f) => f.unit === 'kcal/kg');
  if (ncv && unit === 't') {
    const gjPerT = ncv.value * KCAL_TO_GJ_PER_T;
    terms.push({ value: gjPerT, unit: 'GJ/t', factor: ncv.id });
    product *= gjPerT;
    unit = 'GJ';
  }
  if (product === 0) return null;
  const rest = r / product;
  if (!close(rest, 1)) {
    const own = e.factors.find((f) => f.unit.endsWith(`/${unit}`) && close(f.value, rest));
    terms.push(
      own
        ? { value: own.value, unit: own.unit, factor: own.id }
        : { value: rest, unit: `${e.unit}/${unit}` },
    );
  }
  if (terms.length < 2) return null;
  return { kind: 'product', terms };
}
