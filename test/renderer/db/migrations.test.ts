import Dexie from 'dexie';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { SCHEMA_VERSION, migrateTables } from '../../../renderer/src/db/migrations';
import { getProfile } from '../../../renderer/src/db/repositories/profile';
import { listPeriodsOfYear } from '../../../renderer/src/db/repositories/periods';
import { openAssessment } from '../../../renderer/src/db/repositories/assessments';
import { getDeclarationFlags } from '../../../renderer/src/db/repositories/declarationFlags';
import { getLastImport } from '../../../renderer/src/db/repositories/lastImport';
import { exportPackage } from '../../../renderer/src/db/package/exportPackage';
import { samplePackage, sampleOrganisation } from './helpers';

/** What each earlier schema version declared; a migration test opens a database made by each. */
const EARLIER_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
    periods: '[orgId+period], orgId',
    settings: 'key',
  },
  2: {
    organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
    periods: '[orgId+period], orgId, [orgId+year]',
    settings: 'key',
    assessments: 'id, orgId, [orgId+instrument], [orgId+instrument+period], status, updatedAt',
    assessmentSnapshots: '[assessmentId+version], assessmentId, orgId',
    projects: 'id, orgId, updatedAt',
    actions: '[orgId+id], orgId, [orgId+status], status, deadline',
    evidence: 'id, createdAt',
    evidenceData: 'id',
    evidenceLinks: '[sha+orgId+targetKey], sha, orgId, [orgId+targetKey]',
    auditEvents: '++seq, at, orgId, [orgId+at], [entity+entityId]',
    applications:
      'id, &orgId, status, category, greenDecision, taxonomyCode, womenLed, importedAt, amountMnt',
  },
};
// v3 changed rows, not stores.
EARLIER_VERSIONS[3] = EARLIER_VERSIONS[2]!;
EARLIER_VERSIONS[4] = {
  ...EARLIER_VERSIONS[3],
  organisationSettings: '[orgId+kind], orgId',
};
EARLIER_VERSIONS[5] = {
  ...EARLIER_VERSIONS[4],
  outbox: '++seq, &changeId, [table+recordId]',
  syncRecords: '[table+recordId]',
  syncConflicts: '++id, [table+recordId], resolvedAt',
};
// v6 replaced the shared evidence table by evidenceFiles, one row per organisation and file.
EARLIER_VERSIONS[6] = {
  ...Object.fromEntries(Object.entries(EARLIER_VERSIONS[5]).filter(([t]) => t !== 'evidence')),
  evidenceFiles: '[orgId+sha], orgId, sha',
};

/** A v2 portfolio row (no loan terms on it) and the settings rows v2 kept the terms in. */
function v2Application(id: string, orgId: string): Record<string, unknown> {
  return {
    id,
    orgId,
    status: 'in_review',
    amountMnt: 250_000_000,
    womenLed: 1,
    importedAt: '2025-05-01T00:00:00.000Z',
    digest: 'c'.repeat(64),
    history: [{ importedAt: '2025-05-01T00:00:00.000Z', digest: 'c'.repeat(64) }],
    updatedAt: '2025-05-01T00:00:00.000Z',
  };
}

const V2_TERMS = [
  { key: 'officer:terms:app-a', value: { signingDate: '2026-03-01', termYears: 5 } },
  // v2 read a malformed date as unset and kept the valid tenor
  { key: 'officer:terms:app-b', value: { signingDate: '2026-02-30', termYears: 7 } },
  // an application that is gone: the row is kept rather than lost
  { key: 'officer:terms:app-gone', value: { signingDate: '2026-01-01', termYears: 2 } },
  { key: 'demoSeeded', value: '2025-01-01T00:00:00.000Z' },
];

async function createV2Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(2).stores(EARLIER_VERSIONS[2]!);
  await old.open();
  await old
    .table('applications')
    .bulkAdd([v2Application('app-a', 'org-a'), v2Application('app-b', 'org-b')]);
  await old.table('settings').bulkAdd(V2_TERMS);
  old.close();
}

