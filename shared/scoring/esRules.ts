import type { InherentRisk, Source } from '../catalogue/types';
import type { Priority, Process, Severity } from '../package/enums';

/**
 * Categorisation rules [D] (reference.md §2.3, consistent with IFC/MSFP practice [K]):
 * 1. Start at C.
 * 2. Any wet process (scouring, dyeing, finishing) → at least B.
 * 3. Inherent risk medium or high (from the process table below and the pack's checks) → at least B.
 * 4. Any finding, or a required permit missing or expired → at least B (so C means: dry,
 *    low-risk processes such as garment/knitting and nothing found).
 * 5. A only when ALL hold: inherent risk high, at least one high-severity finding or missing /
 *    expired required permit, and a large operation (≥ LARGE_EMPLOYEES staff or turnover ≥
 *    LARGE_TURNOVER_MNT). A is rare for MSMEs.
 * The officer may override with a written reason of at least 10 characters; both are shown.
 */
export const ES_RULES_SOURCE: Source = {
  citation:
    'Illustrative default (editable): categorisation after reference.md §2.3 (IFC/MSFP A/B/C), ESAP after §2.5',
  provenance: 'D',
};

export const PROCESS_INHERENT_RISK: Readonly<Record<Process, InherentRisk>> = {
  sorting: 'low',
  scouring: 'high',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'high',
  knitting: 'low',
  weaving: 'low',
  finishing: 'medium',
  garment: 'low',
};

export const LARGE_EMPLOYEES = 200;
export const LARGE_TURNOVER_MNT = 10_000_000_000;
export const EXPIRY_WARNING_DAYS = 90;
export const OVERRIDE_MIN_REASON = 10;

const RISK_RANK: Readonly<Record<InherentRisk, number>> = { low: 0, medium: 1, high: 2 };
export function maxRisk(a: InherentRisk, b: InherentRisk): InherentRisk {
  return RISK_RANK[b] > RISK_RANK[a] ? b : a;
}

/** A "partly" answer is a finding one severity step lower than a "no" [D]. */
export function lowerSeverity(s: Severity): Severity {
  return s === 'high' ? 'medium' : 'low';
}

export function lowerPriority(p: Priority): Priority {
  return p === 'high' ? 'medium' : 'low';
}
