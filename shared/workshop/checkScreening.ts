import type { CriteriaPack } from '../catalogue/types';
import { scorePackage } from '../engine/scorePackage';
import type { Explanation } from '../explain/types';
import type { RiskCategory } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import type { EsReason } from '../scoring/es';

export interface ScreeningCheck {
  correct: boolean;
  picked: RiskCategory;
  /** The engine's suggested category (before any officer override). */
  expected: RiskCategory;
  reasons: EsReason[];
  permitProblems: string[];
  findings: { high: number; medium: number; low: number; total: number };
  explanation: Explanation;
}

/** Compares the participant's category with the engine's suggested one and gives its reasons. */
export function checkScreeningCategory(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  picked: RiskCategory,
): ScreeningCheck {
  const es = scorePackage(pkg, pack).es;
  return {
    correct: picked === es.suggestedCategory,
    picked,
    expected: es.suggestedCategory,
    reasons: es.reasons,
    permitProblems: es.permitProblems,
    findings: es.findings,
    explanation: es.categoryExplanation,
  };
}
