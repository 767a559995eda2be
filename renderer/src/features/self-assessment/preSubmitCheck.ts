import type { VcpResult } from '../../../../shared/scoring/vcp';

export interface PreSubmitReport {
  /** Applicable items with no answer yet. */
  unanswered: string[];
  /** Items whose pack entry requires evidence, answered yes or partly, with no stored file. */
  missingEvidence: string[];
  /** Knock-out items answered "no": they cap the score and make the level "not compliant". */
  knockOuts: string[];
  /** Submitting needs every applicable item answered; evidence and knock-outs are warnings. */
  canSubmit: boolean;
}

/** What stands between the draft and a clean submission. `missing` comes from the evidence store. */
export function preSubmitCheck(result: VcpResult, missing: readonly string[]): PreSubmitReport {
  const unanswered = result.items.filter((i) => i.answer === null).map((i) => i.id);
  return {
    unanswered,
    missingEvidence: [...missing],
    knockOuts: [...result.knockOutsFailed],
    canSubmit: unanswered.length === 0 && result.items.length > 0,
  };
}
