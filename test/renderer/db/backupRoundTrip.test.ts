import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { SCHEMA_VERSION } from '../../../renderer/src/db/migrations';
import { freshDb } from './helpers';
import { generateDatabase } from './generateDatabase';

// 200 organisations × 24 months here; the full 1,000 run in bench/backup.bench.ts.
const ORGS = 200;

describe('backup and restore', () => {
  it(`backup → wipe → restore of ${String(ORGS)} organisations × 24 months gives identical data`, async () => {
    const source = freshDb();
    await generateDatabase(source, { orgs: ORGS, months: 24 });
    expect(await source.periods.count()).toBe(ORGS * 24);
    const digest = await databaseDigest(source);

    const progress: { done: number; total: number }[] = [];
    const blob = await exportBackup((p) => progress.push(p), source);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    const head = await blob.slice(0, 120).text();
    expect(head).toMatch(
      new RegExp(
        `^\\{"app":"GreenThread","kind":"database-backup","backupFormat":1,"schemaVersion":${String(SCHEMA_VERSION)}`,
      ),
    );

    // Wipe: the database is deleted and created anew, as on a new installation.
    await source.delete();
    const target = freshDb();
    const summary = await restoreBackup(blob, { mode: 'replace' }, undefined, target);
    expect(summary.rows).toBeGreaterThan(ORGS * 24);
    // The restore records itself in the audit trail; everything else is the backup's.
    expect(await databaseDigest(target, { ignoreRestoreEvents: true })).toBe(digest);
    expect(await target.periods.count()).toBe(ORGS * 24);
    const files = await target.evidenceData.toArray();
    expect(files.length).toBe(20);
    expect(files.every((f) => f.bytes.byteLength >= 2048)).toBe(true);
  }, 120_000);
});
