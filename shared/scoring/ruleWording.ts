import type { ExplainArgs } from '../explain/build';
import type { ExplanationParams } from '../explain/types';

/**
 * A rule's explanation wording, declared beside the rule as data: the key a display translates it
 * by (explain.json "formulas.<key>") and the English record with the same {{param}} slots.
 */
export interface RuleWording {
  key: string;
  en: string;
}

/** The formula fields of an explanation from a rule's wording and its parameters. */
export function worded(
  w: RuleWording,
  params?: ExplanationParams,
): Pick<ExplainArgs, 'formula' | 'formulaKey' | 'formulaParams'> {
  if (!params) return { formula: w.en, formulaKey: w.key };
  return {
    formula: w.en.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? '')),
    formulaKey: w.key,
    formulaParams: params,
  };
}
