import type { VcpItem } from '../../../../shared/catalogue/types';
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

/**
 * Items for which a file is expected: evidence is required by the pack and the answer claims the
 * practice (yes / partly). A "no" or "not applicable" has nothing to prove.
 */
export function evidenceExpected(items: readonly VcpItem[], result: VcpResult): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return result.items
    .filter((r) => byId.get(r.id)?.evidenceRequired === true)
    .filter((r) => r.answer === 'yes' || r.answer === 'partly')
    .map((r) => r.id);
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
