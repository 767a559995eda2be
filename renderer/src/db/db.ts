import Dexie, { type EntityTable, type Table } from 'dexie';
import { declareSchema } from './schema';
import { outboxMiddleware } from '../sync/outboxMiddleware';
import { touchedOrganisationsMiddleware } from './touchedOrganisations';
import type {
  ActionRow,
  ApplicationRow,
  AssessmentRow,
  AssessmentSnapshotRow,
  AuditEventRow,
  EvidenceDataRow,
  EvidenceLinkRow,
  EvidenceFileRow,
  OrganisationRow,
  OrganisationSettingRow,
  PeriodRow,
  ProjectRow,
  SettingRow,
  OutboxRow,
  SyncConflictRow,
  SyncRecordRow,
} from './types';

export const DB_NAME = 'greenthread';

export class GreenThreadDb extends Dexie {
  organisations!: EntityTable<OrganisationRow, 'id'>;
  periods!: Table<PeriodRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  assessments!: EntityTable<AssessmentRow, 'id'>;
  assessmentSnapshots!: Table<AssessmentSnapshotRow, [string, number]>;
  projects!: EntityTable<ProjectRow, 'id'>;
  actions!: Table<ActionRow, [string, string]>;
  evidenceFiles!: Table<EvidenceFileRow, [string, string]>;
  evidenceData!: EntityTable<EvidenceDataRow, 'id'>;
  evidenceLinks!: Table<EvidenceLinkRow, [string, string, string]>;
  auditEvents!: EntityTable<AuditEventRow, 'seq'>;
  applications!: EntityTable<ApplicationRow, 'id'>;
  organisationSettings!: Table<OrganisationSettingRow, [string, string]>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  syncRecords!: Table<SyncRecordRow, [string, string]>;
  syncConflicts!: EntityTable<SyncConflictRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    declareSchema(this);
    this.use(outboxMiddleware);
    this.use(touchedOrganisationsMiddleware);
  }
}

/** The single database instance of the app. Tests create their own with a unique name. */
export const db = new GreenThreadDb();
