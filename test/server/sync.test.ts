// Sync that loses nothing, against a real PostgreSQL and a listening server: convergence, a push
// cut mid-request, a restart, duplicated deliveries, conflicting edits and bad input.
import type { FastifyInstance } from 'fastify';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../renderer/src/sync/memoryStore';
import { SyncClient } from '../../renderer/src/sync/client';
import { toChange } from '../../renderer/src/sync/store';
import pg from 'pg';
import { buildApp } from '../../server/app';
import { migrate } from '../../server/migrate';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { ADMIN_URL, auth, databaseDigest, put, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('bank server: sync', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  let baseUrl: string;

  async function listen(a: FastifyInstance): Promise<string> {
    await a.listen({ host: '127.0.0.1', port: 0 });
    return `http://127.0.0.1:${(a.server.address() as AddressInfo).port}`;
  }
  const client = (who: Who, store = new MemorySyncStore()) => ({
    store,
    sync: new SyncClient({ baseUrl, token: tokens[who], store, fetch: (u, i) => fetch(u, i) }),
  });
  /** The server's live records of a branch (or all), as a client snapshot would show them. */
  async function serverSnapshot(branch: string | null): Promise<Record<string, unknown>> {
    const r = await db.pool.query<{ table_name: string; record_id: string; data: unknown }>(
      `SELECT table_name, record_id, data FROM records WHERE NOT deleted AND ($1::text IS NULL OR branch_id = $1)`,
      [branch],
    );
    const out: Record<string, unknown> = {};
    for (const row of r.rows.sort((a, b) =>
      `${a.table_name}/${a.record_id}`.localeCompare(`${b.table_name}/${b.record_id}`),
    )) {
      out[`${row.table_name}/${row.record_id}`] = row.data;
    }
    return out;
  }

  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
    baseUrl = await listen(app);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('two officers and the E&S unit converge to the same portfolio', async () => {
    const a = client('north1');
    const b = client('north2');
    const es = client('es');
    const south = client('south1');
    // Offline work on both desks, then everyone syncs at once, twice.
    for (let i = 0; i < 20; i++) {
      await a.store.write('applications', `a-${i}`, {
        status: 'received',
        amountMnt: 1000 * i,
        by: 'a',
      });
      await b.store.write('applications', `b-${i}`, {
        status: 'in_review',
        amountMnt: 7 * i,
        by: 'b',
      });
    }
    await south.store.write('applications', 's-1', { status: 'received', amountMnt: 5 });
    await a.store.write('organisations', 'org-a', { nameMn: 'Ноос ХХК' });
    await a.store.write('organisations', 'org-a', { nameMn: 'Ноос ХХК', nameEn: 'Wool LLC' });
    await b.store.write('applications', 'b-3', null);
    const all = [a, b, es, south];
    await Promise.all(all.map((c) => c.sync.sync()));
    await Promise.all(all.map((c) => c.sync.sync()));

    const north = await serverSnapshot('north');
    expect(Object.keys(north)).toHaveLength(20 + 19 + 1);
    expect(north['organisations/org-a']).toEqual({ nameMn: 'Ноос ХХК', nameEn: 'Wool LLC' });
    expect(a.store.snapshot()).toEqual(north);
    expect(b.store.snapshot()).toEqual(north);
    expect(es.store.snapshot()).toEqual(await serverSnapshot(null));
    expect(south.store.snapshot()).toEqual(await serverSnapshot('south'));
    for (const c of all) expect(await c.store.outbox()).toEqual([]);
    // The one record edited twice offline travelled as one change.
    const org = await db.pool.query("SELECT version FROM records WHERE record_id = 'org-a'");
    expect(org.rows[0]).toEqual({ version: 1 });
  });

  it('a conflicting edit is kept for a person, never applied over the other', async () => {
    const a = client('north1');
    const b = client('north2');
    await a.sync.sync();
    await b.sync.sync();
    await a.store.write('applications', 'a-1', { status: 'approved', amountMnt: 1000, by: 'a' });
    await b.store.write('applications', 'a-1', { status: 'declined', amountMnt: 1000, by: 'b' });
    expect((await a.sync.sync()).pushed).toBe(1);
    const before = await databaseDigest(db.pool);
    const report = await b.sync.sync();
    expect(report.conflicts).toBe(1);
    // b's copy now shows the server's; its own edit waits in the conflict list, whole.
    expect(b.store.snapshot()['applications/a-1']).toMatchObject({ status: 'approved' });
    const rec = await db.pool.query("SELECT version, data FROM records WHERE record_id = 'a-1'");
    expect(rec.rows[0]).toMatchObject({ version: 2, data: { status: 'approved' } });
    expect(await databaseDigest(db.pool)).not.toBe(before); // the conflict row only:
    const log = await db.pool.query(
      "SELECT count(*)::int AS n FROM change_log WHERE record_id = 'a-1'",
    );
    expect(log.rows[0]).toEqual({ n: 2 });

    const [conflict] = await b.sync.conflicts();
    expect(conflict).toMatchObject({
      recordId: 'a-1',
      baseVersion: 1,
      serverVersion: 2,
      serverData: { status: 'approved' },
      data: { status: 'declined' },
    });
    // South cannot see or resolve north's conflict.
    const s = client('south1');
    expect(await s.sync.conflicts()).toEqual([]);
    await expect(s.sync.resolve(conflict!.id, 'applied_mine')).rejects.toThrow(/no conflict/);
    // The officer chooses its own version: it goes on top, attributed and audited.
    await b.sync.resolve(conflict!.id, 'applied_mine');
    await Promise.all([a.sync.sync(), b.sync.sync()]);
    expect(a.store.snapshot()['applications/a-1']).toMatchObject({ status: 'declined', by: 'b' });
    expect(b.store.snapshot()).toEqual(a.store.snapshot());
    expect(await b.sync.conflicts()).toEqual([]);
    const audit = await db.pool.query(
      "SELECT detail FROM audit_log WHERE action = 'conflict_resolved'",
    );
    expect(audit.rows[0]?.detail).toMatchObject({ resolution: 'applied_mine' });
  });

  it('a duplicated delivery is applied once', async () => {
    const change = put('applications', 'dup-1', { status: 'received', amountMnt: 3 });
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(tokens.north1),
        payload: { changes: [change] },
      });
    const first = await send();
    expect(first.json().results[0]).toMatchObject({ status: 'applied', version: 1 });
    const digest = await databaseDigest(db.pool);
    const again = await send();
    expect(again.json().results[0]).toMatchObject({
      status: 'duplicate',
      seq: first.json().results[0].seq,
      version: 1,
    });
    // Twice in one push is one write too.
    const twice = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.north1),
      payload: { changes: [change, change] },
    });
    expect(twice.json().results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(await databaseDigest(db.pool)).toBe(digest);
  });

  it('a push cut mid-request writes nothing, and its retry after a server restart writes it once', async () => {
    const store = new MemorySyncStore();
    for (let i = 0; i < 50; i++)
      await store.write('monitoring', `m-${i}`, { note: 'x'.repeat(2000), i });
    const body = JSON.stringify({
      changes: (await store.outbox()).map(toChange),
    });
    const before = await databaseDigest(db.pool);
    await new Promise<void>((resolve) => {
      const url = new URL(`${baseUrl}/api/sync/push`);
      const req = httpRequest({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          ...auth(tokens.north1),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      });
      req.on('error', () => resolve());
      req.write(body.slice(0, body.length / 2), () => {
        req.destroy();
        resolve();
      });
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await databaseDigest(db.pool)).toBe(before);

    // The server restarts (a new process on the same database); the desktop retries the same ids.
    await app.close();
    app = buildApp({ pool: db.pool });
    baseUrl = await listen(app);
    const c = client('north1', store);
    const report = await c.sync.sync();
    expect(report.pushed).toBe(50);
    const afterOnce = await databaseDigest(db.pool);
    // The answer was lost on the way back: the desktop sends the same ids again.
    const replay = await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST',
      headers: { ...auth(tokens.north1), 'content-type': 'application/json' },
      body,
    });
    expect(
      (await replay.json()).results.every((r: { status: string }) => r.status === 'duplicate'),
    ).toBe(true);
    expect(await databaseDigest(db.pool)).toBe(afterOnce);
    const n = await db.pool.query(
      "SELECT count(*)::int AS n FROM records WHERE table_name = 'monitoring'",
    );
    expect(n.rows[0]).toEqual({ n: 50 });
  });

  it('an edit made while a push’s answer was lost goes on top of it, not into a conflict', async () => {
    const store = new MemorySyncStore();
    let dropAnswer = true;
    const lossy = new SyncClient({
      baseUrl,
      token: tokens.north2,
      store,
      fetch: async (u, i) => {
        const res = await fetch(u, i);
        if (dropAnswer && u.includes('/push')) {
          dropAnswer = false;
          throw new TypeError('network: the answer never came');
        }
        return res;
      },
    });
    await store.write('esapItems', 'esap-1', { text: 'first', done: false });
    await expect(lossy.sync()).rejects.toThrow(/never came/);
    await store.write('esapItems', 'esap-1', { text: 'first', done: true });
    // The sent change keeps its id; the new edit queues behind it instead of replacing it.
    expect(await store.outbox()).toHaveLength(2);
    const report = await lossy.sync();
    expect(report.conflicts).toBe(0);
    expect(await store.outbox()).toEqual([]);
    const rec = await db.pool.query("SELECT version, data FROM records WHERE record_id = 'esap-1'");
    expect(rec.rows[0]).toEqual({ version: 2, data: { text: 'first', done: true } });
  });

  it('bad input gets a 4xx saying what is wrong, and writes nothing', async () => {
    const before = await databaseDigest(db.pool);
    const good = put('applications', 'never', { amountMnt: 1 });
    const cases: [unknown, RegExp][] = [
      [{ changes: [{ ...good, table: 'users' }] }, /table/],
      [{ changes: [{ ...good, changeId: 'not-a-uuid' }] }, /UUID/],
      [{ changes: [{ ...good, recordId: 'a b' }] }, /record id/],
      [{ changes: [] }, /at least one change/],
      [
        { changes: [good, { ...good, changeId: crypto.randomUUID(), baseVersion: -1 }] },
        /baseVersion/,
      ],
      [
        { changes: Array.from({ length: SYNC_LIMITS.maxChangesPerPush + 1 }, () => good) },
        /at most 500/,
      ],
      [
        { changes: [{ ...good, data: { big: 'x'.repeat(SYNC_LIMITS.maxRecordBytes) } }] },
        /at most 256 KB/,
      ],
      [{ changes: [{ ...good, data: { nul: 'a\u0000b' } }] }, /NUL/],
      [{ changes: [good], extra: 1 }, /extra/],
    ];
    for (const [payload, message] of cases) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(tokens.north1),
        payload: payload as object,
      });
      expect(r.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(r.json().error).toMatch(message);
    }
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...auth(tokens.north1), 'content-type': 'application/json' },
      payload: '{"changes": [',
    });
    expect(notJson.statusCode).toBe(400);
    const huge = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...auth(tokens.north1), 'content-type': 'application/json' },
      payload: `{"changes":[],"pad":"${'x'.repeat(SYNC_LIMITS.maxPushBytes)}"}`,
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toMatch(/larger than 8 MB/);
    const badPull = await app.inject({
      method: 'GET',
      url: '/api/sync/pull?since=-4',
      headers: auth(tokens.north1),
    });
    expect(badPull.statusCode).toBe(400);
    const head = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.es),
      payload: { changes: [put('applications', 'hq-new', { amountMnt: 1 })] },
    });
    expect(head.statusCode).toBe(400);
    expect(head.json().error).toMatch(/needs a branchId/);
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it('keeps the change log append-only, even for the database owner', async () => {
    for (const sql of [
      "UPDATE change_log SET op = 'delete'",
      'DELETE FROM change_log',
      'TRUNCATE change_log',
    ]) {
      await expect(db.pool.query(sql), sql).rejects.toThrow(/append-only/);
    }
    await expect(db.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('gives the service’s own database role no right to rewrite the change log', async () => {
    const role = `gt_app_${db.name.slice(-8)}`;
    await db.pool.query(`CREATE ROLE ${role} LOGIN`);
    try {
      await migrate(db.pool, role);
      const url = new URL(db.url);
      url.username = role;
      const asApp = new pg.Client({ connectionString: url.toString() });
      await asApp.connect();
      try {
        expect(
          (await asApp.query('SELECT count(*)::int AS n FROM change_log')).rows[0].n,
        ).toBeGreaterThan(0);
        await expect(asApp.query("UPDATE change_log SET op = 'put'")).rejects.toThrow(
          /permission denied/,
        );
        await expect(asApp.query('DELETE FROM change_log')).rejects.toThrow(/permission denied/);
        await expect(asApp.query('DELETE FROM records')).rejects.toThrow(/permission denied/);
        // What a push and a pull call (migration 002) is open to the service's role.
        await asApp.query('BEGIN');
        await asApp.query("SELECT sync_lock_for_push(ARRAY['applications/x'])");
        await asApp.query('ROLLBACK');
        expect((await asApp.query('SELECT sync_settled_horizon() AS h')).rows[0].h).toBeGreaterThan(
          0,
        );
      } finally {
        await asApp.end();
      }
    } finally {
      await db.pool.query(`DROP OWNED BY ${role}`);
      await db.pool.query(`DROP ROLE ${role}`);
    }
  });

  it('publishes the bank’s criteria pack to every officer on the next pull', async () => {
    const { ACTIVE_PACK } = await import('../../shared/catalogue/packs');
    const shipped = ACTIVE_PACK;
    const bankPack = {
      ...JSON.parse(JSON.stringify(shipped)),
      id: 'xacbank-2027',
      version: '2027.1.0',
    };
    const byOfficer = await app.inject({
      method: 'POST',
      url: '/api/admin/packs',
      headers: auth(tokens.north1),
      payload: bankPack,
    });
    expect(byOfficer.statusCode).toBe(403);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/admin/packs',
      headers: auth(tokens.admin),
      payload: { ...bankPack, greenCriteria: 'none' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatch(/greenCriteria/);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/admin/packs',
      headers: auth(tokens.admin),
      payload: bankPack,
    });
    expect(ok.statusCode).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: '/api/admin/packs',
      headers: auth(tokens.admin),
      payload: bankPack,
    });
    expect(again.statusCode).toBe(409);
    const c = client('south1');
    const report = await c.sync.sync();
    expect(report.packSeq).toBe(ok.json().seq);
    expect(c.store.pack).toMatchObject({ packId: 'xacbank-2027', packVersion: '2027.1.0' });
    // Already held: not sent again.
    const pulled = await app.inject({
      method: 'GET',
      url: `/api/sync/pull?packSeq=${report.packSeq}`,
      headers: auth(tokens.south1),
    });
    expect(pulled.json().pack).toBeNull();
  });
});
