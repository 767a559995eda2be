// Schema v6: the evidence record shared by every organisation (keyed by content only) becomes
// one record per organisation that links the content. Checked on a real v5 IndexedDB database
// (Dexie's upgrade) and on a v5 backup restored by this version (migrateTables), which must agree.
import Dexie from 'dexie';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../renderer/src/db/migrations';
import {
  getEvidenceBlob,
  listEvidenceOfOrganisation,
} from '../../../renderer/src/db/repositories/evidence';
import { deleteForever, moveToTrash } from '../../../renderer/src/db/repositories/trash';
import { freshDb, sampleOrganisation } from './helpers';

const V5_STORES = {
  organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
  periods: '[orgId+period], orgId, [orgId+year]',
  settings: 'key',
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
  organisationSettings: '[orgId+kind], orgId',
  outbox: '++seq, &changeId, [table+recordId]',
  syncRecords: '[table+recordId]',
  syncConflicts: '++id, [table+recordId], resolvedAt',
};

const STAMP = '2025-03-01T00:00:00.000Z';
const PERMIT = '1'.repeat(64); // linked by both companies
const BILL = '2'.repeat(64); // linked by org-a only
const ORPHAN = '3'.repeat(64); // linked by nobody

function organisation(id: string, nameMn: string, isDemo = false) {
  return {
    ...sampleOrganisation(id, nameMn),
    createdAt: STAMP,
    updatedAt: STAMP,
    ...(isDemo ? { isDemo: true } : {}),
  };
}

function legacyFile(id: string, name: string) {
  return { id, name, type: 'application/pdf', size: 4, createdAt: STAMP, hasContent: 1 as const };
}

function link(sha: string, orgId: string, itemId: string) {
  return {
    sha,
    orgId,
    targetKey: `answer:${itemId}`,
    target: { kind: 'answer', itemId },
    createdAt: STAMP,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** A v5 installation: two companies share one file record; a demo company; an unlinked file. */
function v5Rows() {
  return {
    organisations: [
      organisation('org-a', 'Дархан Ноолуур ХХК'),
      organisation('org-b', 'Говь Сүлжмэл ХХК'),
      organisation('org-demo', 'Жишээ ХХК', true),
    ],
    evidence: [
      legacyFile(PERMIT, 'permit.pdf'),
      legacyFile(BILL, 'bill.pdf'),
      legacyFile(ORPHAN, 'old-scan.pdf'),
    ],
    evidenceData: [
      { id: PERMIT, bytes: bytes('prmt') },
      { id: BILL, bytes: bytes('bill') },
      { id: ORPHAN, bytes: bytes('orph') },
    ],
    evidenceLinks: [
      link(PERMIT, 'org-a', 'VCP-EN-01'),
      link(PERMIT, 'org-b', 'VCP-EN-01'),
      link(PERMIT, 'org-demo', 'VCP-EN-01'),
      link(BILL, 'org-a', 'VCP-EN-02'),
    ],
  };
}

describe('schema v6: evidence records per organisation', () => {
  it('upgrades a v5 database: one record per organisation linking the file, the unlinked one on the audit trail', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(5).stores(V5_STORES);
    await old.open();
    const rows = v5Rows();
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
    // signed in to a bank server, with a shared record's change pending and its conflict open
    await old.table('settings').add({ key: 'syncDevice', value: { serverUrl: 'http://x' } });
    await old.table('outbox').add({
      changeId: crypto.randomUUID(),
      table: 'evidence',
      recordId: PERMIT,
      op: 'put',
      data: legacyFile(PERMIT, 'permit.pdf'),
      queuedAt: STAMP,
    });
    await old.table('syncConflicts').add({
      table: 'evidence',
      recordId: PERMIT,
      mine: legacyFile(PERMIT, 'permit.pdf'),
      theirs: legacyFile(PERMIT, 'renamed by another branch.pdf'),
      theirsVersion: 2,
      detectedAt: STAMP,
    });
    old.close();

    const db = new GreenThreadDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('evidence');
    const files = await db.evidenceFiles.toArray();
    expect(files.map((f) => [f.orgId, f.sha, f.name]).sort()).toEqual(
      [
        ['org-a', BILL, 'bill.pdf'],
        ['org-a', PERMIT, 'permit.pdf'],
        ['org-b', PERMIT, 'permit.pdf'],
        ['org-demo', PERMIT, 'permit.pdf'],
      ].sort(),
    );
    // the bytes stay once per content; the unlinked file's go, its record kept on the trail
    expect((await db.evidenceData.toCollection().primaryKeys()).sort()).toEqual([PERMIT, BILL]);
    expect(
      await db.auditEvents.where('[entity+entityId]').equals(['evidence', ORPHAN]).toArray(),
    ).toMatchObject([
      { action: 'purge', field: 'unlinkedFile', before: { name: 'old-scan.pdf', size: 4 } },
    ]);
    // the shared record's pending change is replaced by each (non-demo) organisation's record
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => [o.table, o.recordId]).sort()).toEqual(
      [
        ['evidenceFiles', `org-a|${BILL}`],
        ['evidenceFiles', `org-a|${PERMIT}`],
        ['evidenceFiles', `org-b|${PERMIT}`],
      ].sort(),
    );
    const [conflict] = await db.syncConflicts.toArray();
    expect(conflict?.resolvedAt).toBeDefined();
    expect(await db.auditEvents.filter((e) => e.field === 'conflict').count()).toBe(1);

    // one company's purge no longer takes the other's file: record, name and bytes stay
    await moveToTrash('org-a', db);
    await deleteForever('org-a', db);
    expect((await listEvidenceOfOrganisation('org-b', db)).map((f) => f.name)).toEqual([
      'permit.pdf',
    ]);
    expect(await (await getEvidenceBlob('org-b', PERMIT, db))?.text()).toBe('prmt');
    expect(await db.evidenceData.get(BILL)).toBeUndefined();
    db.close();
  });

  it('restores a v5 backup the same way', async () => {
    const rows = v5Rows();
    const tables: Record<string, unknown[]> = {
      ...rows,
      evidenceData: rows.evidenceData.map((d) => ({
        id: d.id,
        bytes: { $bytes: btoa(new TextDecoder().decode(d.bytes)) },
      })),
      auditEvents: [],
    };
    const backup = {
      app: 'GreenThread',
      kind: 'database-backup',
      backupFormat: 1,
      schemaVersion: 5,
      createdAt: STAMP,
      tableCounts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])),
      tables,
      end: true,
    };
    const db = freshDb();
    const summary = await restoreBackup(
      new Blob([JSON.stringify(backup)]),
      { mode: 'replace' },
      undefined,
      db,
    );
    expect(summary.migratedFrom).toBe(5);
    expect((await db.evidenceFiles.toArray()).map((f) => `${f.orgId} ${f.name}`).sort()).toEqual([
      'org-a bill.pdf',
      'org-a permit.pdf',
      'org-b permit.pdf',
      'org-demo permit.pdf',
    ]);
    expect(await (await getEvidenceBlob('org-b', PERMIT, db))?.text()).toBe('prmt');
    expect(await db.evidenceData.get(ORPHAN)).toBeUndefined();
    expect(
      await db.auditEvents.where('[entity+entityId]').equals(['evidence', ORPHAN]).toArray(),
    ).toMatchObject([{ field: 'unlinkedFile', before: { name: 'old-scan.pdf' } }]);
    // not signed in to a bank server: nothing queued
    expect(await db.outbox.count()).toBe(0);
  });
});
