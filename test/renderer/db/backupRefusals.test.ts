import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { BackupError } from '../../../renderer/src/db/errors';
import { SCHEMA_VERSION } from '../../../renderer/src/db/migrations';
import {
  listOrganisations,
  saveOrganisation,
} from '../../../renderer/src/db/repositories/organisations';
import { getProfile } from '../../../renderer/src/db/repositories/profile';
import {
  addEvidence,
  linkEvidence,
  addEvidenceRef,
  getEvidenceBlob,
} from '../../../renderer/src/db/repositories/evidence';
import { setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { freshDb, samplePackage, sampleOrganisation } from './helpers';

async function smallDb() {
  const db = freshDb();
  await saveOrganisation(sampleOrganisation('o1'), {}, db);
  await setMetricValue('o1', '2025-01', 'energy.coal', { value: 3, unit: 't' }, db);
  await addEvidence('o1', new Blob(['file']), 'f.pdf', 'application/pdf', db);
  return db;
}

async function backupJson(): Promise<Record<string, unknown>> {
  const other = freshDb();
  await saveOrganisation(sampleOrganisation('o9', 'Other'), {}, other);
  return JSON.parse(await (await exportBackup(undefined, other)).text()) as Record<string, unknown>;
}

function json(value: unknown): Blob {
  return new Blob([JSON.stringify(value)]);
}

describe('restoreBackup refuses bad files and changes nothing', () => {
  const cases: [string, () => Promise<Blob>, RegExp][] = [
    ['an empty file', () => Promise.resolve(new Blob([''])), /empty/],
    [
      'a file that is not JSON',
      () => Promise.resolve(new Blob(['PK\u0003\u0004 not json'])),
      /not a JSON file/,
    ],
    [
      'a truncated backup',
      async () => {
        const full = await exportBackup(undefined, await smallDb());
        return full.slice(0, Math.floor(full.size / 2));
      },
      /incomplete or damaged/,
    ],
    [
      "another program's JSON",
      () => Promise.resolve(json({ app: 'OtherApp', tables: {} })),
      /not made by GreenThread/,
    ],
    [
      'an application package',
      () => Promise.resolve(json(samplePackage())),
      /application package, not a backup/,
    ],
    [
      'a backup from a newer schema',
      async () => json({ ...(await backupJson()), schemaVersion: SCHEMA_VERSION + 1 }),
      new RegExp(`newer version of GreenThread \\(database version ${String(SCHEMA_VERSION + 1)}`),
    ],
    [
      'a newer backup format',
      async () => json({ ...(await backupJson()), backupFormat: 99 }),
      /newer version/,
    ],
    [
      'a backup missing rows its header counts',
      async () => {
        const b = await backupJson();
        (b.tables as Record<string, unknown[]>).organisations = [];
        return json(b);
      },
      /"organisations" has 0 rows where its header promises 1/,
    ],
    [
      'a backup with an unknown table',
      async () => {
        const b = await backupJson();
        (b.tables as Record<string, unknown[]>).secrets = [];
        return json(b);
      },
      /unknown table "secrets"/,
    ],
    [
      'a backup with an invalid row',
      async () => {
        const b = await backupJson();
        const orgs = (b.tables as Record<string, Record<string, unknown>[]>).organisations!;
        orgs[0] = { ...orgs[0], employees: -5 };
        return json(b);
      },
      /row 1 of "organisations" is not valid/,
    ],
    [
      'a backup linking a company to another company’s evidence file',
      async () => {
        const other = freshDb();
        await saveOrganisation(sampleOrganisation('o8', 'First'), {}, other);
        await saveOrganisation(sampleOrganisation('o9', 'Other'), {}, other);
        const file = await addEvidence('o8', new Blob(['scan']), 's.pdf', 'application/pdf', other);
        await linkEvidence('o8', file.sha, { kind: 'answer', itemId: 'VCP-1' }, other);
        const b = JSON.parse(await (await exportBackup(undefined, other)).text()) as {
          tables: Record<string, Record<string, unknown>[]>;
        };
        // o9 holds no record of the file: before v6 the shared record made this link valid
        b.tables.evidenceLinks![0] = { ...b.tables.evidenceLinks![0], orgId: 'o9' };
        return json(b);
      },
      /row 1 of "evidenceLinks" is not valid:\norgId, sha: names the organisation’s evidence file "o9\|/,
    ],
    [
      'a backup without its end marker',
      async () => {
        const b = await backupJson();
        delete b.end;
        return json(b);
      },
      /end is missing/,
    ],
  ];

  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      const db = await smallDb();
      const before = await databaseDigest(db);
      const error = await restoreBackup(await make(), { mode: 'replace' }, undefined, db).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect(await databaseDigest(db)).toBe(before);
    });
  }

  it('leaves the database unchanged when a write fails halfway through a replace', async () => {
    const db = await smallDb();
    const blob = await exportBackup(undefined, await smallDb());
    await saveOrganisation(sampleOrganisation('o2', 'Second'), {}, db);
    const before = await databaseDigest(db);
    vi.spyOn(db.table('periods'), 'bulkPut').mockImplementation(() => {
      throw new Error('disk error');
    });
    await expect(restoreBackup(blob, { mode: 'replace' }, undefined, db)).rejects.toThrow(
      'disk error',
    );
    expect(await databaseDigest(db)).toBe(before);
  });
});

