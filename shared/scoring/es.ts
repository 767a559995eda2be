import type { CriteriaPack, EsCheck, ExclusionItem, InherentRisk, Text } from '../catalogue/types';
import { explainAs, keyedInput } from '../explain/build';
import type { Explanation, ExplanationInput } from '../explain/types';
import type { RiskCategory } from '../package/enums';
import type { ApplicationPackage, EsScreening, Organisation } from '../package/schema';
import { NO_VERDICTS, type Contradiction, type DataVerdicts } from './dataLinks';
import { documentStatuses, type DocumentStatus } from './esDocuments';
import { evaluateChecks, type EsCheckOutcome } from './esChecks';
import { buildEsap, type EsapItem } from './esap';
import {
  excludedReason,
  exclusionConditionsReason,
  permitsReason,
  unconfirmedReason,
} from './esReasonWords';
import {
  ES_WORDING as W,
  LARGE_EMPLOYEES,
  OVERRIDE_MIN_REASON,
  PROCESS_INHERENT_RISK,
  maxRisk,
  suggestCategory,
  type EsReason,
} from './esRules';
import { indexPack, type ProcessView } from './packIndex';
import { worded, wordedOnce } from './ruleWording';

export type { EsReason } from './esRules';

export interface ExclusionHit {
  id: string;
  text: Text;
  note: string | null;
}

export interface EsResult {
  /**
   * hits: exclusion-list items that decline the loan. conditionHits: items the pack marks as
   * remediable (e.g. EX-09 no permit/EIA, EX-10 untreated discharge): conditions precedent.
   */
  exclusion: { excluded: boolean; hits: ExclusionHit[]; conditionHits: ExclusionHit[] };
  inherentRisk: { level: InherentRisk; explanation: Explanation };
  checks: EsCheckOutcome[];
  findings: { high: number; medium: number; low: number; total: number };
  unconfirmed: number;
  /** High findings still open, and condition-precedent exclusion hits. */
  unresolvedHighFindings: string[];
  documents: DocumentStatus[];
  outstandingDocuments: string[];
  permitProblems: string[];
  suggestedCategory: RiskCategory;
  reasons: EsReason[];
  finalCategory: RiskCategory;
  override: { category: RiskCategory; reason: string } | null;
  /** Set when an override was present but refused (reason shorter than 10 characters). */
  overrideRejected: string | null;
  esap: EsapItem[];
  categoryExplanation: Explanation;
  /** Check results the firm's own data contradicts (data before declarations). */
  contradictions: Contradiction[];
}

export interface EsOptions {
  asOf: string;
  signingDate: string | null;
  /** The required documents' states, when the caller has already worked them out. */
  documents?: DocumentStatus[];
  /** What the firm's own data decides (scorePackage); none by default. */
  data?: DataVerdicts;
}

const checksByIdCache = new WeakMap<CriteriaPack, Map<string, EsCheck>>();

function checksById(pack: CriteriaPack): Map<string, EsCheck> {
  let m = checksByIdCache.get(pack);
  if (!m) {
    m = new Map(pack.esChecks.map((c) => [c.id, c]));
    checksByIdCache.set(pack, m);
  }
  return m;
}

/** Whether an exclusion-list hit declines the loan (the default) or is a condition precedent. */
export function exclusionDeclines(item: ExclusionItem): boolean {
  return (item.effect ?? 'decline') === 'decline';
}

/** Any hit on an exclusion item that declines: the one rule the officer's screen applies too. */
export function screeningDeclines(pack: CriteriaPack, screening: EsScreening | undefined): boolean {
  return pack.exclusions.some((x) => exclusionDeclines(x) && screening?.exclusions[x.id]?.hit);
}

/** The required documents' states for a package on a date. */
export function requiredDocuments(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  asOf: string,
): DocumentStatus[] {
  const view = indexPack(pack).forProcesses(pkg.organisation.processes);
  return documentStatuses(view.documents, pkg.organisation, pkg.es, asOf);
}

function inherentRiskOf(org: Organisation, view: ProcessView) {
  let level: InherentRisk = 'low';
  const inputs: ExplanationInput[] = [];
  for (const p of org.processes) {
    level = maxRisk(level, PROCESS_INHERENT_RISK[p]);
    inputs.push(
      keyedInput(`Process ${p}`, PROCESS_INHERENT_RISK[p], 'risk', `process.${p}`, 'process', {
        process: p,
      }),
    );
    for (const c of view.esChecks) {
      const r = c.inherentRisk[p];
      if (r) level = maxRisk(level, r);
    }
  }
  return { level, explanation: explainAs(null, worded(W.inherentRisk), { inputs, unit: 'risk' }) };
}

const CATEGORY_RULE = wordedOnce(W.category, { employees: LARGE_EMPLOYEES });

/** What the category explanation shows, declared beside the rule: label, unit, id, key, value. */
const CATEGORY_INPUTS: readonly (readonly [
  string,
  string,
  string,
  string,
  (t: Tally) => number | string,
])[] = [
  ['Inherent risk', 'risk', 'es.inherent', 'es.inherentRisk', (t) => t.inherent],
  ['High findings', 'count', 'es.findings.high', 'es.highFindings', (t) => t.findings.high],
  ['Findings', 'count', 'es.findings', 'es.findings', (t) => t.findings.total],
  ['Permit problems', 'count', 'es.permits', 'es.permitProblems', (t) => t.permitProblems.length],
  ['Employees', 'persons', 'organisation.employees', 'es.employees', (t) => t.employees],
];