async function createV1Database(name: string, language: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(EARLIER_VERSIONS[1]!);
  await old.open();
  await old.table('organisations').bulkAdd([
    {
      ...sampleOrganisation('org-a'),
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
    },
    {
      ...sampleOrganisation('org-b', 'Тал Ноос'),
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      deletedAt: '2025-03-01T00:00:00.000Z',
    },
  ]);
  await old.table('periods').bulkAdd([
    {
      orgId: 'org-a',
      period: '2024-12',
      values: { 'energy.electricity': { value: 10, unit: 'kWh' } },
      updatedAt: 'x',
    },
    {
      orgId: 'org-a',
      period: '2025-01',
      values: { 'energy.electricity': { value: 11, unit: 'kWh' } },
      updatedAt: 'x',
    },
    { orgId: 'org-a', period: '2025', values: {}, updatedAt: 'x' },
  ]);
  await old.table('settings').bulkAdd([
    { key: 'language', value: language },
    { key: 'demoSeeded', value: '2025-01-01T00:00:00.000Z' },
    { key: 'factorOverrides:org-a', value: { gridTco2PerMwh: 1.1 } },
  ]);
  old.close();
}

describe('schema migrations', () => {
  it('declares every earlier version in this test', () => {
    // A new version must add its predecessor's stores here, so its upgrade gets tested too.
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('upgrades a v1 database: periods get their year, the language seeds the profile, rows kept', async () => {
    const name = `t-${crypto.randomUUID()}`;
    await createV1Database(name, 'en');
    const db = new GreenThreadDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    const orgs = await db.organisations.toArray();
    expect(orgs.map((o) => o.id)).toEqual(['org-a', 'org-b']);
    expect(orgs[1]!.deletedAt).toBe('2025-03-01T00:00:00.000Z');

    const periods = await db.periods.toArray();
    expect(periods.map((p) => [p.period, p.year])).toEqual([
      ['2024-12', '2024'],
      ['2025', '2025'],
      ['2025-01', '2025'],
    ]);
    // The new index answers the roll-up query (which leaves out the empty '2025' row: a period
    // with no figures is never offered as data).
    expect((await listPeriodsOfYear('org-a', '2025', db)).map((p) => p.period)).toEqual([
      '2025-01',
    ]);
    expect(
      (await db.periods.where('[orgId+year]').equals(['org-a', '2025']).toArray()).map(
        (p) => p.period,
      ),
    ).toEqual(['2025', '2025-01']);
    expect(await getProfile(db)).toEqual({
      name: '',
      role: 'msme',
      language: 'en',
      affiliation: '',
    });
    expect((await db.settings.get('demoSeeded'))?.value).toBe('2025-01-01T00:00:00.000Z');
    // v4: the organisation's factor overrides left the installation's settings.
    expect(await db.organisationSettings.toArray()).toEqual([
      { orgId: 'org-a', kind: 'factorOverrides', value: { gridTco2PerMwh: 1.1 } },
    ]);
    expect(await db.settings.get('factorOverrides:org-a')).toBeUndefined();

    // The tables added in v2 exist and take writes.
    const a = await openAssessment({ orgId: 'org-a', instrument: 'vcp', period: '2025' }, db);
    expect(a.version).toBe(1);
    db.close();
  });

  it('does not replace an existing profile when upgrading', async () => {
    const name = `t-${crypto.randomUUID()}`;
    await createV1Database(name, 'mn');
    const old = new Dexie(name);
    old.version(1).stores(EARLIER_VERSIONS[1]!);
    await old.table('settings').put({
      key: 'profile',
      value: { name: 'Сараа', role: 'officer', language: 'en', affiliation: 'XacBank' },
    });
    old.close();
    const db = new GreenThreadDb(name);
    expect((await getProfile(db))?.name).toBe('Сараа');
    db.close();
  });

  it('migrates the rows of a v1 backup the same way', () => {
    const out = migrateTables(
      {
        organisations: [],
        periods: [{ orgId: 'o', period: '2023-07', values: {}, updatedAt: 'x' }],
        settings: [{ key: 'language', value: 'mn' }],
      },
      1,
    );
    expect(out.periods).toEqual([
      { orgId: 'o', period: '2023-07', year: '2023', values: {}, updatedAt: 'x' },
    ]);
    expect(out.settings).toContainEqual({
      key: 'profile',
      value: { name: '', role: 'msme', language: 'mn', affiliation: '' },
    });
  });

  it('upgrades a v2 database: loan terms move from settings rows onto their applications', async () => {
    const name = `t-${crypto.randomUUID()}`;
    await createV2Database(name);
    const db = new GreenThreadDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const [a, b] = await db.applications.bulkGet(['app-a', 'app-b']);
    expect([a?.signingDate, a?.termYears]).toEqual(['2026-03-01', 5]);
    expect([b?.signingDate, b?.termYears]).toEqual([undefined, 7]);
    expect(a).toMatchObject({ amountMnt: 250_000_000, status: 'in_review', womenLed: 1 });
    expect((await db.settings.toArray()).map((s) => s.key).sort()).toEqual([
      'demoSeeded',
      'officer:terms:app-gone',
      'summaryRefreshPending',
    ]);
    db.close();
  });

  it('migrates the loan terms of a v2 backup the same way', () => {
    const out = migrateTables(
      { applications: [v2Application('app-a', 'org-a')], settings: V2_TERMS },
      2,
    );
    expect(out.applications).toEqual([
      { ...v2Application('app-a', 'org-a'), signingDate: '2026-03-01', termYears: 5 },
    ]);
    expect((out.settings as { key: string }[]).map((s) => s.key)).toEqual([
      'officer:terms:app-b',
      'officer:terms:app-gone',
      'demoSeeded',
    ]);
  });

  it('leaves current-version rows untouched', () => {
    const tables = {
      periods: [{ orgId: 'o', period: '2023', year: '2023', values: {}, updatedAt: 'x' }],
    };
    expect(migrateTables(tables, SCHEMA_VERSION)).toBe(tables);
  });

  it("upgrades a v3 database: an organisation's settings move to organisationSettings, a purged one's are removed and recorded", async () => {
    const name = `t-${crypto.randomUUID()}`;
    await createV3Database(name);
    const db = new GreenThreadDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    // What the app reads comes from the new table, unchanged.
    expect(await getDeclarationFlags('org-a', db)).toEqual(V3_FLAGS);
    expect((await getLastImport('org-a', db))?.createdAt).toBe(V3_LAST_IMPORT.createdAt);
    expect((await exportPackage('org-a', {}, db)).factorOverrides).toEqual({ gridTco2PerMwh: 1.1 });
    expect((await db.organisationSettings.toArray()).map((r) => [r.orgId, r.kind]).sort()).toEqual([
      ['org-a', 'declarationFlags'],
      ['org-a', 'factorOverrides'],
      ['org-a', 'lastImport'],
    ]);
    // The installation's own settings stay; nothing of an organisation is left in them.
    expect((await db.settings.toArray()).map((r) => r.key).sort()).toEqual([
      'demoSeeded',
      'language',
      'officer:terms:app-gone',
      'profile',
      'summaryRefreshPending',
    ]);
    // The leftovers of org-gone (deleted forever by v3, which missed these rows) are gone,
    // and the trail says so.
    expect(JSON.stringify(await db.organisationSettings.toArray())).not.toContain('org-gone');
    const purge = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['organisation', 'org-gone'])
      .toArray();
    expect(purge).toMatchObject([
      {
        action: 'purge',
        field: 'leftoverSettings',
        after: { removed: ['factorOverrides', 'lastImport'] },
      },
    ]);
    db.close();
  });

  it('upgrades a v4 database to v5: every row kept as it was, the sync tables empty and usable', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(4).stores(EARLIER_VERSIONS[4]!);
    await old.open();
    await old.table('organisations').add({
      ...sampleOrganisation('org-a'),
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      rev: 3,
    });
    await old.table('periods').add({
      orgId: 'org-a',
      period: '2025-01',
      year: '2025',
      values: { 'energy.electricity': { value: 11, unit: 'kWh' } },
      updatedAt: '2025-01-02T00:00:00.000Z',
    });
    await old.table('applications').add({ ...v2Application('app-a', 'org-a'), termYears: 5 });
    await old.table('organisationSettings').bulkAdd([
      { orgId: 'org-a', kind: 'declarationFlags', value: V3_FLAGS },
      { orgId: 'org-a', kind: 'factorOverrides', value: { gridTco2PerMwh: 1.1 } },
    ]);
    await old.table('settings').bulkAdd(V3_SETTINGS.slice(0, 3));
    const before: Record<string, unknown[]> = {};
    for (const t of old.tables) before[t.name] = await t.toArray();
    old.close();

    const db = new GreenThreadDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(before)) {
      // (v6 replaced the shared evidence table, empty here, by evidenceFiles)
      if (table === 'evidence') continue;
      // v7 asks for every portfolio summary to be refreshed once (tested in applicationSummaries)
      const after = await db.table(table).toArray();
      expect(
        after.filter((r: { key?: unknown }) => r.key !== 'summaryRefreshPending'),
        table,
      ).toEqual(rows);
    }
    expect(await db.evidenceFiles.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncRecords.count()).toBe(0);
    expect(await db.syncConflicts.count()).toBe(0);
    // a backup written by v4 comes up unchanged too (v5 added tables, not row changes)
    const tables = { organisations: before.organisations!, settings: before.settings! };
    expect(migrateTables(tables, 4)).toEqual(tables);
    db.close();
  });

  it('migrates the organisation settings of a v3 backup the same way', () => {
    const out = migrateTables(
      {
        organisations: [{ ...sampleOrganisation('org-a'), createdAt: 'x', updatedAt: 'x' }],
        settings: V3_SETTINGS,
        auditEvents: [],
      },
      3,
    );
    expect((out.settings as { key: string }[]).map((r) => r.key).sort()).toEqual([
      'demoSeeded',
      'language',
      'officer:terms:app-gone',
      'profile',
    ]);
    expect(out.organisationSettings).toEqual([
      { orgId: 'org-a', kind: 'factorOverrides', value: { gridTco2PerMwh: 1.1 } },
      { orgId: 'org-a', kind: 'declarationFlags', value: V3_FLAGS },
      { orgId: 'org-a', kind: 'lastImport', value: V3_LAST_IMPORT },
    ]);
    expect(out.auditEvents).toMatchObject([
      { entity: 'organisation', entityId: 'org-gone', action: 'purge', field: 'leftoverSettings' },
    ]);
  });
});

