// A fresh installation: no account exists until IT creates the first administrator with the
// server's CLI (never a default password); health says plainly when the database is down.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { createPool } from '../../server/db';
import { ADMIN_URL, createTestDb, type TestDb } from './helpers';

const root = new URL('../../', import.meta.url).pathname;
const cli = (db: TestDb, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: root,
    input: '',
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: db.url, ...env },
  });

describe.skipIf(!ADMIN_URL)('bank server: first run', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('has no account after migrating, and the first administrator comes only from the CLI', async () => {
    const app = buildApp({ pool: db.pool });
    try {
      expect((await db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0]).toEqual({
        n: 0,
      });
      // No route creates a user without an administrator's token, and no default sign-in works.
      const create = await app.inject({
        method: 'POST',
        url: '/api/admin/users',
        payload: { username: 'boss', displayName: 'B', role: 'admin', password: 'x'.repeat(20) },
      });
      expect(create.statusCode).toBe(401);
      for (const [username, password] of [
        ['admin', 'admin'],
        ['admin', 'password'],
        ['root', 'greenthread'],
      ]) {
        const r = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { username, password, deviceName: 'probe' },
        });
        expect(r.statusCode, `${username}/${password}`).toBe(401);
      }

      // Without a password (empty standard input) the CLI refuses and writes nothing.
      const none = cli(db, ['create-admin', 'boss', 'Head of IT']);
      expect(none.status).toBe(1);
      expect(none.stderr).toMatch(/at least 12 characters/);
      const short = cli(db, ['create-admin', 'boss'], { GT_ADMIN_PASSWORD: 'short' });
      expect(short.status).toBe(1);
      expect((await db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0]).toEqual({
        n: 0,
      });

      const ok = cli(db, ['create-admin', 'boss', 'Head', 'of', 'IT'], {
        GT_ADMIN_PASSWORD: 'a long admin passphrase',
      });
      expect(ok.status, ok.stderr).toBe(0);
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: 'boss', password: 'a long admin passphrase', deviceName: 'it-pc' },
      });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().user).toMatchObject({ role: 'admin', displayName: 'Head of IT' });
      const audited = await db.pool.query(
        "SELECT user_id FROM audit_log WHERE action = 'user_created'",
      );
      // Created by the CLI: no user or device is credited with it.
      expect(audited.rows).toEqual([{ user_id: null }]);
    } finally {
      await app.close();
    }
  });

  it('answers health 503 with the database unreachable, and still 401 elsewhere', async () => {
    const dead = new URL(db.url);
    dead.port = '1'; // nothing listens on port 1
    const pool = createPool(dead.toString(), 2);
    const app = buildApp({ pool });
    try {
      const r = await app.inject({ method: 'GET', url: '/api/health' });
      expect(r.statusCode).toBe(503);
      expect(r.json()).toMatchObject({
        status: 'degraded',
        database: 'unreachable',
        schemaVersion: null,
      });
      expect(r.json().serverVersion).toMatch(/^\d+\.\d+\.\d+/);
      // No credentials: refused without a word about what lies behind.
      const pull = await app.inject({ method: 'GET', url: '/api/sync/pull' });
      expect(pull.statusCode).toBe(401);
    } finally {
      await app.close();
      await pool.end();
    }
  });
});
