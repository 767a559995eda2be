// The officer's loan terms live on the portfolio row (schema v3): one validated, audited call
// sets them, a re-import keeps them, and a v2 backup (terms in settings rows) restores into them.
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { BACKUP_APP, BACKUP_KIND } from '../../../renderer/src/db/backup/format';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { NotFoundError, ValidationError } from '../../../renderer/src/db/errors';
import {
  recordApplicationImport,
  setApplicationOutcome,
  setApplicationTerms,
} from '../../../renderer/src/db/repositories/applications';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { freshDb, sampleOrganisation } from './helpers';

const DIGEST = 'd'.repeat(64);

async function withApplication() {
  const db = freshDb();
  await saveOrganisation(sampleOrganisation('o1'), {}, db);
  const app = await recordApplicationImport(
    { orgId: 'o1', amountMnt: 100_000_000, womenLed: false, digest: DIGEST },
    db,
  );
  return { db, id: app.id };
}

function termEvents(db: ReturnType<typeof freshDb>) {
  return db.auditEvents.filter((e) => e.entity === 'application' && e.field === 'terms').toArray();
}

describe('setApplicationTerms', () => {
  it('sets amount, signing date and tenor on the row with one audit event', async () => {
    const { db, id } = await withApplication();
    const row = await setApplicationTerms(
      id,
      { amountMnt: 120_000_000, signingDate: '2026-03-01', termYears: 5 },
      db,
    );
    expect(row).toMatchObject({ amountMnt: 120_000_000, signingDate: '2026-03-01', termYears: 5 });
    expect(await db.applications.get(id)).toEqual(row);
    expect(await termEvents(db)).toMatchObject([
      {
        orgId: 'o1',
        action: 'update',
        before: { amountMnt: 100_000_000 },
        after: { amountMnt: 120_000_000, signingDate: '2026-03-01', termYears: 5 },
      },
    ]);
    // nothing is kept in settings any more
    expect((await db.settings.toArray()).map((s) => s.key)).not.toContainEqual(
      expect.stringMatching(/terms/),
    );
  });

  it('changes only the fields given; null clears the signing date; no change writes nothing', async () => {
    const { db, id } = await withApplication();
    await setApplicationTerms(id, { signingDate: '2026-03-01', termYears: 5 }, db);
    await setApplicationTerms(id, { signingDate: null }, db);
    const row = await db.applications.get(id);
    expect([row?.amountMnt, row?.signingDate, row?.termYears]).toEqual([100_000_000, undefined, 5]);
    const before = await databaseDigest(db);
    await setApplicationTerms(id, { termYears: 5 }, db);
    expect(await databaseDigest(db)).toBe(before);
  });

  it('refuses invalid terms and an unknown application, writing nothing', async () => {
    const { db, id } = await withApplication();
    const before = await databaseDigest(db);
    for (const bad of [
      { termYears: 0 },
      { termYears: 31 },
      { termYears: 2.5 },
      { signingDate: '2026-02-30' },
      { amountMnt: -1 },
    ]) {
      await expect(setApplicationTerms(id, bad, db)).rejects.toBeInstanceOf(ValidationError);
    }
    const missing = await setApplicationTerms('app-nope', { termYears: 3 }, db).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(await databaseDigest(db)).toBe(before);
  });

  it('survives a re-import of the organisation’s package', async () => {
    const { db, id } = await withApplication();
    await setApplicationTerms(id, { signingDate: '2026-03-01', termYears: 5 }, db);
    await recordApplicationImport(
      { orgId: 'o1', amountMnt: 90_000_000, womenLed: false, digest: 'e'.repeat(64) },
      db,
    );
    const row = await db.applications.get(id);
    expect([row?.signingDate, row?.termYears, row?.history.length]).toEqual(['2026-03-01', 5, 2]);
  });
});

describe('setApplicationOutcome', () => {
  it('sets and clears the screening outcome, audited apart from the terms', async () => {
    const { db, id } = await withApplication();
    await setApplicationOutcome(id, { greenDecision: 'eligible', taxonomyCode: 'EE-1' }, db);
    expect((await db.applications.get(id))?.greenDecision).toBe('eligible');
    await setApplicationTerms(id, { termYears: 4 }, db);
    await setApplicationOutcome(id, { greenDecision: null, taxonomyCode: null }, db);
    const row = await db.applications.get(id);
    expect([row?.greenDecision, row?.taxonomyCode]).toEqual([undefined, undefined]);
    const fields = (await db.auditEvents.filter((e) => e.entity === 'application').toArray()).map(
      (e) => [e.action, e.field],
    );
    expect(fields).toEqual([
      ['import', undefined],
      ['update', 'outcome'],
      ['update', 'terms'],
      ['update', 'outcome'],
    ]);
    // The category is the officer's screening's, never set on the row by hand.
    await expect(
      setApplicationOutcome(id, { category: 'A' } as unknown as { greenDecision: 'eligible' }, db),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('restoring a v2 backup', () => {
  it('moves the loan terms kept in settings onto the restored applications', async () => {
    const application = {
      id: 'app-o1',
      orgId: 'o1',
      status: 'received',
      amountMnt: 5_000_000,
      womenLed: 0,
      importedAt: '2025-05-01T00:00:00.000Z',
      digest: DIGEST,
      history: [{ importedAt: '2025-05-01T00:00:00.000Z', digest: DIGEST }],
      updatedAt: '2025-05-01T00:00:00.000Z',
    };
    const settings = [
      { key: 'officer:terms:app-o1', value: { signingDate: '2026-04-15', termYears: 6 } },
    ];
    // every application's organisation must be in the backup too (validateRows cross-references)
    const organisations = [
      {
        ...sampleOrganisation('o1'),
        createdAt: '2025-05-01T00:00:00.000Z',
        updatedAt: '2025-05-01T00:00:00.000Z',
      },
    ];
    const tables = { organisations, applications: [application], settings };
    const backup = {
      app: BACKUP_APP,
      kind: BACKUP_KIND,
      backupFormat: 1,
      schemaVersion: 2,
      createdAt: '2025-06-01T00:00:00.000Z',
      tableCounts: { organisations: 1, applications: 1, settings: 1 },
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
    expect(summary).toMatchObject({ schemaVersion: 2, migratedFrom: 2 });
    expect(await db.applications.get('app-o1')).toEqual({
      ...application,
      signingDate: '2026-04-15',
      termYears: 6,
    });
    expect(await db.settings.get('officer:terms:app-o1')).toBeUndefined();
  });
});