function categoryExplanation(t: Tally): Explanation {
  return explainAs(null, CATEGORY_RULE(), {
    inputs: CATEGORY_INPUTS.map(([label, unit, id, key, value]) =>
      keyedInput(label, value(t), unit, id, key),
    ),
    criteria: ['es.category.rules'],
    unit: 'category',
  });
}

type Findings = EsResult['findings'];

/** The counts the category and the gates read from the checks' outcomes. */
interface Tally {
  inherent: InherentRisk;
  employees: number;
  findings: Findings;
  /** Findings that move the category: all but those only recording a missing or expired permit. */
  impactFindings: Findings;
  unconfirmed: number;
  unresolvedHighFindings: string[];
  permitProblems: string[];
}

function exclusionHits(pack: CriteriaPack, screening: EsScreening | undefined) {
  const hits: ExclusionHit[] = [];
  const conditionHits: ExclusionHit[] = [];
  for (const x of pack.exclusions) {
    const saved = screening?.exclusions[x.id];
    if (saved?.hit !== true) continue;
    const hit = { id: x.id, text: x.text, note: saved.note ?? null };
    (exclusionDeclines(x) ? hits : conditionHits).push(hit);
  }
  return { hits, conditionHits };
}

function tally(
  checks: readonly EsCheckOutcome[],
  data: DataVerdicts,
  documents: readonly DocumentStatus[],
  inherent: InherentRisk,
  employees: number,
): Tally {
  const findings = { high: 0, medium: 0, low: 0, total: 0 };
  // Findings that only record a missing or expired permit are conditions precedent: they do not
  // move the category (reference §2.3 inherent impact, §2.5 conditions precedent).
  const impactFindings = { high: 0, medium: 0, low: 0, total: 0 };
  let unconfirmed = 0;
  const unresolvedHighFindings: string[] = [];
  for (const c of checks) {
    if (c.status === 'unconfirmed') unconfirmed++;
    if (c.status !== 'finding' || c.severity === null) continue;
    findings[c.severity]++;
    findings.total++;
    if (c.severity === 'high') unresolvedHighFindings.push(c.id);
    if (c.source === 'data' && data.esDecided.get(c.id)?.link.fact === 'permit_missing_or_expired')
      continue;
    impactFindings[c.severity]++;
    impactFindings.total++;
  }
  const permitProblems = documents
    .filter((d) => d.permitKind !== null && (d.state === 'missing' || d.state === 'expired'))
    .map((d) => d.id);
  return {
    inherent,
    employees,
    findings,
    impactFindings,
    unconfirmed,
    unresolvedHighFindings,
    permitProblems,
  };
}

/** The suggested category and its reasons; permits, remediable hits and gaps beside it. */
function categoryWithReasons(
  org: Organisation,
  t: Tally,
  documents: readonly DocumentStatus[],
  hits: readonly ExclusionHit[],
  conditionHits: readonly ExclusionHit[],
) {
  const { category, reasons } = suggestCategory({
    processes: org.processes,
    inherent: t.inherent,
    findings: t.impactFindings,
    permitOnlyFindings: t.findings.total - t.impactFindings.total,
    employees: org.employees,
  });
  // Reported beside the category, never raising it: conditions precedent (reference §2.5).
  if (t.permitProblems.length > 0)
    reasons.push({
      code: 'permits',
      text: permitsReason(documents.filter((d) => t.permitProblems.includes(d.id))),
    });
  if (conditionHits.length > 0)
    reasons.push({ code: 'exclusion_conditions', text: exclusionConditionsReason(conditionHits) });
  if (t.unconfirmed > 0)
    reasons.push({ code: 'unconfirmed', text: unconfirmedReason(t.unconfirmed) });
  if (hits.length > 0) reasons.unshift({ code: 'excluded', text: excludedReason(hits) });
  return { category, reasons };
}

export function screenEs(pkg: ApplicationPackage, pack: CriteriaPack, opts: EsOptions): EsResult {
  const idx = indexPack(pack);
  const org = pkg.organisation;
  const view = idx.forProcesses(org.processes);
  const screening = pkg.es;
  const data = opts.data ?? NO_VERDICTS;
  const { hits, conditionHits } = exclusionHits(pack, screening);
  const inherent = inherentRiskOf(org, view);
  const { outcomes: checks, contradictions } = evaluateChecks(
    idx,
    view.esChecks,
    screening,
    pkg.vcp,
    data,
  );
  const documents = opts.documents ?? documentStatuses(view.documents, org, screening, opts.asOf);
  const t = tally(checks, data, documents, inherent.level, org.employees);
  const unresolvedHighFindings = t.unresolvedHighFindings;
  for (const h of conditionHits) unresolvedHighFindings.push(h.id);
  const { category, reasons } = categoryWithReasons(org, t, documents, hits, conditionHits);
  const ov = screening?.categoryOverride;
  const overrideOk = ov !== undefined && ov.reason.trim().length >= OVERRIDE_MIN_REASON;
  return {
    exclusion: { excluded: hits.length > 0, hits, conditionHits },
    inherentRisk: inherent,
    checks,
    findings: t.findings,
    unconfirmed: t.unconfirmed,
    unresolvedHighFindings,
    documents,
    outstandingDocuments: documents.filter((d) => d.outstanding).map((d) => d.id),
    permitProblems: t.permitProblems,
    suggestedCategory: category,
    reasons,
    finalCategory: overrideOk ? ov.category : category,
    override: overrideOk ? { category: ov.category, reason: ov.reason } : null,
    overrideRejected:
      ov !== undefined && !overrideOk ? 'override reason must be at least 10 characters' : null,
    esap: buildEsap(checks, checksById(pack), documents, conditionHits, opts.signingDate),
    categoryExplanation: categoryExplanation(t),
    contradictions,
  };
}
