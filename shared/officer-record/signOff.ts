// The officer's decision as signed off: the engine's suggestion and the officer's choice are
// both kept, with the reason whenever they differ. A signed version never changes; a later
// change is a new version with its own reason.
import { z } from 'zod';
import { GREEN_DECISIONS, RISK_CATEGORIES, type GreenDecision } from '../package/enums';
import { isoDate, longText, shortText } from '../package/primitives';
import { OVERRIDE_MIN_REASON } from '../scoring/esRules';

/** The same minimum as a category override: a sentence, not a word. */
export const DECISION_MIN_REASON = OVERRIDE_MIN_REASON;

/** A reason is required when the officer departs from what the engine suggests. */
export function decisionNeedsReason<T extends string>(suggested: T, chosen: T): boolean {
  return suggested !== chosen;
}

export function reasonIsEnough(reason: string | undefined): boolean {
  return (reason ?? '').trim().length >= DECISION_MIN_REASON;
}

/** The green decision may be recorded: as suggested, or departing with a written reason. */
export function greenDecisionAllowed(
  suggested: GreenDecision,
  chosen: GreenDecision,
  reason: string,
): boolean {
  return !decisionNeedsReason(suggested, chosen) || reasonIsEnough(reason);
}

const reason = longText.optional();

export const signOffSchema = z.strictObject({
  kind: z.literal('signoff'),
  name: shortText.trim().min(1),
  role: shortText.trim().min(1),
  date: isoDate,
  /** For version 2 and later: why the signed decision was reopened. */
  amendmentReason: reason,
  /** The officer's recommendation to the credit committee, printed in the memo. */
  recommendation: reason,
  category: z.strictObject({
    suggested: z.enum(RISK_CATEGORIES),
    final: z.enum(RISK_CATEGORIES),
    reason,
  }),
  green: z
    .strictObject({
      suggested: z.enum(GREEN_DECISIONS),
      final: z.enum(GREEN_DECISIONS).nullable(),
      reason,
    })
    .nullable(),
});
export type SignOff = z.infer<typeof signOffSchema>;

/** What still stops a sign-off, as message keys (empty: it may be signed). */
export function signOffProblems(s: SignOff): string[] {
  const out: string[] = [];
  if (
    decisionNeedsReason(s.category.suggested, s.category.final) &&
    !reasonIsEnough(s.category.reason)
  ) {
    out.push('categoryReason');
  }
  if (s.green && s.green.final === null) out.push('greenUndecided');
  if (
    s.green?.final &&
    decisionNeedsReason(s.green.suggested, s.green.final) &&
    !reasonIsEnough(s.green.reason)
  ) {
    out.push('greenReason');
  }
  return out;
}
