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
  // One object shape for every explanation (keys always present, undefined when not given):
  // results hold thousands of them, and mixed shapes make every read of them slower.
  const e = {
    formula: args.formula,
    formulaKey: args.formulaKey,
    formulaParams: args.formulaParams,
    inputs: args.inputs ?? NONE,
    factors: args.factors ?? NONE,
    criteria: args.criteria ?? NONE,
    result: result !== null && Number.isFinite(result) ? result : null,
    unit: args.unit,
  } as Explanation;
  return e;
}

/** A value with its explanation; the value and explanation.result are always the same number. */
export function explained(result: number | null, args: ExplainArgs): Explained {
  const explanation = explain(result, args);
  return { value: explanation.result, unit: args.unit, explanation };
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
