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

/** A rule's formula fields: what worded() in scoring/ruleWording.ts returns. */
export type Wording = Pick<ExplainArgs, 'formula' | 'formulaKey' | 'formulaParams'>;
type ExplainRest = Omit<ExplainArgs, keyof Wording>;

/** Builds an Explanation; a non-finite result (0/0, x/0) becomes null so it never reaches a UI as NaN. */
export function explain(result: number | null, args: ExplainArgs): Explanation {
  return explainAs(result, args, args);
}

/**
 * explain() with the formula fields given apart from the rest, so a rule passes its wording as it
 * is instead of copying it into a new object with `{ ...worded(…), inputs }`: on the scoring hot
 * path those spreads made V8 (Node 20) promote short-lived objects to the old generation.
 */
export function explainAs(result: number | null, w: Wording, args: ExplainRest): Explanation {
  // One object shape for every explanation (keys always present, undefined when not given):
  // results hold thousands of them, and mixed shapes make every read of them slower.
  const e = {
    formula: w.formula,
    formulaKey: w.formulaKey,
    formulaParams: w.formulaParams,
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
  return explainedAs(result, args, args);
}

/** explained() with the formula fields given apart (see explainAs). */
export function explainedAs(result: number | null, w: Wording, args: ExplainRest): Explained {
  const explanation = explainAs(result, w, args);
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
