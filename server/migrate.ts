// Versioned SQL migrations: server/migrations/NNN_name.sql, each applied once, in order, in its
// own transaction, recorded in schema_migrations. Two servers starting together take turns.
import { readdirSync, readFileSync } from 'node:fs';
import type { Pool } from './db';
import { inTransaction } from './db';

const DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_LOCK = 727_274_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(): Migration[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f.slice(4, -4),
      sql: readFileSync(new URL(f, DIR), 'utf8'),
    }));
}

export const LATEST_SCHEMA_VERSION = Math.max(...listMigrations().map((m) => m.version));

/** The schema version the database holds, or null when it has never been migrated. */
export async function schemaVersion(pool: Pool): Promise<number | null> {
  const exists = await pool.query<{ t: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS t",
  );
  if (!exists.rows[0]?.t) return null;
  const r = await pool.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  );
  return r.rows[0]?.v ?? null;
}

export async function migrate(pool: Pool, appRole?: string): Promise<number[]> {
  const applied: number[] = [];
  await inTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of listMigrations()) {
      if (done.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    if (appRole) await grantAppRole(c, appRole);
  });
  return applied;
}

/**
 * The service's own database role may read and write what it serves but never rewrite the
 * change log or the audit log (the triggers refuse that too, even for the owner).
 */
async function grantAppRole(
  c: { query: (sql: string) => Promise<unknown> },
  role: string,
): Promise<void> {
  const r = `"${role}"`;
  await c.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
  await c.query(
    `GRANT SELECT, INSERT, UPDATE ON branches, users, devices, records, conflicts, packs TO ${r}`,
  );
  await c.query(`GRANT SELECT ON schema_migrations TO ${r}`);
  await c.query(`GRANT SELECT, INSERT ON change_log, audit_log TO ${r}`);
  await c.query(`GRANT SELECT, INSERT ON evidence_blobs, evidence_holders TO ${r}`);
  await c.query(`REVOKE UPDATE, DELETE, TRUNCATE ON change_log, audit_log FROM ${r}`);
  await c.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
}
