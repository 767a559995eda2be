// The app's own data layer (Dexie, the outbox middleware, DexieSyncStore) against a real server
// and PostgreSQL: two officers' desktops converge; an answer lost half-way loses nothing and
// duplicates nothing; a conflicting edit is kept for a person and overwrites nothing.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GreenThreadDb } from '../../renderer/src/db/db';
import { importPackage } from '../../renderer/src/db/package/importPackage';
import { openAssessment, setScreening } from '../../renderer/src/db/repositories/assessments';
import {
  addEvidence,
  linkEvidence,
  listEvidenceOfOrganisation,
} from '../../renderer/src/db/repositories/evidence';
import {
  saveOrganisation,
  updateOrganisation,
} from '../../renderer/src/db/repositories/organisations';
import { enrollDevice } from '../../renderer/src/sync/device';
import { resolveSyncConflict } from '../../renderer/src/sync/resolveConflict';
import { fieldKey } from '../../shared/sync/mergeByField';
import type { FetchLike } from '../../renderer/src/sync/client';
import { syncNow } from '../../renderer/src/sync/syncRunner';
import { sampleOrganisation, samplePackage } from '../renderer/db/helpers';
import { ADMIN_URL, put, startBank, type TestDb, type Who } from './helpers';

const SYNCED = [
  'organisations',
  'periods',
  'assessments',
  'projects',
  'actions',
  'evidenceFiles',
  'evidenceLinks',
  'organisationSettings',
] as const;

async function contents(db: GreenThreadDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of SYNCED) out[t] = await db.table(t).toArray();
  return out;
}

