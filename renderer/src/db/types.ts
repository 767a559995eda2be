import type { NestedUnknownFields } from '../../../shared/sync/unknownFields';
import type { MonitoringItem } from '../../../shared/officer-record/monitoring';
import type { EsapDueInput } from '../../../shared/monitoring/due';
import type { MonitoringRecord } from '../../../shared/monitoring/record';
import type { ApplicationStatus } from '../../../shared/portfolio/applicationStatus';
import type { OrganisationSettingKind } from './organisationScope';
import type { MetricId } from '../../../shared/catalogue/metricIds';
import type {
  AssessmentStatus,
  GreenDecision,
  Language,
  RiskCategory,
  Role,
} from '../../../shared/package/enums';
import type {
  ActionItem,
  AnswerEntry,
  EsScreening,
  GreenProject,
  MetricValue,
  Organisation,
} from '../../../shared/package/schema';

export interface OrganisationRow extends Organisation {
  createdAt: string;
  updatedAt: string;
  /** Set when moved to the trash; purged 30 days later. */
  deletedAt?: string;
  isDemo?: boolean;
  /** Record version: +1 on every write, so a write based on an older copy can be refused. */
  rev?: number;
}

export interface PeriodRow {
  orgId: string;
  /** YYYY-MM or YYYY */
  period: string;
  /** First four characters of `period` (added in schema v2), so months roll up to their year by index. */
  year?: string;
  values: Partial<Record<MetricId, MetricValue>>;
  updatedAt: string;
  /** Record version: +1 on every write, so a write based on an older copy can be refused. */
  rev?: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
  /** Record version: +1 on every write, so a write based on an older copy can be refused. */
  rev?: number;
}

/** A setting of one organisation (schema v4; before, a settings row keyed `<kind>:<orgId>`). */
export interface OrganisationSettingRow {
  orgId: string;
  kind: OrganisationSettingKind;
  value: unknown;
}

export type Instrument = 'vcp' | 'es';

interface AssessmentBase {
  id: string;
  orgId: string;
  /** YYYY or YYYY-MM: the period the assessment speaks for. */
  period: string;
  /** The criteria pack the answers were given against; never silently re-pinned. */
  packId: string;
  packVersion: string;
  status: AssessmentStatus;
  /** The version being worked on; frozen versions live in assessmentSnapshots. */
  version: number;
  submittedAt?: string;
  /** Why the bank returned it, or the reviewer's note. */
  statusNote?: string;
  createdAt: string;
  updatedAt: string;
  /** Record version (not the submission `version` above): +1 on every write of the row. */
  rev?: number;
}

export type VcpAssessmentRow = AssessmentBase & {
  instrument: 'vcp';
  answers: Record<string, AnswerEntry>;
};
export type EsAssessmentRow = AssessmentBase & { instrument: 'es'; screening: EsScreening };
export type AssessmentRow = VcpAssessmentRow | EsAssessmentRow;

/** A submitted version, frozen: its answers never change; only the review outcome is noted on it. */
export interface AssessmentSnapshotRow {
  assessmentId: string;
  version: number;
  orgId: string;
  instrument: Instrument;
  period: string;
  packId: string;
  packVersion: string;
  /** Review outcome of this version: submitted → under_review → accepted | returned. */
  status: AssessmentStatus;
  statusNote?: string;
  answers?: Record<string, AnswerEntry>;
  screening?: EsScreening;
  /** Results computed by the caller at submission (scores, category…); stored as given. */
  results: unknown;
  submittedAt: string;
  submittedBy: string;
}

export interface ProjectRow extends GreenProject {
  id: string;
  orgId: string;
  createdAt: string;
  updatedAt: string;
  /** Record version: +1 on every write, so a write based on an older copy can be refused. */
  rev?: number;
}

export interface ActionRow extends ActionItem {
  orgId: string;
  createdAt: string;
  updatedAt: string;
  /** Record version: +1 on every write, so a write based on an older copy can be refused. */
  rev?: number;
}

/**
 * An organisation's evidence file (schema v6): its own name and type for the file, keyed by
 * [orgId+sha], so two companies attaching the same content never share (or rename) one record.
 * The bytes live once per content in evidenceData, so listings never load files.
 */
export interface EvidenceFileRow {
  orgId: string;
  /** SHA-256 hex of the content. */
  sha: string;
  name: string;
  type: string;
  size: number;
  createdAt: string;
  /** 0 when only the reference is known (e.g. from an imported package) and the file never arrived. */
  hasContent: 0 | 1;
}

export interface EvidenceDataRow {
  id: string;
  bytes: ArrayBuffer;
}

export type EvidenceTarget =
  | { kind: 'answer'; itemId: string }
  | { kind: 'metric'; metricId: MetricId; period: string }
  | { kind: 'action'; actionId: string };

export interface EvidenceLinkRow {
  sha: string;
  orgId: string;
  /** Stable string form of the target, e.g. "answer:VCP-EN-01", "metric:energy.coal@2025-10". */
  targetKey: string;
  target: EvidenceTarget;
  createdAt: string;
}

