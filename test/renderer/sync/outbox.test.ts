// Every local write of a synced record leaves an outbox row in the same transaction. The check
// is generic: before and after each repository call it reads every synced table, and every record
// that changed must have a fresh outbox entry holding exactly the row now stored (or a tombstone).
import { describe, expect, it } from 'vitest';
import type { GreenThreadDb } from '../../../renderer/src/db/db';
import { recordAudit, writeTransaction } from '../../../renderer/src/db/audit';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import { setDeclarationFlags } from '../../../renderer/src/db/repositories/declarationFlags';
import {
  addEvidence,
  addEvidenceRef,
  deleteEvidence,
  linkEvidence,
  unlinkEvidence,
} from '../../../renderer/src/db/repositories/evidence';
import {
  openAssessment,
  setAnswer,
  setScreening,
} from '../../../renderer/src/db/repositories/assessments';
import {
  setAssessmentStatus,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessmentReview';
import { amendSignedOff, signOff } from '../../../renderer/src/db/repositories/signOff';
import {
  saveOrganisation,
  updateOrganisation,
  saveOrganisationIfUnchanged,
} from '../../../renderer/src/db/repositories/organisations';
import { putPeriods, setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { saveProject } from '../../../renderer/src/db/repositories/projects';
import { deleteAction, saveAction } from '../../../renderer/src/db/repositories/actions';
import {
  deleteForever,
  moveToTrash,
  restoreFromTrash,
} from '../../../renderer/src/db/repositories/trash';
import {
  setApplicationOutcome,
  setApplicationStatus,
  setApplicationTerms,
} from '../../../renderer/src/db/repositories/applications';
import { acceptNewSigningKey } from '../../../renderer/src/db/repositories/signingKeyPins';
import { putOrganisationSetting } from '../../../renderer/src/db/repositories/organisationSettings';
import { storeSubmission } from '../../../renderer/src/db/repositories/submissions';
import { enrollDevice, getSyncDevice, type SyncDevice } from '../../../renderer/src/sync/device';
import { encodeRecordId } from '../../../renderer/src/sync/recordKey';
import { LOCAL_SYNC_TABLES } from '../../../renderer/src/sync/syncedTables';
import type { OutboxRow } from '../../../renderer/src/db/types';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { freshDb, samplePackage, sampleOrganisation } from '../db/helpers';

export const DEVICE: SyncDevice = {
  serverUrl: 'http://127.0.0.1:1',
  deviceId: 'd1',
  deviceName: 'test desktop',
  token: 't',
  user: { id: 1, username: 'bat', displayName: 'Bat', role: 'officer', branchId: 'north' },
  signedInAt: '2026-01-01T00:00:00.000Z',
};

type Snapshot = Map<string, string>;

async function snapshot(db: GreenThreadDb): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const name of LOCAL_SYNC_TABLES) {
    const table = db.table(name);
    const pk = table.schema.primKey.keyPath;
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      if (name === 'organisationSettings' && row.kind === 'lastImport') continue;
      const key = Array.isArray(pk) ? pk.map((p) => row[p]) : row[pk as string];
      out.set(`${name}/${encodeRecordId(key)}`, JSON.stringify(row));
    }
  }
  return out;
}

/** As if the server acknowledged everything: the outbox empties, every record counts as synced. */
async function acknowledgeAll(db: GreenThreadDb): Promise<void> {
  const rows = await db.outbox.toArray();
  await db.syncRecords.bulkPut(
    rows.map((r) => ({ table: r.table, recordId: r.recordId, version: 1 })),
  );
  await db.outbox.clear();
}

const seen = new Set<string>();

/** Runs `op`, then checks that each record it changed has a matching outbox entry. */
async function writes(db: GreenThreadDb, label: string, op: () => Promise<unknown>) {
  await acknowledgeAll(db);
  const before = await snapshot(db);
  await op();
  const after = await snapshot(db);
  const queued = new Map<string, OutboxRow>(
    (await db.outbox.toArray()).map((e) => [`${e.table}/${e.recordId}`, e]),
  );
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (k) => before.get(k) !== after.get(k),
  );
  expect(changed.length, `${label} changes a synced record`).toBeGreaterThan(0);
  for (const k of changed) {
    const entry = queued.get(k);
    expect(entry, `${label}: outbox entry for ${k}`).toBeDefined();
    const now = after.get(k);
    if (now === undefined) expect(entry?.op, `${label}: ${k}`).toBe('delete');
    else expect(JSON.stringify(entry?.data), `${label}: ${k}`).toBe(now);
    seen.add(k.split('/')[0]!);
  }
  // and nothing queued for a record that did not change
  for (const k of queued.keys()) expect(changed, `${label}: queued ${k}`).toContain(k);
}

const signOffRecord = {
  kind: 'signoff' as const,
  name: 'Officer Bat',
  role: 'Loan officer',
  date: '2026-03-01',
  category: { suggested: 'B' as const, final: 'B' as const },
  green: { suggested: 'not_eligible' as const, final: 'not_eligible' as const },
};

