// A fresh PostgreSQL database per test file, migrated, with a small bank in it: two branches,
// three officers, the E&S unit and an administrator, each signed in from one device.
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../server/app';
import { createPool, type Pool } from '../../server/db';
import { migrate } from '../../server/migrate';
import { createBranch, createUser } from '../../server/users';
import type { Change } from '../../shared/sync/protocol';

/** The maintenance database URL of a throw-away cluster (set by .ci/run). */
export const ADMIN_URL = process.env.GT_TEST_DATABASE_URL;
if (!ADMIN_URL && process.env.CI) {
  throw new Error(
    'GT_TEST_DATABASE_URL is not set: the server tests need a real PostgreSQL under CI',
  );
}
if (!ADMIN_URL) {
  console.warn('GT_TEST_DATABASE_URL is not set: the server tests are skipped on this machine');
}

export interface TestDb {
  url: string;
  name: string;
  pool: Pool;
  drop: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const name = `gt_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${name}`;
  const pool = createPool(url.toString());
  await migrate(pool);
  return {
    url: url.toString(),
    name,
    pool,
    drop: async () => {
      await pool.end();
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const PASSWORD = 'long enough password 1';
export type Who = 'north1' | 'north2' | 'south1' | 'es' | 'admin';

export async function seedBank(pool: Pool): Promise<void> {
  const by = { userId: null, deviceId: null };
  await createBranch(pool, by, { id: 'north', name: 'Darkhan branch' });
  await createBranch(pool, by, { id: 'south', name: 'Dalanzadgad branch' });
  const users: [Who, 'officer' | 'es_unit' | 'admin', string | null][] = [
    ['north1', 'officer', 'north'],
    ['north2', 'officer', 'north'],
    ['south1', 'officer', 'south'],
    ['es', 'es_unit', null],
    ['admin', 'admin', null],
  ];
  for (const [username, role, branchId] of users) {
    await createUser(pool, by, {
      username,
      displayName: username,
      role,
      branchId,
      password: PASSWORD,
    });
  }
}

export async function signIn(
  app: FastifyInstance,
  who: Who,
  deviceName = `${who}-pc`,
): Promise<string> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username: who, password: PASSWORD, deviceName },
  });
  if (r.statusCode !== 200) throw new Error(`sign-in ${who}: ${r.statusCode} ${r.body}`);
  return r.json<{ token: string }>().token;
}

export async function startBank(): Promise<{
  db: TestDb;
  app: FastifyInstance;
  tokens: Record<Who, string>;
}> {
  const db = await createTestDb();
  await seedBank(db.pool);
  const app = buildApp({ pool: db.pool });
  const tokens = {} as Record<Who, string>;
  for (const who of ['north1', 'north2', 'south1', 'es', 'admin'] as const)
    tokens[who] = await signIn(app, who);
  return { db, app, tokens };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export function put(
  table: Change['table'],
  recordId: string,
  data: Record<string, unknown>,
  baseVersion = 0,
): Change {
  return { changeId: randomUUID(), table, recordId, baseVersion, op: 'put', data };
}

/**
 * One hash over everything sync writes (records, change log, conflicts, packs), in key order:
 * equal digests mean the database did not change.
 */
export async function databaseDigest(pool: Pool): Promise<string> {
  const h = createHash('sha256');
  for (const sql of [
    'SELECT table_name, record_id, branch_id, version, deleted, data::text, last_seq FROM records ORDER BY 1, 2',
    'SELECT seq, change_id, table_name, record_id, branch_id, version, op, data::text, user_id, device_id FROM change_log ORDER BY seq',
    'SELECT id, change_id, table_name, record_id, base_version, server_version, op, data::text, resolved_at FROM conflicts ORDER BY id',
    'SELECT seq, pack_id, pack_version FROM packs ORDER BY seq',
  ]) {
    h.update(JSON.stringify((await pool.query(sql)).rows));
  }
  return h.digest('hex');
}
