// One organisation edited in two windows (two connections on one database): the transactional
// update and the optimistic save keep both windows' fields or refuse, never lose one silently.
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { NotFoundError, ValidationError } from '../../../renderer/src/db/errors';
import { ConflictError } from '../../../renderer/src/db/repositories/conflictError';
import {
  getOrganisation,
  saveOrganisation,
  saveOrganisationIfUnchanged,
  updateOrganisation,
} from '../../../renderer/src/db/repositories/organisations';
import { omit } from '../../../renderer/src/db/omit';
import { sampleOrganisation } from './helpers';

function twoWindows(): [GreenThreadDb, GreenThreadDb] {
  const name = `t-${crypto.randomUUID()}`;
  return [new GreenThreadDb(name), new GreenThreadDb(name)];
}

describe('updateOrganisation', () => {
  it('keeps both fields when two windows update different fields at the same time', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    await Promise.all([
      updateOrganisation('o1', (o) => ({ ...o, nameEn: 'Gobi Cashmere Group' }), a),
      updateOrganisation('o1', (o) => ({ ...o, employees: 140 }), b),
    ]);
    const now = await getOrganisation('o1', a);
    expect([now?.nameEn, now?.employees]).toEqual(['Gobi Cashmere Group', 140]);
    // The (merged) audit event ends with both changes.
    const last = (await a.auditEvents.where('entity').equals('organisation').toArray()).at(-1);
    expect(last?.after).toMatchObject({ nameEn: 'Gobi Cashmere Group', employees: 140 });
  });

  it('hands the update the stored row, keeps the stamps and the demo flag, and audits', async () => {
    const [a] = twoWindows();
    const created = await saveOrganisation(sampleOrganisation('o1'), { isDemo: true }, a);
    const seen: unknown[] = [];
    const row = await updateOrganisation(
      'o1',
      (o) => {
        seen.push(o);
        return { ...o, district: 'Сүхбаатар' };
      },
      a,
    );
    expect(seen).toEqual([sampleOrganisation('o1')]);
    expect(row).toMatchObject({
      district: 'Сүхбаатар',
      isDemo: true,
      createdAt: created.createdAt,
    });
    expect(row.updatedAt > created.updatedAt).toBe(true);
    const events = await a.auditEvents.toArray();
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1]).toMatchObject({
      before: { district: 'Хан-Уул' },
      after: { district: 'Сүхбаатар' },
    });
  });

  it('refuses an unknown id, an invalid result and a changed id, writing nothing', async () => {
    const [a] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const before = await databaseDigest(a);
    const missing = await updateOrganisation('nope', (o) => o, a).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as Error).message).toBe('Organisation nope does not exist.');
    await expect(
      updateOrganisation('o1', (o) => ({ ...o, employees: -3 }), a),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(updateOrganisation('o1', (o) => ({ ...o, id: 'o2' }), a)).rejects.toThrow(
      /must stay o1/,
    );
    expect(await databaseDigest(a)).toBe(before);
  });
});

describe('saveOrganisationIfUnchanged', () => {
  it('refuses with ConflictError when another window saved since this one read, writing nothing', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const inA = await getOrganisation('o1', a);
    const inB = await getOrganisation('o1', b);
    if (!inA || !inB) throw new Error('not loaded');
    const strip = (r: typeof inA) =>
      omit(r, ['createdAt', 'updatedAt', 'deletedAt', 'isDemo', 'rev']);
    await saveOrganisationIfUnchanged(
      { ...strip(inA), nameEn: 'Gobi Cashmere Group' },
      inA.updatedAt,
      a,
    );
    const before = await databaseDigest(a);
    const error = await saveOrganisationIfUnchanged(
      { ...strip(inB), employees: 140 },
      inB.updatedAt,
      b,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<typeof inA>).current.nameEn).toBe('Gobi Cashmere Group');
    expect(await databaseDigest(a)).toBe(before);
  });

  it('creates a new organisation only when none exists (expected null)', async () => {
    const [a] = twoWindows();
    await saveOrganisationIfUnchanged(sampleOrganisation('o1'), null, a);
    await expect(
      saveOrganisationIfUnchanged(sampleOrganisation('o1'), null, a),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('tells two saves within one millisecond apart (updatedAt always moves forward)', async () => {
    const [a] = twoWindows();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-01-01T00:00:00.000Z'));
    try {
      const first = await saveOrganisation(sampleOrganisation('o1'), {}, a);
      const second = await saveOrganisation({ ...sampleOrganisation('o1'), employees: 5 }, {}, a);
      expect(second.updatedAt > first.updatedAt).toBe(true);
      await expect(
        saveOrganisationIfUnchanged(
          { ...sampleOrganisation('o1'), employees: 6 },
          first.updatedAt,
          a,
        ),
      ).rejects.toBeInstanceOf(ConflictError);
    } finally {
      spy.mockRestore();
    }
  });
});