const V3_FLAGS = {
  'ES-LAB-02': {
    changes: [{ kind: 'vcp', itemId: 'VCP-LA-02', before: 'yes', after: 'no' }],
    submittedAt: '2026-02-01T08:00:00.000Z',
  },
};
const V3_LAST_IMPORT = samplePackage('org-a');

const V3_SETTINGS = [
  { key: 'language', value: 'en' },
  {
    key: 'profile',
    value: { name: 'Сараа', role: 'officer', language: 'en', affiliation: 'XacBank' },
  },
  { key: 'demoSeeded', value: '2025-01-01T00:00:00.000Z' },
  { key: 'officer:terms:app-gone', value: { signingDate: '2026-01-01', termYears: 2 } },
  { key: 'factorOverrides:org-a', value: { gridTco2PerMwh: 1.1 } },
  { key: 'officer:declarationFlags:org-a', value: V3_FLAGS },
  { key: 'officer:lastImport:org-a', value: V3_LAST_IMPORT },
  // left behind by v3's "Delete forever" of org-gone
  { key: 'factorOverrides:org-gone', value: { gridTco2PerMwh: 0.9 } },
  { key: 'officer:lastImport:org-gone', value: samplePackage('org-gone') },
];

async function createV3Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(3).stores(EARLIER_VERSIONS[3]!);
  await old.open();
  await old.table('organisations').add({
    ...sampleOrganisation('org-a'),
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
  });
  await old.table('periods').add({
    orgId: 'org-a',
    period: '2025-01',
    year: '2025',
    values: { 'energy.electricity': { value: 11, unit: 'kWh' } },
    updatedAt: '2025-01-02T00:00:00.000Z',
  });
  await old.table('settings').bulkAdd(V3_SETTINGS);
  old.close();
}
