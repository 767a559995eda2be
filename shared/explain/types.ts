import type { Source } from '../catalogue/types';

/** One number (or answer) that went into a result, with the id a user can look up. */
export interface ExplanationInput {
  label: string;
  value: number | string | null;
  unit: string;
  /** Metric id, VCP item id, E&S check id, factor id or package field path. */
  ref: string;
  /**
   * Stable id of the label's wording when it is not the catalogue text of `ref` (which a user
   * interface looks up by ref): lets a display translate the label; `label` stays the record.
   */
  labelKey?: string;
  labelParams?: ExplanationParams;
}

/** The variable parts of a keyed text: years, periods, thresholds, ids, answer words. */
export type ExplanationParams = Readonly<Record<string, string | number>>;

/** A constant used by the formula, with where it comes from. */
export interface ExplanationFactor {
  id: string;
  value: number;
  unit: string;
  source: Source;
}

/**
 * Why a number is what it is: shown next to every score and indicator so a user can trace it
 * back to the answers and figures that produced it.
 */
export interface Explanation {
  /** English, the canonical record (workbooks, CLI). */
  formula: string;
  /**
   * Stable id of the formula's wording with its variable parts, so a display can show it in
   * another language; absent for formulas built outside the engine.
   */
  formulaKey?: string;
  formulaParams?: ExplanationParams;
  inputs: readonly ExplanationInput[];
  factors: readonly ExplanationFactor[];
  /** Criterion / rule ids the result was judged against. */
  criteria: readonly string[];
  result: number | null;
  unit: string;
}

/** A derived number together with its explanation. null = cannot be computed (missing input). */
export interface Explained {
  value: number | null;
  unit: string;
  explanation: Explanation;
}
