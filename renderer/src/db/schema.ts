// Schema versions are append-only: never edit a shipped version, add a new one.
// Row-level changes live in migrations.ts so restoring an old backup runs the same code.
import type Dexie from 'dexie';
import { doNotRecordThisTransaction, SYNC_DEVICE_KEY } from '../sync/outboxMiddleware';
import { LEGACY_EVIDENCE_TABLE } from '../../../shared/sync/protocol';
import {
  LEGACY_TERMS_PREFIX,
  splitEvidenceV6,
  type LegacyEvidenceRow,
  moveLoanTermsV3,
  moveOrganisationSettingsV4,
  profileFromV1Settings,
  summaryRefreshRequest,
  upgradePeriodV2,
} from './migrations';
import type {
  ApplicationRow,
  AuditEventRow,
  EvidenceDataRow,
  EvidenceFileRow,
  EvidenceLinkRow,
  OrganisationRow,
  OrganisationSettingRow,
  OutboxRow,
  PeriodRow,
  SettingRow,
  SyncConflictRow,
} from './types';

export function declareSchema(db: Dexie): void {
  // v1: shipped.
  db.version(1).stores({
    organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
    periods: '[orgId+period], orgId',
    settings: 'key',
  });

  // v2: assessments with frozen snapshots, green projects, actions, evidence, audit trail,
  // the loan officer's portfolio; periods indexed by year.
  db.version(2)
    .stores({
      periods: '[orgId+period], orgId, [orgId+year]',
      assessments: 'id, orgId, [orgId+instrument], [orgId+instrument+period], status, updatedAt',
      assessmentSnapshots: '[assessmentId+version], assessmentId, orgId',
      projects: 'id, orgId, updatedAt',
      actions: '[orgId+id], orgId, [orgId+status], status, deadline',
      evidence: 'id, createdAt',
      evidenceData: 'id',
      evidenceLinks: '[sha+orgId+targetKey], sha, orgId, [orgId+targetKey]',
      auditEvents: '++seq, at, orgId, [orgId+at], [entity+entityId]',
      applications:
        'id, &orgId, status, category, greenDecision, taxonomyCode, womenLed, importedAt, amountMnt',
    })
    .upgrade(async (tx) => {
      await tx
        .table<PeriodRow>('periods')
        .toCollection()
        .modify((row) => {
          Object.assign(row, upgradePeriodV2(row));
        });
      const settings = tx.table<SettingRow, string>('settings');
      const profile = profileFromV1Settings(await settings.toArray());
      if (profile) await settings.put({ key: 'profile', value: profile });
    });

  // v3: an application's loan terms (signing date, tenor) live on its row instead of in a
  // settings row per application. No index changes.
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      const settings = tx.table<SettingRow, string>('settings');
      const legacy = await settings.where('key').startsWith(LEGACY_TERMS_PREFIX).toArray();
      if (legacy.length === 0) return;
      const applications = tx.table<ApplicationRow, string>('applications');
      const ids = legacy.map((s) => s.key.slice(LEGACY_TERMS_PREFIX.length));
      const rows = (await applications.bulkGet(ids)).filter((r) => r !== undefined);
      const moved = moveLoanTermsV3(legacy, rows);
      await applications.bulkPut(moved.applications);
      await settings.bulkDelete(moved.movedKeys);
    });

  // v4: an organisation's settings (factor overrides, the officer's flags and copy of the last
  // imported package) leave the installation's settings table for one keyed by organisation, so
  // purging an organisation reaches them. If this upgrade throws, IndexedDB aborts the whole
  // version change and the database stays at v3 as it was.
  db.version(4)
    .stores({ organisationSettings: '[orgId+kind], orgId' })
    .upgrade(async (tx) => {
      const settings = tx.table<SettingRow, string>('settings');
      const orgIds = await tx
        .table<{ id: string }, string>('organisations')
        .toCollection()
        .primaryKeys();
      const moved = moveOrganisationSettingsV4(
        await settings.toArray(),
        new Set(orgIds),
        new Date().toISOString(),
      );
      await tx
        .table<OrganisationSettingRow, [string, string]>('organisationSettings')
        .bulkPut(moved.rows);
      await settings.bulkDelete(moved.removedKeys);
      await tx.table<AuditEventRow, number>('auditEvents').bulkAdd(moved.purgeEvents);
    });

  // v5: sync with the bank's server. The outbox holds local writes not yet acknowledged (written
  // in the write's own transaction by sync/outboxMiddleware.ts); syncRecords the server version
  // each record stands on; syncConflicts records changed here and on the server. New tables only.
  db.version(5).stores({
    outbox: '++seq, &changeId, [table+recordId]',
    syncRecords: '[table+recordId]',
    syncConflicts: '++id, [table+recordId], resolvedAt',
  });

  // v6: evidence metadata per organisation. The shared row per file let one company's rename,
  // purge or sync change another's; each organisation linking a file now has its own row. The
  // bytes stay once per content in evidenceData. Row changes in migrations.ts (splitEvidenceV6).
  db.version(6)
    .stores({ evidence: null, evidenceFiles: '[orgId+sha], orgId, sha' })
    .upgrade(async (tx) => {
      // The outbox rows this upgrade needs are written below; the middleware must not add its own.
      doNotRecordThisTransaction();
      const settings = tx.table<SettingRow, string>('settings');
      const organisations = await tx.table<OrganisationRow, string>('organisations').toArray();
      const conflicts = tx.table<SyncConflictRow, number>('syncConflicts');
      const split = splitEvidenceV6({
        evidence: await tx.table<LegacyEvidenceRow, string>(LEGACY_EVIDENCE_TABLE).toArray(),
        links: await tx.table<EvidenceLinkRow>('evidenceLinks').toArray(),
        enrolled: (await settings.get(SYNC_DEVICE_KEY)) !== undefined,
        demoOrgIds: new Set(organisations.filter((o) => o.isDemo === true).map((o) => o.id)),
        openConflicts: await conflicts.toArray(),
        at: new Date().toISOString(),
      });
      await tx.table<EvidenceFileRow, [string, string]>('evidenceFiles').bulkPut(split.files);
      await tx.table<EvidenceDataRow, string>('evidenceData').bulkDelete(split.unlinkedShas);
      const outbox = tx.table<OutboxRow, number>('outbox');
      await outbox
        .toCollection()
        .filter((o) => o.table === LEGACY_EVIDENCE_TABLE)
        .delete();
      await outbox.bulkAdd(split.queue);
      await conflicts.bulkPut(split.closedConflicts);
      await tx.table<AuditEventRow, number>('auditEvents').bulkAdd(split.events);
    });

  // v7: the portfolio summary (shared/portfolio/applicationSummary.ts) is computed from the stored
  // records and refreshed with every write; rows written before carry what a screen last scored
  // and no ESAP items, so every summary is refreshed once, in the background, at the next start
  // (refreshPendingSummaries). No index changes.
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table<SettingRow, string>('settings').put(summaryRefreshRequest());
    });
}
