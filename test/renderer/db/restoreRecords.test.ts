// What a restore leaves behind besides the backup's rows: one audit event saying which backup was
// restored, and (merge) never two assessments for one organisation, instrument and period.
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import type { GreenThreadDb } from '../../../renderer/src/db/db';
import type { VcpAssessmentRow } from '../../../renderer/src/db/types';
import {
  findAssessment,
  openAssessment,
  setAnswer,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessments';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { freshDb, sampleOrganisation } from './helpers';

async function withAssessment(answer: 'yes' | 'no', updatedAt: string, submit = false) {
  const db = freshDb();
  await saveOrganisation(sampleOrganisation('o1'), {}, db);
  const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
  await setAnswer(a.id, 'VCP-EN-01', { answer }, db);
  if (submit) await submitAssessment(a.id, { score: answer }, db);
  await db.assessments.update(a.id, { updatedAt });
  return { db, id: a.id };
}

function assessmentsOfKey(db: GreenThreadDb) {
  return db.assessments.where('[orgId+instrument+period]').equals(['o1', 'vcp', '2025']).toArray();
}

describe('replace restore', () => {
  it('adds one audit event naming the file, its date and the counts; the rest equals the backup', async () => {
    const source = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, source);
    await setMetricValue('o1', '2025-01', 'energy.coal', { value: 3, unit: 't' }, source);
    const digest = await databaseDigest(source);
    const sourceEvents = await source.auditEvents.count();
    const blob = await exportBackup(undefined, source);
    const header = JSON.parse(await blob.text()) as { createdAt: string };

    const target = freshDb();
    await saveOrganisation(sampleOrganisation('gone', 'Устах'), {}, target);
    await restoreBackup(
      new File([blob], 'greenthread-backup-2026-01-05.json'),
      { mode: 'replace' },
      undefined,
      target,
    );
    const events = await target.auditEvents.toArray();
    expect(events).toHaveLength(sourceEvents + 1);
    expect(events.at(-1)).toMatchObject({
      entity: 'database',
      action: 'restore_backup',
      after: {
        mode: 'replace',
        fileName: 'greenthread-backup-2026-01-05.json',
        createdAt: header.createdAt,
        tableCounts: { organisations: 1, periods: 1, auditEvents: sourceEvents },
      },
    });
    // The restore's own record is the only difference from the backup.
    expect(await databaseDigest(target)).not.toBe(digest);
    expect(await databaseDigest(target, { ignoreRestoreEvents: true })).toBe(digest);
  });

  it('takes the file name from the options when the blob has none', async () => {
    const source = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, source);
    const target = freshDb();
    await restoreBackup(
      await exportBackup(undefined, source),
      { mode: 'replace', fileName: 'usb/backup.json' },
      undefined,
      target,
    );
    const last = await target.auditEvents.orderBy('seq').last();
    expect(last?.after).toMatchObject({ fileName: 'usb/backup.json' });
  });
});

describe('merge restore of one organisation and period assessed in two places', () => {
  it('keeps the newer (the backup’s) and records the dropped local one in full', async () => {
    const local = await withAssessment('no', '2026-01-01T00:00:00.000Z', true);
    const other = await withAssessment('yes', '2026-02-01T00:00:00.000Z');
    expect(other.id).not.toBe(local.id);
    const summary = await restoreBackup(
      await exportBackup(undefined, other.db),
      { mode: 'merge' },
      undefined,
      local.db,
    );
    expect(summary.assessmentsSuperseded).toBe(1);
    const rows = await assessmentsOfKey(local.db);
    expect(rows.map((r) => r.id)).toEqual([other.id]);
    expect((await findAssessment('o1', 'vcp', '2025', local.db))?.id).toBe(other.id);
    // The dropped one's submitted version stays, and its row is in the trail.
    expect(await local.db.assessmentSnapshots.get([local.id, 1])).toBeDefined();
    const dropped = await local.db.auditEvents
      .where('[entity+entityId]')
      .equals(['assessment', local.id])
      .last();
    expect(dropped).toMatchObject({
      action: 'delete',
      before: { id: local.id, answers: { 'VCP-EN-01': { answer: 'no' } } },
      after: { supersededBy: other.id },
    });
  });

  it('keeps the newer local one and skips the backup’s, whose snapshots are still kept', async () => {
    const local = await withAssessment('no', '2026-03-01T00:00:00.000Z');
    const other = await withAssessment('yes', '2026-02-01T00:00:00.000Z', true);
    await restoreBackup(
      await exportBackup(undefined, other.db),
      { mode: 'merge' },
      undefined,
      local.db,
    );
    const rows = await assessmentsOfKey(local.db);
    expect(
      rows.map((r) => [r.id, r.instrument === 'vcp' && r.answers['VCP-EN-01']?.answer]),
    ).toEqual([[local.id, 'no']]);
    expect(await local.db.assessmentSnapshots.get([other.id, 1])).toBeDefined();
    const restore = await local.db.auditEvents.orderBy('seq').last();
    expect(restore).toMatchObject({
      action: 'restore_backup',
      after: { mode: 'merge', assessmentsSuperseded: 1 },
    });
  });

  it('overwrites a local assessment with the same id, as any other row', async () => {
    const local = await withAssessment('no', '2026-03-01T00:00:00.000Z');
    const copy = freshDb();
    await copy.organisations.bulkPut(await local.db.organisations.toArray());
    const row = await local.db.assessments.get(local.id);
    if (row?.instrument !== 'vcp') throw new Error('no vcp row');
    const changed: VcpAssessmentRow = { ...row, answers: { 'VCP-EN-01': { answer: 'yes' } } };
    await copy.assessments.put(changed);
    const summary = await restoreBackup(
      await exportBackup(undefined, copy),
      { mode: 'merge' },
      undefined,
      local.db,
    );
    expect(summary.assessmentsSuperseded).toBeUndefined();
    const rows = await assessmentsOfKey(local.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.instrument === 'vcp' && rows[0].answers['VCP-EN-01']?.answer).toBe('yes');
  });
});
