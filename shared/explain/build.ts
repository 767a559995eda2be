import type {
  Explained,
  Explanation,
  ExplanationFactor,
  ExplanationInput,
  ExplanationParams,
} from './types';

export interface ExplainArgs {
  formula: string;
  /** See Explanation.formulaKey: the id a display translates `formula` by. */
  formulaKey?: string;
  formulaParams?: ExplanationParams;
  inputs?: readonly ExplanationInput[];
  factors?: readonly ExplanationFactor[];
  criteria?: readonly string[];
  unit: string;
}

const NONE: readonly never[] = Object.freeze([]);

/** Builds an Explanation; a non-finite result (0/0, x/0) becomes null so it never reaches a UI as NaN. */
export function explain(result: number | null, args: ExplainArgs): Explanation {
  const e: Explanation = {
    formula: args.formula,
    inputs: args.inputs ?? NONE,
    factors: args.factors ?? NONE,
    criteria: args.criteria ?? NONE,
    result: result !== null && Number.isFinite(result) ? result : null,
    unit: args.unit,
  };
  // Only present when given, so an explanation without a key has exactly the fields it had.
  if (args.formulaKey !== undefined) e.formulaKey = args.formulaKey;
  if (args.formulaParams !== undefined) e.formulaParams = args.formulaParams;
  return e;
}

/** A value with its explanation; the value and explanation.result are always the same number. */
export function explained(result: number | null, args: ExplainArgs): Explained {
  const explanation = explain(result, args);
  return { value: explanation.result, unit: args.unit, explanation };
}

export function input(
  label: string,
  value: number | string | null,
  unit: string,
  ref: string,
): ExplanationInput {
  return { label, value, unit, ref };
}

/** An input whose label has its own wording id (not the catalogue text of its ref). */
export function keyedInput(
  label: string,
  value: number | string | null,
  unit: string,
  ref: string,
  labelKey: string,
  labelParams?: ExplanationParams,
): ExplanationInput {
  return labelParams === undefined
    ? { label, value, unit, ref, labelKey }
    : { label, value, unit, ref, labelKey, labelParams };
}

/** Division that yields null instead of NaN/Infinity when the denominator is zero or missing. */
export function ratio(num: number | null, den: number | null): number | null {
  if (num === null || den === null || den === 0) return null;
  const r = num / den;
  return Number.isFinite(r) ? r : null;
}
