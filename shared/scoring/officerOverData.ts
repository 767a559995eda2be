import type { EsCheckResult } from '../package/schema';
import { OVERRIDE_MIN_REASON } from './esRules';

/**
 * The officer against the data (issues 15 and 19). On a check the firm's own records decide (a
 * pack data link with effect "decides"), the data-derived finding is what scoring uses until the
 * officer acts. The officer's record is authoritative, so an explicit "ok" or "not applicable"
 * stands, but only with a written reason: never silently against the data, and the contradiction
 * stays listed in words. The reason needs as many characters as a category override [D].
 */

export type OverDataRefusal = 'reason_required';

/** Why the officer's result on a data-decided check cannot be saved, or null when it can. */
export function overDataRefusal(
  result: EsCheckResult['result'],
  reason: string | undefined,
): OverDataRefusal | null {
  if (result === 'finding') return null;
  return (reason ?? '').trim().length >= OVERRIDE_MIN_REASON ? null : 'reason_required';
}

export interface OfficerOverData {
  result: 'ok' | 'na';
  reason: string;
}

/** The officer's saved result that stands against the data; null when the data decides. */
export function officerOverData(saved: EsCheckResult | undefined): OfficerOverData | null {
  if (!saved?.confirmed || saved.result === 'finding') return null;
  const reason = saved.dataOverrideReason;
  if (reason === undefined || overDataRefusal(saved.result, reason) !== null) return null;
  return { result: saved.result, reason: reason.trim() };
}
