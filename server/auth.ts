// Passwords (argon2id, kept library) and device tokens (random, stored only as SHA-256).
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../shared/sync/protocol';
import type { Pool, PoolClient } from './db';

export interface Caller {
  userId: number;
  username: string;
  role: Role;
  branchId: string | null;
  deviceId: string;
}

export const MIN_PASSWORD_CHARS = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash computed once so an unknown user name costs the same time as a wrong password. */
let decoyHash: Promise<string> | undefined;

export async function checkPassword(
  stored: string | undefined,
  password: string,
): Promise<boolean> {
  if (stored === undefined) {
    decoyHash ??= hash('decoy password that matches nothing');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export async function issueDeviceToken(
  c: PoolClient,
  userId: number,
  deviceName: string,
): Promise<{ token: string; deviceId: string }> {
  const token = randomBytes(32).toString('base64url');
  const deviceId = randomUUID();
  await c.query('INSERT INTO devices (id, user_id, name, token_hash) VALUES ($1, $2, $3, $4)', [
    deviceId,
    userId,
    deviceName,
    hashToken(token),
  ]);
  return { token, deviceId };
}

/** The caller behind a bearer token, or null when the token is unknown, revoked or its user disabled. */
export async function callerFromToken(
  pool: Pool,
  header: string | undefined,
): Promise<Caller | null> {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header ?? '');
  if (!match?.[1]) return null;
  const r = await pool.query<{
    user_id: number;
    username: string;
    role: Role;
    branch_id: string | null;
    device_id: string;
    stale: boolean;
  }>(
    `SELECT u.id AS user_id, u.username, u.role, u.branch_id, d.id AS device_id,
            (d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute') AS stale
       FROM devices d JOIN users u ON u.id = d.user_id
      WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND u.disabled_at IS NULL`,
    [hashToken(match[1])],
  );
  const row = r.rows[0];
  if (!row) return null;
  // "Last seen" to the minute: a write per request would cost every request a commit.
  if (row.stale) {
    await pool.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [row.device_id]);
  }
  return {
    userId: row.user_id,
    username: row.username,
    role: row.role,
    branchId: row.branch_id,
    deviceId: row.device_id,
  };
}

export async function audit(
  c: Pool | PoolClient,
  caller: { userId: number | null; deviceId: string | null },
  action: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await c.query(
    'INSERT INTO audit_log (user_id, device_id, action, detail) VALUES ($1, $2, $3, $4)',
    [caller.userId, caller.deviceId, action, JSON.stringify(detail)],
  );
}