describe('restoreBackup accepts', () => {
  it('an older (v1) backup and migrates its rows on the way in', async () => {
    const v1 = {
      app: 'GreenThread',
      kind: 'database-backup',
      backupFormat: 1,
      schemaVersion: 1,
      createdAt: '2025-06-01T00:00:00.000Z',
      tableCounts: { organisations: 1, periods: 1, settings: 1 },
      tables: {
        organisations: [{ ...sampleOrganisation('old'), createdAt: 'x', updatedAt: 'y' }],
        periods: [
          {
            orgId: 'old',
            period: '2025-04',
            values: { 'energy.coal': { value: 1, unit: 't' } },
            updatedAt: 'y',
          },
        ],
        settings: [{ key: 'language', value: 'en' }],
      },
      end: true,
    };
    const db = freshDb();
    const summary = await restoreBackup(json(v1), { mode: 'replace' }, undefined, db);
    expect(summary).toMatchObject({ schemaVersion: 1, migratedFrom: 1, rows: 4 });
    expect((await db.periods.get(['old', '2025-04']))?.year).toBe('2025');
    expect((await getProfile(db))?.language).toBe('en');
  });

  it("merge: keeps local organisations, adds the backup's, and records the restore", async () => {
    const db = await smallDb();
    const other = freshDb();
    await saveOrganisation(sampleOrganisation('o9', 'Б компани'), {}, other);
    await restoreBackup(await exportBackup(undefined, other), { mode: 'merge' }, undefined, db);
    expect((await listOrganisations(db)).map((o) => o.id).sort()).toEqual(['o1', 'o9']);
    expect(await db.auditEvents.filter((e) => e.action === 'restore_backup').count()).toBe(1);
    // o1's events and o9's event are both present, with distinct keys.
    expect(await db.auditEvents.where('orgId').equals('o9').count()).toBe(1);
    // (the organisation, its metric and its evidence file: a file is an organisation's since v6)
    expect(await db.auditEvents.where('orgId').equals('o1').count()).toBe(3);
  });

  it('merge keeps a local file when the backup only knew its reference', async () => {
    const db = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, db);
    const file = await addEvidence('o1', new Blob(['scan']), 'scan.pdf', 'application/pdf', db);
    const other = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, other);
    await addEvidenceRef(
      'o1',
      { sha256: file.sha, name: 'scan.pdf', type: 'application/pdf', size: 4 },
      other,
    );
    await restoreBackup(await exportBackup(undefined, other), { mode: 'merge' }, undefined, db);
    expect((await db.evidenceFiles.get(['o1', file.sha]))?.hasContent).toBe(1);
    expect(await (await getEvidenceBlob('o1', file.sha, db))?.text()).toBe('scan');
  });
});