export type AuditEntity =
  | 'organisation'
  | 'metric'
  | 'period'
  | 'assessment'
  | 'project'
  | 'action'
  | 'evidence'
  | 'profile'
  | 'application'
  | 'database';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'submit'
  | 'status'
  | 'new_version'
  | 'link'
  | 'unlink'
  | 'trash'
  | 'restore'
  | 'purge'
  | 'import'
  | 'restore_backup';

export interface AuditEventRow {
  seq?: number;
  at: string;
  /** Local profile name ("" before a profile is set up). */
  who: string;
  orgId?: string;
  entity: AuditEntity;
  entityId: string;
  /** The part of the entity that changed (e.g. an answer's item id), when not the whole record. */
  field?: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

export interface Profile {
  name: string;
  role: Role;
  language: Language;
  /** The bank (loan officer) or company (MSME, trainer's organisation). */
  affiliation: string;
}

export {
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '../../../shared/portfolio/applicationStatus';

export interface ApplicationImport {
  importedAt: string;
  digest: string;
  fileName?: string;
}

/** A loan officer's portfolio entry: one per organisation, re-imports append to history. */
export interface ApplicationRow {
  id: string;
  orgId: string;
  status: ApplicationStatus;
  category?: RiskCategory;
  greenDecision?: GreenDecision;
  amountMnt: number;
  taxonomyCode?: string;
  /** 0/1 rather than boolean: IndexedDB cannot index booleans. */
  womenLed: 0 | 1;
  importedAt: string;
  digest: string;
  history: ApplicationImport[];
  updatedAt: string;
  /** Loan signing date, YYYY-MM-DD (schema v3); ESAP deadlines count from it. Absent until set. */
  signingDate?: string;
  /** Loan tenor in years, 1–30 (schema v3). Absent until set. */
  termYears?: number;
  /** The engine's suggested category. Not the officer's: `category` stays absent (not screened) until the officer screens. */
  suggestedCategory?: RiskCategory;
  /** Findings in the officer's screening, as last scored (absent until screened). */
  findings?: number;
  /** tCO2e a year the green project avoids, as last scored; absent without a project. */
  co2AvoidedT?: number;
  /** The monitoring schedule generated from the screening and terms, as last scored. */
  generatedSchedule?: MonitoringItem[];
  /** The ESAP items as the portfolio's due dates read them, as last summarised (schema v7). */
  esapDue?: EsapDueInput[];
  /** The officer's monitoring after signing: own schedule and site visits. */
  monitoring?: MonitoringRecord;
  /**
   * Exclusion-list items the officer's screening found to apply; [] screened with none; absent
   * until an exclusion is answered. Written with the screening (head office's report reads it).
   */
  exclusionHits?: string[];
  /** Record version: +1 on every write, so a write based on an older copy can be refused. */
  rev?: number;
}

/**
 * A local write waiting for the bank's server (schema v5), written by the outbox middleware
 * (renderer/src/sync/outboxMiddleware.ts) in the same transaction as the write. `baseVersion` is
 * fixed when the change is first sent; until then the record's synced version is its base.
 */
export interface OutboxRow {
  seq?: number;
  changeId: string;
  table: string;
  recordId: string;
  op: 'put' | 'delete';
  data?: Record<string, unknown>;
  queuedAt: string;
  baseVersion?: number;
  sentAt?: string;
  /** Why the change cannot be sent (too large, an id the server refuses); it waits for a person. */
  refused?: string;
}

/** The server's version of a record this device's copy stands on (schema v5). */
export interface SyncRecordRow {
  table: string;
  recordId: string;
  version: number;
  branchId?: string;
  /**
   * Fields a newer GreenThread added to this record, which this version does not know: kept
   * here exactly as pulled and sent back with the record, so an older desktop never drops them.
   */
  extra?: Record<string, unknown>;
  /** The same for fields added inside the record (a finding's, a list item's), by where they sit. */
  nestedExtra?: NestedUnknownFields[];
}

/**
 * A record changed both here and on the server (schema v5): both versions wait for a person.
 * `serverConflictId` is set when the server itself holds the conflict (a push on a stale copy).
 */
export interface SyncConflictRow {
  id?: number;
  table: string;
  recordId: string;
  mine: Record<string, unknown> | null;
  /** undefined: the server's version is not known yet (it comes with the next pull). */
  theirs?: Record<string, unknown> | null;
  theirsVersion?: number;
  /** Written by earlier versions ("user 12"); no longer shown. */
  theirsBy?: string;
  /** Who made the server's version; their branch is named once the server's directory is read. */
  theirsUserId?: number;
  /** The branch where the server's version was made; null: head office; unset: not known. */
  theirsAt?: string | null;
  serverConflictId?: number;
  detectedAt: string;
  resolvedAt?: string;
  resolution?: 'kept_server' | 'applied_mine' | 'merged';
}