describe.skipIf(!ADMIN_URL)('desktop sync through the app’s data layer', () => {
  let server: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  let baseUrl: string;
  const net: FetchLike = (u, i) => fetch(u, i);

  beforeAll(async () => {
    ({ db: server, app, tokens } = await startBank());
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await server?.drop();
  });

  async function desktop(who: Who, role: 'officer' | 'es_unit' = 'officer') {
    const db = new GreenThreadDb(`d-${who}-${crypto.randomUUID()}`);
    await enrollDevice(
      {
        serverUrl: baseUrl,
        deviceId: who,
        deviceName: who,
        token: tokens[who],
        user: { id: 1, username: who, displayName: who, role, branchId: null },
        signedInAt: new Date().toISOString(),
      },
      db,
    );
    return db;
  }

  it('officer A imports and screens; officer B of the branch and the E&S unit see the same', async () => {
    const a = await desktop('north1');
    const b = await desktop('north2');
    const es = await desktop('es', 'es_unit');
    await importPackage(samplePackage('org-conv'), { mode: 'new' }, a);
    const screening = await openAssessment(
      { orgId: 'org-conv', instrument: 'es', period: '2025' },
      a,
    );
    await setScreening(
      screening.id,
      { exclusions: {}, checks: {}, documentsReceived: ['doc-permit'], siteVisitNotes: 'seen' },
      a,
    );
    const first = await syncNow(a, net);
    expect(first).toMatchObject({ ok: true, report: { conflicts: 0, pendingAfter: 0 } });
    expect(await a.outbox.count()).toBe(0);
    expect(await syncNow(b, net)).toMatchObject({ ok: true });
    expect(await syncNow(es, net)).toMatchObject({ ok: true });
    const want = await contents(a);
    expect(want.assessments).toHaveLength(2);
    expect(await contents(b)).toEqual(want);
    expect(await contents(es)).toEqual(want);
    // what B received is not sent back
    expect(await b.outbox.count()).toBe(0);
  });

  it('a field a newer GreenThread added to a record round-trips through this desktop without loss', async () => {
    const a = await desktop('north1');
    await saveOrganisation(sampleOrganisation('org-newer'), {}, a);
    expect(await syncNow(a, net)).toMatchObject({ ok: true });
    // A newer desktop adds a field this version does not know, and a bad type where one is known.
    const row = await server.pool.query<{ data: Record<string, unknown>; version: number }>(
      "SELECT data, version FROM records WHERE table_name = 'organisations' AND record_id = 'org-newer'",
    );
    const stored = row.rows[0];
    if (!stored) throw new Error('the organisation did not reach the server');
    const future = { scope3: { tonnes: 12.5, method: 'spend-based' } };
    const newer = await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.north2}` },
      body: JSON.stringify({
        changes: [put('organisations', 'org-newer', { ...stored.data, ...future }, stored.version)],
      }),
    });
    expect(newer.status).toBe(200);

    // This (older) desktop pulls it: the record is applied, not refused, the new field kept aside.
    const b = await desktop('north1');
    expect(await syncNow(b, net)).toMatchObject({ ok: true });
    expect(await b.organisations.get('org-newer')).toBeDefined();
    expect((await b.syncRecords.get(['organisations', 'org-newer']))?.extra).toEqual(future);
    // An edit here goes back with the new field exactly as it came.
    await updateOrganisation('org-newer', (o) => ({ ...o, employees: 77 }), b);
    expect(await syncNow(b, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    const after = await server.pool.query<{ data: Record<string, unknown> }>(
      "SELECT data FROM records WHERE table_name = 'organisations' AND record_id = 'org-newer'",
    );
    expect(after.rows[0]?.data).toMatchObject({ employees: 77, ...future });

    // A known field of the wrong type is still refused, with the record left as it was.
    await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.north2}` },
      body: JSON.stringify({
        changes: [
          put('organisations', 'org-newer', { ...after.rows[0]?.data, employees: 'many' }, 3),
        ],
      }),
    });
    expect(await syncNow(b, net)).toMatchObject({ ok: true });
    expect((await b.organisations.get('org-newer'))?.employees).toBe(77);
  });

  it('a field a newer GreenThread added INSIDE a record (a finding of the screening) round-trips too', async () => {
    const a = await desktop('north1');
    await saveOrganisation(sampleOrganisation('org-nested'), {}, a);
    const mine = await openAssessment({ orgId: 'org-nested', instrument: 'es', period: '2025' }, a);
    const check = { result: 'finding', severity: 'high', confirmed: true } as const;
    await setScreening(
      mine.id,
      { exclusions: {}, checks: { 'chk-water': check }, documentsReceived: [] },
      a,
    );
    expect(await syncNow(a, net)).toMatchObject({ ok: true });
    const serverRecord = async () => {
      const found = await server.pool.query<{
        record_id: string;
        data: { screening: Record<string, unknown> } & Record<string, unknown>;
        version: number;
      }>(
        "SELECT record_id, data, version FROM records WHERE table_name = 'assessments' AND data->>'id' = $1",
        [mine.id],
      );
      const got = found.rows[0];
      if (!got) throw new Error('the screening did not reach the server');
      return got;
    };
    const stored = await serverRecord();
    // A newer desktop adds a field inside the finding and one inside the screening.
    const rootCause = { code: 'RC-3', words: { en: 'no treatment', mn: 'цэвэрлэгээгүй' } };
    const newerData = structuredClone(stored.data);
    Object.assign(newerData.screening, { reviewedBy: 'ES unit' });
    Object.assign((newerData.screening.checks as Record<string, object>)['chk-water'] ?? {}, {
      rootCause,
    });
    const newer = await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.north2}` },
      body: JSON.stringify({
        changes: [put('assessments', stored.record_id, newerData, stored.version)],
      }),
    });
    expect(newer.status).toBe(200);

    // This (older) desktop pulls it: applied, not refused; no unknown key on the stored row.
    const b = await desktop('north1');
    expect(await syncNow(b, net)).toMatchObject({ ok: true });
    const held = await b.syncRecords.get(['assessments', stored.record_id]);
    expect(held?.version).toBe(stored.version + 1);
    const got = await b.assessments.get(mine.id);
    expect(got?.instrument === 'es' ? got.screening.checks['chk-water'] : undefined).toEqual(check);
    expect(got?.instrument === 'es' ? Object.keys(got.screening) : []).not.toContain('reviewedBy');
    // An edit here (the whole screening written anew, as the screen does) sends both back.
    await setScreening(
      mine.id,
      {
        exclusions: {},
        checks: { 'chk-water': check },
        documentsReceived: [],
        siteVisitNotes: 'seen again',
      },
      b,
    );
    expect(await syncNow(b, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    const after = await serverRecord();
    expect(after.version).toBe(stored.version + 2);
    expect(after.data.screening).toMatchObject({
      siteVisitNotes: 'seen again',
      reviewedBy: 'ES unit',
      checks: { 'chk-water': { ...check, rootCause } },
    });
  });

  it('an answer lost half-way: the change stays queued, its retry is applied once', async () => {
    const a = await desktop('north1');
    await importPackage(samplePackage('org-lost'), { mode: 'new' }, a);
    const queued = await a.outbox.count();
    let cut = true;
    const lossy: FetchLike = async (u, i) => {
      const res = await fetch(u, i);
      if (cut && u.includes('/push')) {
        cut = false;
        throw new TypeError('the connection dropped');
      }
      return res;
    };
    // the server applied the push, the desktop never heard: as if the app closed here
    expect(await syncNow(a, lossy)).toMatchObject({ ok: false });
    const after = await a.outbox.toArray();
    expect(after).toHaveLength(queued);
    expect(after.every((e) => e.sentAt !== undefined)).toBe(true);
    // reopened later: the same change ids go again and are recognised
    const reopened = new GreenThreadDb(a.name);
    expect(await syncNow(reopened, net)).toMatchObject({ ok: true });
    expect(await reopened.outbox.count()).toBe(0);
    // (the same files as the first test's company: each company has its own record of them, so
    // nothing conflicts; before schema v6 the two shared one record per file and both conflicted)
    expect(await reopened.syncConflicts.toArray()).toEqual([]);
    const log = await server.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM change_log WHERE record_id = 'org-lost'",
    );
    expect(log.rows[0]?.n).toBe(1);
  });

  it('a conflicting edit becomes a conflict kept with both versions; nothing is overwritten', async () => {
    const a = await desktop('north1');
    const b = await desktop('north2');
    await importPackage(samplePackage('org-both'), { mode: 'new' }, a);
    await syncNow(a, net);
    await syncNow(b, net);
    await updateOrganisation('org-both', (o) => ({ ...o, employees: 200 }), a);
    await updateOrganisation('org-both', (o) => ({ ...o, employees: 300 }), b);
    await syncNow(a, net);
    const outcome = await syncNow(b, net);
    expect(outcome).toMatchObject({ ok: true, report: { conflicts: 1 } });
    const [conflict] = await b.syncConflicts.toArray();
    expect(conflict).toMatchObject({
      table: 'organisations',
      recordId: 'org-both',
      mine: { employees: 300 },
    });
    expect(conflict?.serverConflictId).toBeGreaterThan(0);
    // the server kept A's; B's own edit waits in the conflict, whole
    const rec = await server.pool.query<{ data: { employees: number } }>(
      "SELECT data FROM records WHERE table_name = 'organisations' AND record_id = 'org-both'",
    );
    expect(rec.rows[0]?.data.employees).toBe(200);
  });

  it('a change pulled for a record with an unsent local edit is held as a conflict, not applied', async () => {
    const a = await desktop('north1');
    const b = await desktop('north2');
    await importPackage(samplePackage('org-held'), { mode: 'new' }, a);
    await syncNow(a, net);
    await syncNow(b, net);
    await updateOrganisation('org-held', (o) => ({ ...o, employees: 201 }), a);
    await syncNow(a, net);
    await updateOrganisation('org-held', (o) => ({ ...o, employees: 301 }), b);
    // B pulls before its own edit is sent (as when it edits while a sync is running)
    const { DexieSyncStore } = await import('../../renderer/src/sync/dexieStore');
    const { SyncClient } = await import('../../renderer/src/sync/client');
    const pullOnly = new SyncClient({
      baseUrl,
      token: tokens.north2,
      store: new DexieSyncStore(b),
      fetch: net,
    });
    await pullOnly.pull();
    expect((await b.organisations.get('org-held'))?.employees).toBe(301);
    expect(await b.syncConflicts.toArray()).toMatchObject([
      { recordId: 'org-held', mine: { employees: 301 }, theirs: { employees: 201 } },
    ]);
    // held: B's edit is not sent while a person has not chosen
    expect(await new DexieSyncStore(b).outbox()).toEqual([]);
  });

  /** A and B share a record; A's edit lands first, B's is kept as a conflict on the server. */
  async function conflicted(orgId: string) {
    const a = await desktop('north1');
    const b = await desktop('north2');
    await importPackage(samplePackage(orgId), { mode: 'new' }, a);
    await syncNow(a, net);
    await syncNow(b, net);
    await updateOrganisation(orgId, (o) => ({ ...o, employees: 200 }), a);
    await updateOrganisation(orgId, (o) => ({ ...o, employees: 300, nameEn: 'B’s name' }), b);
    await syncNow(a, net);
    expect(await syncNow(b, net)).toMatchObject({ ok: true, report: { conflicts: 1 } });
    const [conflict] = await b.syncConflicts.toArray();
    if (conflict?.id === undefined) throw new Error('no conflict kept');
    return { a, b, id: conflict.id };
  }
  const serverRecord = async (orgId: string) =>
    (
      await server.pool.query<{ data: { employees: number; nameEn: string }; version: number }>(
        "SELECT data, version FROM records WHERE table_name = 'organisations' AND record_id = $1",
        [orgId],
      )
    ).rows[0];

  it('a later pull never overwrites a record with an open conflict: it becomes the server side, with where it was made', async () => {
    const { a, b } = await conflicted('org-open');
    // the pull after the push brought A's version: B's copy is still B's, the conflict holds A's
    expect(await b.organisations.get('org-open')).toMatchObject({ employees: 300 });
    const [held] = await b.syncConflicts.toArray();
    expect(held).toMatchObject({
      theirs: { employees: 200 },
      theirsVersion: 2,
      theirsAt: 'Darkhan branch',
    });
    // A changes it again: B's copy still stands, the conflict shows the newest server version
    await updateOrganisation('org-open', (o) => ({ ...o, employees: 250 }), a);
    await syncNow(a, net);
    await syncNow(b, net);
    expect(await b.organisations.get('org-open')).toMatchObject({ employees: 300 });
    expect(await b.syncConflicts.toArray()).toMatchObject([
      { theirs: { employees: 250 }, theirsVersion: 3 },
    ]);
  });

  it('merged field by field: the server and both desktops end with the fields chosen, and the choice is audited', async () => {
    const { a, b, id } = await conflicted('org-merge');
    await resolveSyncConflict(
      id,
      {
        resolution: 'merged',
        fields: { [fieldKey(['employees'])]: 'theirs', [fieldKey(['nameEn'])]: 'mine' },
      },
      b,
      net,
    );
    expect(await syncNow(b, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    await syncNow(a, net);
    expect((await serverRecord('org-merge'))?.data).toMatchObject({
      employees: 200,
      nameEn: 'B’s name',
    });
    for (const db of [a, b]) {
      expect(await db.organisations.get('org-merge')).toMatchObject({
        employees: 200,
        nameEn: 'B’s name',
      });
    }
    const audit = await b.auditEvents.filter((e) => e.field === 'conflict').toArray();
    expect(audit.at(-1)?.after).toMatchObject({ resolution: 'merged' });
  });

  it('keep mine and take theirs: the server holds the version chosen and nothing else is left to send', async () => {
    const mine = await conflicted('org-mine');
    await resolveSyncConflict(mine.id, { resolution: 'applied_mine' }, mine.b, net);
    expect((await serverRecord('org-mine'))?.data).toMatchObject({ employees: 300 });
    // B's next edit stands on the version the server gave its choice: no new conflict
    await updateOrganisation('org-mine', (o) => ({ ...o, employees: 301 }), mine.b);
    expect(await syncNow(mine.b, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    expect((await serverRecord('org-mine'))?.data).toMatchObject({ employees: 301 });

    const theirs = await conflicted('org-theirs');
    await resolveSyncConflict(theirs.id, { resolution: 'kept_server' }, theirs.b, net);
    expect(await theirs.b.organisations.get('org-theirs')).toMatchObject({ employees: 200 });
    expect(await syncNow(theirs.b, net)).toMatchObject({ ok: true, report: { pushed: 0 } });
    expect((await serverRecord('org-theirs'))?.data).toMatchObject({ employees: 200 });
  });
});

describe.skipIf(!ADMIN_URL)('the same evidence file in two companies, through the server', () => {
  let server: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  let baseUrl: string;
  const net: FetchLike = (u, i) => fetch(u, i);
  const PERMIT = 'the same permit scan, byte for byte';

  beforeAll(async () => {
    ({ db: server, app, tokens } = await startBank());
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await server?.drop();
  });

  async function desktop(who: Who, role: 'officer' | 'es_unit' = 'officer') {
    const db = new GreenThreadDb(`e-${who}-${crypto.randomUUID()}`);
    await enrollDevice(
      {
        serverUrl: baseUrl,
        deviceId: who,
        deviceName: who,
        token: tokens[who],
        user: { id: 1, username: who, displayName: who, role, branchId: null },
        signedInAt: new Date().toISOString(),
      },
      db,
    );
    return db;
  }

  /** A company with the permit attached to one answer, under the name its officer gave it. */
  async function companyWithPermit(db: GreenThreadDb, orgId: string, fileName: string) {
    await saveOrganisation(sampleOrganisation(orgId, `${orgId} ХХК`), {}, db);
    const file = await addEvidence(orgId, new Blob([PERMIT]), fileName, 'application/pdf', db);
    await linkEvidence(orgId, file.sha, { kind: 'answer', itemId: 'VCP-EN-01' }, db);
    return file.sha;
  }

  const namesOf = async (db: GreenThreadDb, orgId: string) =>
    (await listEvidenceOfOrganisation(orgId, db)).map((f) => f.name);

  it('two companies of one branch: each keeps its own file name, nothing conflicts', async () => {
    const a = await desktop('north1');
    const b = await desktop('north2');
    const sha = await companyWithPermit(a, 'org-darkhan', 'permit-darkhan.pdf');
    await companyWithPermit(b, 'org-erdenet', 'зөвшөөрөл-эрдэнэт.pdf');
    expect(await syncNow(a, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    // before v6 B's record of the same content stood on A's: a conflict, and A's name shown
    expect(await syncNow(b, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    expect(await syncNow(a, net)).toMatchObject({ ok: true });
    for (const db of [a, b]) {
      expect(await namesOf(db, 'org-darkhan')).toEqual(['permit-darkhan.pdf']);
      expect(await namesOf(db, 'org-erdenet')).toEqual(['зөвшөөрөл-эрдэнэт.pdf']);
      expect(await db.syncConflicts.count()).toBe(0);
    }
    const records = await server.pool.query<{ record_id: string; name: string }>(
      "SELECT record_id, data->>'name' AS name FROM records WHERE table_name = 'evidenceFiles' ORDER BY 1",
    );
    expect(records.rows).toEqual([
      { record_id: `org-darkhan|${sha}`, name: 'permit-darkhan.pdf' },
      { record_id: `org-erdenet|${sha}`, name: 'зөвшөөрөл-эрдэнэт.pdf' },
    ]);
    // the file's content came with the other company's record only where it was already here
    expect((await a.evidenceFiles.get(['org-erdenet', sha]))?.hasContent).toBe(1);
  });

  it('two branches: both pushes go through and head office sees each company’s own name', async () => {
    const north = await desktop('north1');
    const south = await desktop('south1');
    const es = await desktop('es', 'es_unit');
    await companyWithPermit(north, 'org-north', 'north-permit.pdf');
    await companyWithPermit(south, 'org-south', 'өмнөд-зөвшөөрөл.pdf');
    expect(await syncNow(north, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    // before v6 the south officer's push wrote the north branch's evidence record: refused (403)
    expect(await syncNow(south, net)).toMatchObject({ ok: true, report: { conflicts: 0 } });
    expect(await syncNow(es, net)).toMatchObject({ ok: true });
    expect(await namesOf(es, 'org-north')).toEqual(['north-permit.pdf']);
    expect(await namesOf(es, 'org-south')).toEqual(['өмнөд-зөвшөөрөл.pdf']);
    // the head office desktop has the names, not the file: that stays with the branch
    const [file] = await listEvidenceOfOrganisation('org-south', es);
    expect(file?.hasContent).toBe(0);
    // an officer still sees only its own branch's
    expect(await namesOf(north, 'org-south')).toEqual([]);
  });

  it('a shared evidence record from a desktop before v6 is skipped on pull, with a note', async () => {
    const sha = 'e'.repeat(64);
    // In the log from before the server refused such pushes (versions.test.ts): written as it was.
    const device = await server.pool.query<{ id: string; user_id: number }>(
      "SELECT d.id, d.user_id FROM devices d JOIN users u ON u.id = d.user_id WHERE u.username = 'north2' LIMIT 1",
    );
    const by = device.rows[0];
    if (!by) throw new Error('north2 has no device');
    const data = JSON.stringify({
      id: sha,
      name: 'old.pdf',
      type: 'application/pdf',
      size: 3,
      createdAt: '2025-01-01T00:00:00.000Z',
      hasContent: 1,
    });
    await server.pool.query(
      `WITH log AS (
         INSERT INTO change_log (change_id, table_name, record_id, branch_id, version, op, data, user_id, device_id)
         VALUES (gen_random_uuid(), 'evidence', $1, 'north', 1, 'put', $2::jsonb, $3, $4) RETURNING seq
       )
       INSERT INTO records (table_name, record_id, branch_id, version, deleted, data, last_seq)
       SELECT 'evidence', $1, 'north', 1, false, $2::jsonb, seq FROM log`,
      [sha, data, by.user_id, by.id],
    );
    const a = await desktop('north1');
    expect(await syncNow(a, net)).toMatchObject({ ok: true });
    expect(await a.evidenceFiles.where('sha').equals(sha).count()).toBe(0);
    const notes = await a.auditEvents.filter((e) => e.field === 'pull').toArray();
    expect(
      notes.map((e) => (e.after as Record<string, unknown>).skippedSharedEvidenceRecords),
    ).toContain(1);
  });
});
