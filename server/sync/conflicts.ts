// Conflicts wait for a person: listing them, and resolving one (audited, attributed).
import { randomUUID } from 'node:crypto';
import type { Change, SyncConflict } from '../../shared/sync/protocol';
import type { Caller } from '../auth';
import { audit } from '../auth';
import type { Pool } from '../db';
import { firstRow, inTransaction } from '../db';
import { HttpError } from '../httpErrors';
import { visibleBranch } from './pull';
import { applyChanges, recordKey } from './push';

interface ConflictRow {
  id: number;
  change_id: string;
  table_name: SyncConflict['table'];
  record_id: string;
  branch_id: string;
  base_version: number;
  server_version: number;
  server_data: Record<string, unknown> | null;
  op: 'put' | 'delete';
  data: Record<string, unknown> | null;
  user_id: number;
  device_id: string;
  at: Date;
  resolved_at: Date | null;
  resolution: SyncConflict['resolution'];
}

const toConflict = (r: ConflictRow): SyncConflict => ({
  id: r.id,
  changeId: r.change_id,
  table: r.table_name,
  recordId: r.record_id,
  branchId: r.branch_id,
  baseVersion: r.base_version,
  serverVersion: r.server_version,
  serverData: r.server_data,
  op: r.op,
  data: r.data,
  userId: r.user_id,
  deviceId: r.device_id,
  at: r.at.toISOString(),
  resolvedAt: r.resolved_at?.toISOString() ?? null,
  resolution: r.resolution,
});

export async function listConflicts(
  pool: Pool,
  caller: Caller,
  open = true,
): Promise<SyncConflict[]> {
  const r = await pool.query<ConflictRow>(
    `SELECT * FROM conflicts
      WHERE ($1::text IS NULL OR branch_id = $1) AND ($2::bool = false OR resolved_at IS NULL)
      ORDER BY id LIMIT 1000`,
    [visibleBranch(caller), open],
  );
  return r.rows.map(toConflict);
}

export async function resolveConflict(
  pool: Pool,
  caller: Caller,
  id: number,
  resolution: 'kept_server' | 'applied_mine',
): Promise<{ conflict: SyncConflict; seq: number | null; version: number | null }> {
  if (caller.role === 'admin')
    throw new HttpError(
      403,
      'conflicts are resolved by officers and the E&S unit',
      'conflict_role',
    );
  return inTransaction(pool, async (c) => {
    // The row lock makes a second resolution of the same conflict wait, then see it resolved.
    const found = (
      await c.query<ConflictRow>('SELECT * FROM conflicts WHERE id = $1 FOR UPDATE', [id])
    ).rows[0];
    const branch = visibleBranch(caller);
    if (!found || (branch !== null && found.branch_id !== branch)) {
      throw new HttpError(404, `there is no conflict ${id} in your branch`, 'conflict_not_found');
    }
    if (found.resolved_at)
      throw new HttpError(409, `conflict ${id} was already resolved`, 'conflict_resolved_already');
    let seq: number | null = null;
    let version: number | null = null;
    if (resolution === 'applied_mine') {
      await c.query('SELECT sync_lock_for_push($1::text[])', [
        [recordKey(found.table_name, found.record_id)],
      ]);
      const current = (
        await c.query<{ version: number }>(
          'SELECT version FROM records WHERE table_name = $1 AND record_id = $2',
          [found.table_name, found.record_id],
        )
      ).rows[0];
      // The person chose the desktop's copy knowing the server's: it goes on top of the current version.
      const change: Change =
        found.op === 'put'
          ? {
              changeId: randomUUID(),
              table: found.table_name,
              recordId: found.record_id,
              branchId: found.branch_id,
              baseVersion: current?.version ?? 0,
              op: 'put',
              data: found.data ?? {},
            }
          : {
              changeId: randomUUID(),
              table: found.table_name,
              recordId: found.record_id,
              branchId: found.branch_id,
              baseVersion: current?.version ?? 0,
              op: 'delete',
            };
      const [result] = await applyChanges(c, caller, [change]);
      seq = result?.seq ?? null;
      version = result?.version ?? null;
    }
    const updated = firstRow(
      (
        await c.query<ConflictRow>(
          `UPDATE conflicts SET resolved_at = now(), resolved_by = $2, resolved_device = $3, resolution = $4
          WHERE id = $1 RETURNING *`,
          [id, caller.userId, caller.deviceId, resolution],
        )
      ).rows,
      'UPDATE conflicts',
    );
    await audit(c, caller, 'conflict_resolved', { conflictId: id, resolution, seq });
    return { conflict: toConflict(updated), seq, version };
  });
}
