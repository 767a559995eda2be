import Dexie from 'dexie';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { SCHEMA_VERSION, migrateTables } from '../../../renderer/src/db/migrations';
import { getProfile } from '../../../renderer/src/db/repositories/profile';
import { listPeriodsOfYear } from '../../../renderer/src/db/repositories/periods';
import { openAssessment } from '../../../renderer/src/db/repositories/assessments';
import { sampleOrganisation } from './helpers';

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
});
