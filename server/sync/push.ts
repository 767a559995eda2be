// Applying one push: every change is applied, recognised as a retry, or kept as a conflict, or
// nothing is. The rules live in the database function `sync_push` (migration 007), so a push is
// one statement: it holds a pooled connection for one round trip, not four, and fifty desktops
// pushing at once no longer queue behind each other's round trips through a busy event loop.
// Pushes run side by side: each locks only the records it writes and notes the lowest change
// number it may use (migration 003); a pull reads only below the lowest number an open push
// noted (pull.ts), so a change that commits late is never stepped over.
import { pushResultSchema, type Change, type PushResult } from '../../shared/sync/protocol';
import { z } from 'zod';
import type { Caller } from '../auth';
import type { Phases, Pool, PoolClient } from '../db';
import { firstRow } from '../db';
import { HttpError } from '../httpErrors';
import { isServerErrorCode } from '../../shared/sync/serverErrors';

/** One record's name in the record locks (migration 003 hashes it). */
export const recordKey = (table: string, recordId: string) => `${table}\u0001${recordId}`;

const answersSchema = z.array(pushResultSchema);

/** A refusal the function raised: SQLSTATE 'GT' + HTTP status, the stable code as its hint. */
function refusal(error: unknown): HttpError | null {
  const e = error as { code?: unknown; message?: unknown; hint?: unknown };
  if (typeof e.code !== 'string' || !/^GT\d{3}$/.test(e.code)) return null;
  return new HttpError(
    Number(e.code.slice(2)),
    String(e.message),
    isServerErrorCode(e.hint) ? e.hint : undefined,
  );
}

/**
 * Applies `changes` in order with `c`: inside the caller's open transaction (a conflict
 * resolution), or on its own as one statement in PostgreSQL's implicit transaction (a push).
 */
export async function applyChanges(
  c: Pick<PoolClient, 'query'>,
  caller: Caller,
  changes: Change[],
): Promise<PushResult[]> {
  try {
    const r = await c.query<{ answers: unknown }>(
      'SELECT sync_push($1::bigint, $2::uuid, $3::text, $4::text, $5::jsonb) AS answers',
      [caller.userId, caller.deviceId, caller.role, caller.branchId, JSON.stringify(changes)],
    );
    return answersSchema.parse(firstRow(r.rows, 'sync_push').answers);
  } catch (error) {
    throw refusal(error) ?? error;
  }
}

export async function applyPush(
  pool: Pool,
  caller: Caller,
  changes: Change[],
  phases?: Phases,
): Promise<PushResult[]> {
  const client = await pool.connect();
  phases?.mark('wait');
  try {
    return await applyChanges(client, caller, changes);
  } finally {
    phases?.mark('apply');
    client.release();
  }
}
