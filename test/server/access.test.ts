// Who may do what: health without credentials, 401 for everything else (unknown paths too),
// revoked devices and disabled users refused, officers kept to their branch.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../server/migrate';
import { ADMIN_URL, auth, databaseDigest, put, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('bank server: access', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers health without credentials, with versions and database reachability', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      status: 'ok',
      schemaVersion: LATEST_SCHEMA_VERSION,
      database: 'reachable',
    });
    expect(r.json().serverVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers 401 to every other path without a valid token, unknown paths included', async () => {
    for (const [method, url] of [
      ['GET', '/api/sync/pull'],
      ['POST', '/api/sync/push'],
      ['GET', '/api/admin/users'],
      ['GET', '/api/portfolio'],
      ['GET', '/api/no/such/route'],
      ['DELETE', '/api/records'],
      ['GET', '/api'],
      ['GET', '/api/health/../admin/users'],
      ['GET', '/api/admin/users/'],
      ['HEAD', '/api/portfolio'],
      ['OPTIONS', '/api/sync/push'],
    ] as const) {
      const r = await app.inject({ method, url });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      const bad = await app.inject({ method, url, headers: auth('x'.repeat(43)) });
      expect(bad.statusCode, `${method} ${url} with a made-up token`).toBe(401);
    }
    // Signed in, an unknown path is a plain 404.
    const known = await app.inject({
      method: 'GET',
      url: '/api/no/such/route',
      headers: auth(tokens.es),
    });
    expect(known.statusCode).toBe(404);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'north1', password: 'wrong password!!', deviceName: 'x' },
    });
    expect(r.statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'nobody', password: 'wrong password!!', deviceName: 'x' },
    });
    expect(unknown.json()).toEqual(r.json());
  });

  it('stores only a hash of a device token, and a revoked device is refused', async () => {
    const stored = await db.pool.query<{ token_hash: Buffer }>('SELECT token_hash FROM devices');
    for (const t of Object.values(tokens)) {
      expect(stored.rows.some((r) => r.token_hash.toString('utf8').includes(t))).toBe(false);
    }
    const { signIn } = await import('./helpers');
    const laptop = await signIn(app, 'north2', 'old laptop');
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: auth(laptop) });
    expect(me.statusCode).toBe(200);
    const deviceId = me.json<{ deviceId: string }>().deviceId;
    // An officer cannot revoke devices; the administrator can.
    const refused = await app.inject({
      method: 'POST',
      url: `/api/admin/devices/${deviceId}/revoke`,
      headers: auth(tokens.north1),
    });
    expect(refused.statusCode).toBe(403);
    const revoke = await app.inject({
      method: 'POST',
      url: `/api/admin/devices/${deviceId}/revoke`,
      headers: auth(tokens.admin),
    });
    expect(revoke.statusCode).toBe(200);
    const after = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(laptop),
      payload: { changes: [put('applications', 'app-x', { amountMnt: 1 })] },
    });
    expect(after.statusCode).toBe(401);
    // The person's other device still works.
    const other = await app.inject({ method: 'GET', url: '/api/me', headers: auth(tokens.north2) });
    expect(other.statusCode).toBe(200);
    const logged = await db.pool.query("SELECT 1 FROM audit_log WHERE action = 'device_revoked'");
    expect(logged.rowCount).toBe(1);
  });

  it('keeps an officer to its own branch: another branch is neither written nor read', async () => {
    const south = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.south1),
      payload: {
        changes: [put('applications', 'south-app', { amountMnt: 5, status: 'received' })],
      },
    });
    expect(south.statusCode).toBe(200);
    const before = await databaseDigest(db.pool);

    // Writing into the south record from the north is refused, and nothing of the push is kept.
    const write = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.north1),
      payload: {
        changes: [
          put('applications', 'north-ok', { amountMnt: 1 }),
          put('applications', 'south-app', { amountMnt: 999 }, 1),
        ],
      },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error).toMatch(/another branch/);
    const named = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.north1),
      payload: {
        changes: [{ ...put('applications', 'new-in-south', { amountMnt: 1 }), branchId: 'south' }],
      },
    });
    expect(named.statusCode).toBe(403);
    expect(await databaseDigest(db.pool)).toBe(before);

    const pulled = await app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: auth(tokens.north1),
    });
    expect(pulled.statusCode).toBe(200);
    expect(pulled.json().changes.map((c: { recordId: string }) => c.recordId)).not.toContain(
      'south-app',
    );
    const es = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: auth(tokens.es) });
    expect(es.json().changes.map((c: { recordId: string }) => c.recordId)).toContain('south-app');

    const portfolio = await app.inject({
      method: 'GET',
      url: '/api/portfolio',
      headers: auth(tokens.north1),
    });
    expect(portfolio.statusCode).toBe(403);
  });

  it('lets only the administrator create users, and the officer needs a branch', async () => {
    const payload = {
      username: 'north3',
      displayName: 'N3',
      role: 'officer',
      password: 'another long password',
    };
    const byOfficer = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(tokens.north1),
      payload,
    });
    expect(byOfficer.statusCode).toBe(403);
    const noBranch = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(tokens.admin),
      payload,
    });
    expect(noBranch.statusCode).toBe(400);
    expect(noBranch.json().error).toMatch(/branchId/);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(tokens.admin),
      payload: { ...payload, branchId: 'north' },
    });
    expect(ok.statusCode).toBe(201);
    const short = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: auth(tokens.admin),
      payload: { ...payload, username: 'north4', branchId: 'north', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    const hash = await db.pool.query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE username = 'north3'",
    );
    expect(hash.rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a disabled user’s devices', async () => {
    const users = await app.inject({
      method: 'GET',
      url: '/api/admin/users',
      headers: auth(tokens.admin),
    });
    const south1 = (users.json().users as { id: number; username: string }[]).find(
      (u) => u.username === 'south1',
    )!;
    const r = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${south1.id}/disable`,
      headers: auth(tokens.admin),
    });
    expect(r.statusCode).toBe(200);
    const after = await app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: auth(tokens.south1),
    });
    expect(after.statusCode).toBe(401);
  });
});
