// A write that fails in the middle of an import or a restore leaves nothing partial: the
// database digest is the same as before. Failures are injected with a Dexie "creating" hook
// that throws after N rows, the way a real disk error aborts a transaction mid-way.
import type { Table } from 'dexie';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import type { GreenThreadDb } from '../../../renderer/src/db/db';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import { generateDatabase } from '../db/generateDatabase';
import { freshDb, samplePackage } from '../db/helpers';

/** Makes `table` throw on its (n+1)-th written row; returns how many rows it saw. */
function failAfter(table: Table, n: number): () => number {
  let seen = 0;
  const write = () => {
    seen++;
    if (seen > n) throw new Error(`simulated disk error after ${String(n)} rows`);
  };
  // a merge overwrites existing keys (updating), a replace or a new import adds rows (creating)
  table.hook('creating', write);
  table.hook('updating', write);
  return () => seen;
}

async function seeded(seed: number): Promise<GreenThreadDb> {
  const db = freshDb();
  await generateDatabase(db, { orgs: 3, months: 12, evidenceFiles: 3, seed });
  return db;
}

describe('a failure halfway through leaves nothing partial', { timeout: 60_000 }, () => {
  it('restore (replace and merge) fails on the Nth period row: database unchanged', async () => {
    const backup = await exportBackup(undefined, await seeded(11));
    for (const mode of ['replace', 'merge'] as const) {
      for (const [table, n] of [
        ['periods', 5],
        ['evidenceData', 1],
        ['auditEvents', 0],
      ] as const) {
        const db = await seeded(12);
        const before = await databaseDigest(db);
        const seen = failAfter(db.table(table), n);
        await expect(restoreBackup(backup, { mode }, undefined, db)).rejects.toThrow(
          /simulated disk error/,
        );
        // the hook really ran past some rows before failing (a mid-way failure, not at the start)
        expect([mode, table, seen()]).toEqual([mode, table, n + 1]);
        expect([mode, table, await databaseDigest(db)]).toEqual([mode, table, before]);
        db.close();
      }
    }
  });

  it('package import (new, replace, merge) fails on the Nth row: database unchanged', async () => {
    for (const mode of ['new', 'replace', 'merge'] as const) {
      for (const [table, n] of [
        ['periods', 1],
        ['actions', 1],
        ['auditEvents', 2],
      ] as const) {
        const db = await seeded(13);
        // replace and merge meet an organisation that exists already
        await importPackage(samplePackage(), { mode: 'new' }, db);
        const before = await databaseDigest(db);
        failAfter(db.table(table), n);
        const error = await importPackage(samplePackage(), { mode }, db).catch((e: unknown) => e);
        expect([mode, table, (error as Error).message]).toEqual([
          mode,
          table,
          expect.stringMatching(/simulated disk error/),
        ]);
        expect([mode, table, await databaseDigest(db)]).toEqual([mode, table, before]);
        db.close();
      }
    }
  });
});
