import type { Process, RiskCategory, Severity, Priority, PermitKind } from '../package/enums';

/** [S] sourced, [K] recalled from a named document, [K?] low confidence, [D] designed default. */
export type Provenance = 'S' | 'K' | 'K?' | 'D';

export interface Source {
  /** Human-readable citation, e.g. "MNS 6926:2021 topic 3; reference §7.2". */
  citation: string;
  url?: string;
  provenance: Provenance;
}

/** A bilingual text. mnReviewed stays false until a native speaker has checked the Mongolian. */
export interface Text {
  en: string;
  mn: string;
  mnReviewed: boolean;
}

export type VcpPillarId = 'ENV' | 'EN' | 'WA' | 'CH' | 'WS' | 'RM' | 'LA' | 'HS' | 'AC' | 'MR';

export interface VcpPillar {
  id: VcpPillarId;
  title: Text;
  source: Source;
}

export type VcpLevel = 1 | 2 | 3;

export interface VcpItem {
  /** Permanent id, e.g. "VCP-EN-03". Never removed, never reused. */
  id: string;
  pillar: VcpPillarId;
  level: VcpLevel;
  question: Text;
  /** What counts as "yes". */
  guidance: Text;
  howVerified: Text;
  acceptableEvidence: Text;
  /** Empty means it applies to every process. */
  appliesTo: readonly Process[];
  /** Failing (answer "no") caps the overall result. */
  knockOut: boolean;
  evidenceRequired: boolean;
  /** Relative weight inside its pillar; 1 unless stated. */
  weight: number;
  source: Source;
}

export type EsTopicId =
  'LEGAL' | 'EFFLUENT' | 'CHEM' | 'AIR' | 'WASTE' | 'LABOUR' | 'OHS' | 'COMMUNITY' | 'GOV';

export interface EsTopic {
  id: EsTopicId;
  title: Text;
  source: Source;
}

export type InherentRisk = 'low' | 'medium' | 'high';

export interface ExclusionItem {
  id: string;
  text: Text;
  /**
   * What a hit does: "decline" (the default) refuses the loan; "condition_precedent" marks a
   * remediable gap that must be closed before disbursement (reference §2.5) and does not decline.
   */
  effect?: 'decline' | 'condition_precedent';
  source: Source;
}

export interface EsCheck {
  /** Permanent id, e.g. "ES-LAB-03". */
  id: string;
  topic: EsTopicId;
  question: Text;
  guidance: Text;
  /** Inherent risk by process; a process absent from the map has risk "low". */
  inherentRisk: Partial<Record<Process, InherentRisk>>;
  /** Severity of a finding when the check fails. */
  findingSeverity: Severity;
  esapAction: Text;
  covenant: Text;
  esapPriority: Priority;
  /** Days from loan signing for the ESAP deadline. */
  deadlineDays: number;
  /** Document ids (see documents) the officer must request. */
  documents: readonly string[];
  appliesTo: readonly Process[];
  source: Source;
}

export interface RequiredDocument {
  id: string;
  title: Text;
  /** A permit in the organisation profile that satisfies it, if any. */
  permitKind?: PermitKind;
  appliesTo: readonly Process[];
  source: Source;
}

export type GreenCriterionKind =
  | 'energy_intensity_reduction'
  | 'equipment_ghg_reduction'
  | 'co2_reduction'
  | 'co2_no_increase'
  | 'baseline_matches_records'
  | 'renewable'
  | 'water_intensity_reduction'
  | 'effluent_compliance'
  | 'apeo_substitution'
  | 'waste_reuse'
  | 'payback'
  | 'es_gate'
  | 'women_led';

export interface GreenCriterion {
  /** e.g. "GC-EE-1". */
  id: string;
  kind: GreenCriterionKind;
  title: Text;
  /** Threshold as a parameter; units depend on kind (percent, years). */
  threshold: number;
  /** A gate must pass for any eligibility; a flag is reported but never blocks. */
  role: 'criterion' | 'gate' | 'flag';
  source: Source;
  editable: boolean;
  /** Taxonomy codes the criterion applies to; absent = every category. */
  categories?: readonly string[];
  /** A flag's warning level: a measured value beyond it is reported as a warning in words. */
  warnAbove?: number;
}

export interface TaxonomyCategory {
  /** e.g. "MGT-2" energy efficiency. */
  code: string;
  title: Text;
  /** Which criterion kinds can qualify a project in this category. */
  qualifyingKinds: readonly GreenCriterionKind[];
  source: Source;
}

export interface GreenMeasure {
  id: string;
  title: Text;
  taxonomyCode: string;
  source: Source;
}

/** "An answer given once counts everywhere": a VCP item informs E&S checks and green gates. */
export interface CrosswalkLink {
  vcpItem: string;
  esChecks: readonly string[];
  greenCriteria: readonly string[];
}

/** What the firm's own records can show, whatever its answers say. */
export type DataFact = 'wage_below_minimum' | 'permit_missing_or_expired' | 'lost_time_injuries';

/**
 * "Data before declarations": where the firm's records decide a question, they override the
 * linked answers. "decides": the linked VCP items are scored "no" and the linked E&S checks are
 * findings at their severity; "confirm": the data cannot settle the question, so a linked check
 * prefilled "ok" from the answers stays unconfirmed until the officer has seen the evidence.
 */
export interface DataLink {
  id: string;
  fact: DataFact;
  /** permit_missing_or_expired: the required documents (with a permit kind) this link watches. */
  documents?: readonly string[];
  vcpItems: readonly string[];
  esChecks: readonly string[];
  effect: 'decides' | 'confirm';
  /** What the data shows, in words; {{…}} placeholders are filled from the data. */
  text: Text;
  source: Source;
}

export interface CriteriaPack {
  id: string;
  version: string;
  effectiveDate: string;
  title: Text;
  pillars: readonly VcpPillar[];
  vcpItems: readonly VcpItem[];
  esTopics: readonly EsTopic[];
  exclusions: readonly ExclusionItem[];
  esChecks: readonly EsCheck[];
  documents: readonly RequiredDocument[];
  greenCriteria: readonly GreenCriterion[];
  taxonomy: readonly TaxonomyCategory[];
  measures: readonly GreenMeasure[];
  crosswalk: readonly CrosswalkLink[];
  /** Questions the firm's own data decides (absent in packs made before they existed). */
  dataLinks?: readonly DataLink[];
}

export type { RiskCategory };
