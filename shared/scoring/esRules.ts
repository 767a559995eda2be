import type { InherentRisk, Text } from '../catalogue/types';
import {
  WET_PROCESSES,
  type Priority,
  type Process,
  type RiskCategory,
  type Severity,
} from '../package/enums';
import {
  findingsReason,
  inherentRiskReason,
  largeOperationReason,
  lowRiskReason,
  wetProcessReason,
} from './esReasonWords';
import type { RuleWording } from './ruleWording';

/**
 * Categorisation rules [D] (reference.md §2.3, consistent with IFC/MSFP practice [K]): the
 * category follows inherent impact (significant, diverse, irreversible), not paperwork.
 * 1. Start at C.
 * 2. Any wet process (scouring, dyeing, finishing) → at least B.
 * 3. Inherent risk medium or high (from the process table below and the pack's checks) → at least B.
 * 4. Any finding → at least B (so C means: dry, low-risk processes such as garment/knitting and
 *    nothing found).
 * 5. A only when inherent risk is high AND the operation is large (≥ LARGE_EMPLOYEES staff):
 *    §2.3's example of A is "a large new wet-processing plant"; turnover measures money, not
 *    impact, and a scouring MSME on the municipal sewer is B by default.
 * Missing or expired permits and documents never raise the category: they are conditions
 * precedent and ESAP items (reference §2.5). The officer may override with a written reason of at
 * least 10 characters; both are shown.
 */
// Source [D]: illustrative default (editable): categorisation after reference.md §2.3
// (IFC/MSFP A/B/C), ESAP after §2.5.

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

export interface EsReason {
  code: string;
  text: Text;
}

export interface CategoryFacts {
  processes: readonly Process[];
  inherent: InherentRisk;
  findings: { high: number; medium: number; low: number; total: number };
  /** Findings left out of `findings`: they only record a missing or expired permit. */
  permitOnlyFindings?: number;
  employees: number;
}

/** The suggested category and its reasons in words, rule by rule (see the source above). */
export function suggestCategory(f: CategoryFacts): { category: RiskCategory; reasons: EsReason[] } {
  const reasons: EsReason[] = [];
  let category: RiskCategory = 'C';
  const wet = f.processes.filter((p) => WET_PROCESSES.includes(p));
  if (wet.length > 0) {
    category = 'B';
    reasons.push({ code: 'wet_process', text: wetProcessReason(wet) });
  }
  if (f.inherent !== 'low') {
    category = 'B';
    reasons.push({ code: 'inherent_risk', text: inherentRiskReason(f.inherent) });
  }
  const n = f.findings;
  if (n.total > 0) {
    category = 'B';
    reasons.push({ code: 'findings', text: findingsReason(n, f.permitOnlyFindings ?? 0) });
  }
  if (f.inherent === 'high' && f.employees >= LARGE_EMPLOYEES) {
    category = 'A';
    reasons.push({
      code: 'category_a',
      text: largeOperationReason(f.employees, LARGE_EMPLOYEES),
    });
  }
  if (category === 'C') reasons.push({ code: 'low_risk', text: lowRiskReason() });
  return { category, reasons };
}

/** The explanation of each E&S rule, declared beside it (explain.json "formulas.es"). */
export const ES_WORDING = {
  inherentRisk: {
    key: 'es.inherentRisk',
    en: 'highest of the process risk table and the applicable checks’ inherent risk for each process run',
  },
  category: {
    key: 'es.category',
    en: 'C; wet process / medium-high inherent risk / any finding → B; A only with high inherent risk in a large operation (≥ {{employees}} staff); missing or expired permits are conditions precedent, not a higher category',
  },
  checkConfirmed: {
    key: 'es.check.confirmed',
    en: 'officer\'s screening result "{{result}}" (confirmed)',
  },
  checkUnconfirmed: {
    key: 'es.check.unconfirmed',
    en: 'officer\'s screening result "{{result}}" (not yet confirmed)',
  },
  checkPrefilled: {
    key: 'es.check.prefilled',
    en: 'prefilled from VCP crosswalk: any no → finding; else any partly → finding one severity lower; else any yes → ok; else unconfirmed',
  },
  checkData: {
    key: 'es.check.data',
    en: 'decided by the firm’s own data ({{link}}): a finding at the check’s severity, whatever was declared (data before declarations)',
  },
  checkOverData: {
    key: 'es.check.overData',
    en: 'the officer’s result "{{result}}" stands against the firm’s own data ({{link}}), with the reason recorded: {{reason}}',
  },
  checkToConfirm: {
    key: 'es.check.toConfirm',
    en: 'the answers say ok, but the firm’s own data ({{link}}) needs the officer to see the evidence: unconfirmed until then',
  },
} as const satisfies Record<string, RuleWording>;