describe('the outbox', { timeout: 60_000 }, () => {
  it('records every kind of synced write, through every repository write path', async () => {
    const db = freshDb();
    await enrollDevice(DEVICE, db);
    const pkg = samplePackage('org-a');
    await writes(db, 'importPackage', () => importPackage(pkg, { mode: 'new' }, db));
    await writes(db, 'storeSubmission', () =>
      storeSubmission(pkg, { fileName: 'a.json', existingOrgId: 'org-a' }, db),
    );
    await writes(db, 'saveOrganisation', () =>
      saveOrganisation(sampleOrganisation('org-b'), {}, db),
    );
    await writes(db, 'updateOrganisation', () =>
      updateOrganisation('org-b', (o) => ({ ...o, employees: 130 }), db),
    );
    const b = await db.organisations.get('org-b');
    await writes(db, 'saveOrganisationIfUnchanged', () =>
      saveOrganisationIfUnchanged(
        { ...sampleOrganisation('org-b'), employees: 140 },
        b!.updatedAt,
        db,
      ),
    );
    await writes(db, 'setMetricValue', () =>
      setMetricValue('org-b', '2025-03', 'energy.electricity', { value: 5, unit: 'kWh' }, db),
    );
    await writes(db, 'putPeriods', () =>
      putPeriods(
        'org-b',
        [{ period: '2025-04', values: { 'energy.coal': { value: 2, unit: 't' } } }],
        true,
        db,
      ),
    );
    await writes(db, 'setMetricValue (clear)', () =>
      setMetricValue('org-b', '2025-03', 'energy.electricity', null, db),
    );
    const vcp = await openAssessment({ orgId: 'org-b', instrument: 'vcp', period: '2025' }, db);
    await writes(db, 'setAnswer', () => setAnswer(vcp.id, 'VCP-EN-01', { answer: 'yes' }, db));
    await writes(db, 'submitAssessment', () => submitAssessment(vcp.id, { score: 1 }, db));
    await writes(db, 'setAssessmentStatus', () =>
      setAssessmentStatus(vcp.id, 'under_review', undefined, db),
    );
    const es = await openAssessment({ orgId: 'org-b', instrument: 'es', period: '2025' }, db);
    const screening = { exclusions: {}, checks: {}, documentsReceived: [] };
    await writes(db, 'setScreening', () =>
      setScreening(es.id, { ...screening, siteVisitNotes: 'visited' }, db),
    );
    await writes(db, 'signOff', () => signOff(es.id, signOffRecord, db));
    await writes(db, 'amendSignedOff', () =>
      amendSignedOff(es.id, 'Permit renewal received late', db),
    );
    await writes(db, 'saveProject', () =>
      saveProject('org-b', { ...pkg.project!, title: 'Heat recovery' }, undefined, db),
    );
    await writes(db, 'saveAction', () =>
      saveAction(
        'org-b',
        {
          id: 'act-9',
          source: { kind: 'manual' },
          action: 'Fix the leak',
          priority: 'high',
          status: 'open',
        },
        db,
      ),
    );
    await writes(db, 'deleteAction', () => deleteAction('org-b', 'act-9', db));
    const file = await addEvidence(
      'org-b',
      new Blob(['bill']),
      'bill.pdf',
      'application/pdf',
      db,
    ).catch(() => null);
    expect(file).not.toBeNull();
    await acknowledgeAll(db);
    await writes(db, 'addEvidenceRef', () =>
      addEvidenceRef(
        'org-b',
        { sha256: 'c'.repeat(64), name: 'c.pdf', type: 'application/pdf', size: 3 },
        db,
      ),
    );
    await writes(db, 'linkEvidence', () =>
      linkEvidence('org-b', file!.sha, { kind: 'answer', itemId: 'VCP-EN-01' }, db),
    );
    await writes(db, 'unlinkEvidence', () =>
      unlinkEvidence('org-b', file!.sha, { kind: 'answer', itemId: 'VCP-EN-01' }, db),
    );
    await writes(db, 'deleteEvidence', () => deleteEvidence('org-b', file!.sha, db));
    const app = await db.applications.where('orgId').equals('org-a').first();
    await writes(db, 'setApplicationStatus', () => setApplicationStatus(app!.id, 'in_review', db));
    await writes(db, 'setApplicationTerms', () =>
      setApplicationTerms(app!.id, { signingDate: '2026-05-01', termYears: 5 }, db),
    );
    await writes(db, 'setApplicationOutcome', () =>
      setApplicationOutcome(app!.id, { greenDecision: 'not_eligible' }, db),
    );
    await writes(db, 'setDeclarationFlags', () =>
      setDeclarationFlags(
        'org-a',
        { 'ES-LAB-02': { changes: [], submittedAt: '2026-02-01T08:00:00.000Z' } },
        db,
      ),
    );
    await writes(db, 'putOrganisationSetting', () =>
      writeTransaction(db, [db.organisationSettings], () =>
        putOrganisationSetting('org-b', 'factorOverrides', { gridTco2PerMwh: 1.2 }, db),
      ),
    );
    await writes(db, 'moveToTrash', () => moveToTrash('org-b', db));
    await writes(db, 'restoreFromTrash', () => restoreFromTrash('org-b', db));
    await moveToTrash('org-b', db);
    await writes(db, 'deleteForever', () => deleteForever('org-b', db));
    // acceptNewSigningKey changes something only when a new key is pending: covered where it is
    expect(typeof acceptNewSigningKey).toBe('function');
    expect([...seen].sort()).toEqual([...LOCAL_SYNC_TABLES].sort());
  });

  it('a write whose transaction aborts leaves no outbox row', async () => {
    const db = freshDb();
    await enrollDevice(DEVICE, db);
    await saveOrganisation(sampleOrganisation('org-a'), {}, db);
    const before = await db.outbox.toArray();
    expect(before).toMatchObject([{ table: 'organisations', data: { employees: 120 } }]);
    await expect(
      writeTransaction(db, [db.periods], async () => {
        await db.organisations.update('org-a', { employees: 999 });
        await db.periods.put({ orgId: 'org-a', period: '2025-01', values: {}, updatedAt: 'x' });
        await recordAudit(db, { entity: 'organisation', entityId: 'org-a', action: 'update' });
        // inside the transaction both writes are queued (the unsent organisation replaced)
        expect(await db.outbox.toArray()).toMatchObject([
          { table: 'organisations', data: { employees: 999 } },
          { table: 'periods', recordId: 'org-a|2025-01' },
        ]);
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await db.outbox.toArray()).toEqual(before);
    expect((await db.organisations.get('org-a'))?.employees).toBe(120);
  });

  it('records nothing on a computer that never signed in to a bank server', async () => {
    const db = freshDb();
    await importPackage(samplePackage('org-a'), { mode: 'new' }, db);
    expect(await db.outbox.count()).toBe(0);
  });

  it('the first sign-in queues the records already here, except demo organisations', async () => {
    const db = freshDb();
    await importPackage(samplePackage('org-a'), { mode: 'new' }, db);
    await saveOrganisation(sampleOrganisation('org-demo'), { isDemo: true }, db);
    await setMetricValue('org-demo', '2025-01', 'energy.coal', { value: 1, unit: 't' }, db);
    const { queued } = await enrollDevice(DEVICE, db);
    const rows = await db.outbox.toArray();
    expect(queued).toBe(rows.length);
    expect(rows.some((r) => r.recordId === 'org-a' && r.table === 'organisations')).toBe(true);
    expect(rows.some((r) => r.recordId.includes('org-demo'))).toBe(false);
    // a later edit of a demo organisation stays local too
    await setMetricValue('org-demo', '2025-02', 'energy.coal', { value: 1, unit: 't' }, db);
    expect(await db.outbox.count()).toBe(rows.length);
  });

  it('an unsent change is replaced by the next edit; a tombstone only for what the server has', async () => {
    const db = freshDb();
    await enrollDevice(DEVICE, db);
    await saveOrganisation(sampleOrganisation('org-a'), {}, db);
    await updateOrganisation('org-a', (o) => ({ ...o, employees: 1 }), db);
    await updateOrganisation('org-a', (o) => ({ ...o, employees: 2 }), db);
    const rows = await db.outbox
      .where('[table+recordId]')
      .equals(['organisations', 'org-a'])
      .toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data).toMatchObject({ employees: 2 });
    // never reached the server: deleting it leaves nothing to send
    await moveToTrash('org-a', db);
    await deleteForever('org-a', db);
    expect(await db.outbox.count()).toBe(0);
  });

  it('restoring a backup (replace) brings back its outbox as it was, adding nothing', async () => {
    const db = freshDb();
    await enrollDevice(DEVICE, db);
    await saveOrganisation(sampleOrganisation('org-a'), {}, db);
    const saved = await db.outbox.toArray();
    const backup = await exportBackup(undefined, db);
    await saveOrganisation(sampleOrganisation('org-b'), {}, db);
    await restoreBackup(backup, { mode: 'replace' }, undefined, db);
    expect(await db.outbox.toArray()).toEqual(saved);
  });

  it('a backup carries no device token, and a restore brings none back (no cloned device)', async () => {
    const db = freshDb();
    await enrollDevice(DEVICE, db);
    await saveOrganisation(sampleOrganisation('org-a'), {}, db);
    const backup = await exportBackup(undefined, db);
    const text = await backup.text();
    expect(text).toContain('"deviceId":"d1"');
    expect(text).not.toContain('"token":"t"');
    expect(text).toContain('"token":null');
    // On another computer: the link is there, signed out; its waiting changes are kept.
    const other = freshDb();
    await restoreBackup(new Blob([text]), { mode: 'replace' }, undefined, other);
    expect(await getSyncDevice(other)).toMatchObject({ deviceId: 'd1', token: null });
    expect(await other.outbox.count()).toBe(await db.outbox.count());
    // A backup made before this rule still holds the token: the restore drops it.
    const older = text.replace('"token":null', '"token":"t"');
    const merged = freshDb();
    await restoreBackup(new Blob([older]), { mode: 'merge' }, undefined, merged);
    expect(await getSyncDevice(merged)).toMatchObject({ deviceId: 'd1', token: null });
  });
});
