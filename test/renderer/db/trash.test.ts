import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../renderer/src/db/errors';
import { addEvidence, linkEvidence } from '../../../renderer/src/db/repositories/evidence';
import {
  listOrganisations,
  saveOrganisation,
} from '../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../renderer/src/db/repositories/periods';
import {
  openAssessment,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessments';
import { saveAction } from '../../../renderer/src/db/repositories/actions';
import {
  deleteForever,
  listTrash,
  moveToTrash,
  purgeTrash,
  restoreFromTrash,
} from '../../../renderer/src/db/repositories/trash';
import { freshDb, sampleOrganisation } from './helpers';

const DAY = 24 * 3600 * 1000;

async function orgWithData(db: ReturnType<typeof freshDb>, id: string, fileText: string) {
  await saveOrganisation(sampleOrganisation(id, `Org ${id}`), {}, db);
  await setMetricValue(id, '2025-01', 'energy.electricity', { value: 5, unit: 'kWh' }, db);
  const a = await openAssessment({ orgId: id, instrument: 'vcp', period: '2025' }, db);
  await submitAssessment(a.id, { score: 1 }, db);
  await saveAction(
    id,
    { id: 'act-1', source: { kind: 'manual' }, action: 'Fix', priority: 'low', status: 'open' },
    db,
  );
  const shared = await addEvidence(id, new Blob(['shared']), 'shared.pdf', 'application/pdf', db);
  const own = await addEvidence(id, new Blob([fileText]), `${id}.pdf`, 'application/pdf', db);
  await linkEvidence(id, shared.sha, { kind: 'answer', itemId: 'VCP-1' }, db);
  await linkEvidence(id, own.sha, { kind: 'answer', itemId: 'VCP-2' }, db);
  return { shared: shared.sha, own: own.sha };
}

describe('trash', () => {
  it('hides a trashed organisation, lists it in the trash and restores it', async () => {
    const db = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, db);
    await moveToTrash('o1', db);
    expect(await listOrganisations(db)).toEqual([]);
    expect((await listTrash(db)).map((o) => o.id)).toEqual(['o1']);
    await restoreFromTrash('o1', db);
    expect((await listOrganisations(db)).map((o) => o.id)).toEqual(['o1']);
    expect(await listTrash(db)).toEqual([]);
  });

  it('purges after 30 days with all data, keeping files another organisation still uses', async () => {
    const db = freshDb();
    const a = await orgWithData(db, 'o1', 'only o1');
    await orgWithData(db, 'o2', 'only o2');
    const t0 = new Date('2026-01-01T00:00:00Z');
    await moveToTrash('o1', db, t0);

    expect(await purgeTrash(new Date(t0.getTime() + 29 * DAY), db)).toEqual([]);
    expect(await db.organisations.get('o1')).toBeDefined();

    expect(await purgeTrash(new Date(t0.getTime() + 31 * DAY), db)).toEqual(['o1']);
    expect(await db.organisations.get('o1')).toBeUndefined();
    for (const table of [
      db.periods,
      db.assessments,
      db.assessmentSnapshots,
      db.actions,
      db.evidenceLinks,
    ]) {
      expect(await table.where('orgId').equals('o1').count()).toBe(0);
    }
    expect(await db.auditEvents.where('orgId').equals('o1').count()).toBe(0);
    expect(await db.evidenceFiles.where('orgId').equals('o1').count()).toBe(0);
    expect(await db.evidenceData.get(a.own)).toBeUndefined();
    // the content o2 also holds stays, with o2's own record of it
    expect(await db.evidenceData.get(a.shared)).toBeDefined();
    expect(await db.evidenceFiles.get(['o2', a.shared])).toMatchObject({ name: 'shared.pdf' });
    // o2 is untouched.
    expect(await db.periods.where('orgId').equals('o2').count()).toBe(1);
    expect(await db.assessmentSnapshots.where('orgId').equals('o2').count()).toBe(1);
    // The purge itself stays on record.
    expect(
      await db.auditEvents.filter((e) => e.action === 'purge' && e.entityId === 'o1').count(),
    ).toBe(1);
  });

  it('deletes forever only what is in the trash', async () => {
    const db = freshDb();
    await orgWithData(db, 'o1', 'x');
    await expect(deleteForever('o1', db)).rejects.toThrow(/not in the trash/);
    await moveToTrash('o1', db);
    await deleteForever('o1', db);
    expect(await db.organisations.get('o1')).toBeUndefined();
    expect(await db.periods.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
    expect(await db.evidenceData.count()).toBe(0);
  });
});

describe('errors thrown inside a write transaction', () => {
  it('reach the caller as our own NotFoundError with its message intact', async () => {
    const db = freshDb();
    const error = await moveToTrash('no-such-org', db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('Organisation no-such-org does not exist.');
  });
});
