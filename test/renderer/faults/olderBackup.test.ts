// A backup made by a version-1 database (three tables) restored into the current schema.
import Dexie from 'dexie';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { BACKUP_APP, BACKUP_KIND, TABLES_BY_VERSION } from '../../../renderer/src/db/backup/format';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { SCHEMA_VERSION } from '../../../renderer/src/db/migrations';
import { listOrganisations } from '../../../renderer/src/db/repositories/organisations';
import { freshDb, sampleOrganisation } from '../db/helpers';

const V1_STORES = {
  organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
  periods: '[orgId+period], orgId',
  settings: 'key',
};

/** A v1 database made with raw Dexie, then backed up the way v1 did: its own three tables. */
async function v1Backup(): Promise<{ text: string; rows: number }> {
  const old = new Dexie(`v1-${crypto.randomUUID()}`);
  old.version(1).stores(V1_STORES);
  await old.open();
  const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' };
  await old
    .table('organisations')
    .bulkAdd([{ ...sampleOrganisation('v1-org', 'Хуучин ХХК'), ...stamp }]);
  await old.table('periods').bulkAdd([
    {
      orgId: 'v1-org',
      period: '2024-11',
      values: { 'energy.coal': { value: 30, unit: 't' } },
      updatedAt: stamp.updatedAt,
    },
    {
      orgId: 'v1-org',
      period: '2024-12',
      values: { 'energy.coal': { value: 33, unit: 't' } },
      updatedAt: stamp.updatedAt,
    },
  ]);
  await old.table('settings').bulkAdd([{ key: 'language', value: 'mn' }]);
  const tables: Record<string, unknown[]> = {};
  for (const name of TABLES_BY_VERSION[1] ?? []) tables[name] = await old.table(name).toArray();
  old.close();
  const tableCounts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
  const header = {
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    backupFormat: 1,
    schemaVersion: 1,
    createdAt: stamp.updatedAt,
    tableCounts,
  };
  return {
    text: JSON.stringify({ ...header, tables, end: true }),
    rows: Object.values(tableCounts).reduce((a, b) => a + b, 0),
  };
}

describe('restoring a backup from an older schema version', () => {
  it('migrates a v1 backup into the current schema (replace)', async () => {
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    const { text, rows } = await v1Backup();
    const db = freshDb();
    await db.open();
    const summary = await restoreBackup(new Blob([text]), { mode: 'replace' }, undefined, db);
    expect(summary).toMatchObject({ schemaVersion: 1, migratedFrom: 1 });
    expect(summary.rows).toBeGreaterThanOrEqual(rows);
    const orgs = await listOrganisations(db);
    expect(orgs.map((o) => o.nameMn)).toEqual(['Хуучин ХХК']);
    const periods = await db.periods.where('orgId').equals('v1-org').toArray();
    expect(periods.map((p) => [p.period, p.year, p.values['energy.coal']?.value])).toEqual([
      ['2024-11', '2024', 30],
      ['2024-12', '2024', 33],
    ]);
  });

  it('refuses a damaged v1 backup without touching a current database', async () => {
    const { text } = await v1Backup();
    const broken = JSON.parse(text) as { tables: { periods: Record<string, unknown>[] } };
    broken.tables.periods[1] = { ...broken.tables.periods[1], period: '2024-13' };
    const db = freshDb();
    await db.organisations.put({ ...sampleOrganisation('keep'), createdAt: 'x', updatedAt: 'x' });
    const before = await databaseDigest(db);
    await expect(
      restoreBackup(new Blob([JSON.stringify(broken)]), { mode: 'replace' }, undefined, db),
    ).rejects.toThrow(/periods/);
    expect(await databaseDigest(db)).toBe(before);
  });
});
