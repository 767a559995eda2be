// The backup corpus (and every other kind of bad file) against restoreBackup on a real database:
// refused with a message naming what is wrong, database digest unchanged, in both modes.
import { checkBackup, restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { BackupError } from '../../../renderer/src/db/errors';
import { SCHEMA_VERSION } from '../../../renderer/src/db/migrations';
import { refusedBackups } from '../../corpus/backupCases';
import { refusedPackages } from '../../corpus/packageCases';
import { generateDatabase } from '../db/generateDatabase';
import { freshDb } from '../db/helpers';

async function seededDb(seed: number) {
  const db = freshDb();
  await generateDatabase(db, { orgs: 3, months: 6, evidenceFiles: 2, seed });
  return db;
}

describe('backup corpus', { timeout: 60_000 }, () => {
  it('refuses every bad backup in both modes, naming what is wrong, changing nothing', async () => {
    const source = await seededDb(1);
    const valid = await (await exportBackup(undefined, source)).text();
    const db = await seededDb(2);
    const before = await databaseDigest(db);
    const cases = refusedBackups(valid, SCHEMA_VERSION + 1);
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      for (const mode of ['replace', 'merge'] as const) {
        const error = await restoreBackup(
          new Blob([new Uint8Array(c.bytes)]),
          { mode },
          undefined,
          db,
        ).then(
          () => null,
          (e: unknown) => e,
        );
        expect([c.id, mode, error instanceof BackupError]).toEqual([c.id, mode, true]);
        expect([c.id, (error as Error).message]).toEqual([c.id, expect.stringMatching(c.mentions)]);
        expect((error as Error).message).toMatch(/Nothing was changed|not valid|Import instead/);
      }
    }
    expect(await databaseDigest(db)).toBe(before);
    // the valid original restores (the corpus differs from it only by the intended fault)
    await restoreBackup(new Blob([valid]), { mode: 'replace' }, undefined, db);
    // apart from the audit event recording the restore itself
    expect(await databaseDigest(db, { ignoreRestoreEvents: true })).toBe(
      await databaseDigest(source),
    );
  });

  it('refuses every bad package file handed to restore by mistake', async () => {
    const db = await seededDb(3);
    const before = await databaseDigest(db);
    for (const c of refusedPackages()) {
      const error = await restoreBackup(
        new Blob([new Uint8Array(c.bytes)]),
        { mode: 'replace' },
        undefined,
        db,
      ).catch((e: unknown) => e);
      expect([c.id, error instanceof BackupError]).toEqual([c.id, true]);
      expect((error as Error).message.length).toBeGreaterThan(20);
    }
    expect(await databaseDigest(db)).toBe(before);
  });

  it('checkBackup refuses a header without tables before anything is read', () => {
    expect(() => checkBackup({ app: 'GreenThread' })).toThrow(/not made by GreenThread/);
  });
});
