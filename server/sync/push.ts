// Applying one push: every change is applied, recognised as a retry, or kept as a conflict, in
// one transaction. Writers take turns (one advisory lock) so sequence numbers become visible in
// order and a pull by cursor never skips a change that commits late.
import type { Change, PushResult } from '../../shared/sync/protocol';
import type { Caller } from '../auth';
import type { Pool, PoolClient } from '../db';
import { firstRow, inTransaction } from '../db';
import { HttpError } from '../httpErrors';

export const SYNC_WRITE_LOCK = 727_274_002;

interface Current {
  branchId: string;
  version: number;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

const key = (table: string, recordId: string) => `${table}\u0001${recordId}`;

/** The branch a change lands in, or an HttpError saying why this caller may not write there. */
function branchFor(caller: Caller, change: Change, current: Current | undefined): string {
  if (caller.role === 'admin') {
    throw new HttpError(
      403,
      'an administrator manages users and packs; records are synced by officers and the E&S unit',
    );
  }
  const branch = current?.branchId ?? change.branchId ?? caller.branchId;
  if (!branch) {
    throw new HttpError(
      400,
      `${change.table} ${change.recordId}: a new record from head office needs a branchId`,
    );
  }
  if (change.branchId && change.branchId !== branch) {
    throw new HttpError(
      409,
      `${change.table} ${change.recordId} belongs to branch ${branch}, not ${change.branchId}`,
    );
  }
  if (caller.role === 'officer' && branch !== caller.branchId) {
    throw new HttpError(403, `${change.table} ${change.recordId} belongs to another branch`);
  }
  return branch;
}

export async function applyPush(
  pool: Pool,
  caller: Caller,
  changes: Change[],
): Promise<PushResult[]> {
  return inTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [SYNC_WRITE_LOCK]);
    return applyLocked(c, caller, changes);
  });
}

/** Applies `changes` in order; the caller holds SYNC_WRITE_LOCK inside an open transaction. */
export async function applyLocked(
  c: PoolClient,
  caller: Caller,
  changes: Change[],
): Promise<PushResult[]> {
  const ids = changes.map((ch) => ch.changeId);
  const seen = new Map<string, PushResult>();
  for (const r of (
    await c.query<{ change_id: string; seq: number; version: number }>(
      'SELECT change_id, seq, version FROM change_log WHERE change_id = ANY($1::uuid[])',
      [ids],
    )
  ).rows) {
    seen.set(r.change_id, {
      changeId: r.change_id,
      status: 'duplicate',
      seq: r.seq,
      version: r.version,
    });
  }
  for (const r of (
    await c.query<{ change_id: string; id: number }>(
      'SELECT change_id, id FROM conflicts WHERE change_id = ANY($1::uuid[])',
      [ids],
    )
  ).rows) {
    seen.set(r.change_id, { changeId: r.change_id, status: 'conflict', conflictId: r.id });
  }

  const state = new Map<string, Current>();
  for (const r of (
    await c.query<{
      table_name: string;
      record_id: string;
      branch_id: string;
      version: number;
      deleted: boolean;
      data: Record<string, unknown> | null;
    }>(
      `SELECT table_name, record_id, branch_id, version, deleted, data FROM records
        WHERE (table_name, record_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [changes.map((ch) => ch.table), changes.map((ch) => ch.recordId)],
    )
  ).rows) {
    state.set(key(r.table_name, r.record_id), {
      branchId: r.branch_id,
      version: r.version,
      deleted: r.deleted,
      data: r.data,
    });
  }
  const branches = new Set(
    (await c.query<{ id: string }>('SELECT id FROM branches')).rows.map((r) => r.id),
  );

  type Slot =
    | { final: PushResult }
    | { applied: number; changeId: string }
    | { conflict: number; changeId: string }
    | { sameAs: Slot };
  const applied: { change: Change; branch: string; version: number }[] = [];
  const conflicted: { change: Change; branch: string; current: Current | undefined }[] = [];
  const slots: Slot[] = [];
  const firstInPush = new Map<string, Slot>();
  for (const change of changes) {
    const earlier = seen.get(change.changeId);
    const inPush = firstInPush.get(change.changeId);
    if (earlier) {
      slots.push({ final: earlier });
      continue;
    }
    if (inPush !== undefined) {
      // A change id repeated inside one push is a retry of the first: one write, same answer.
      slots.push({ sameAs: inPush });
      continue;
    }
    const k = key(change.table, change.recordId);
    const current = state.get(k);
    const branch = branchFor(caller, change, current);
    if (!branches.has(branch)) throw new HttpError(400, `there is no branch ${branch}`);
    const currentVersion = current?.version ?? 0;
    if (change.baseVersion !== currentVersion) {
      const slot: Slot = { conflict: conflicted.length, changeId: change.changeId };
      slots.push(slot);
      firstInPush.set(change.changeId, slot);
      conflicted.push({ change, branch, current });
      continue;
    }
    const version = currentVersion + 1;
    const slot: Slot = { applied: applied.length, changeId: change.changeId };
    slots.push(slot);
    firstInPush.set(change.changeId, slot);
    applied.push({ change, branch, version });
    state.set(k, {
      branchId: branch,
      version,
      deleted: change.op === 'delete',
      data: change.op === 'put' ? change.data : null,
    });
  }

  const seqs = await insertChangeLog(c, caller, applied);
  await upsertRecords(c, applied, seqs);
  const conflictIds = await insertConflicts(c, caller, conflicted);

  const resolve = (slot: Slot): PushResult => {
    if ('final' in slot) return slot.final;
    if ('applied' in slot) {
      return {
        changeId: slot.changeId,
        status: 'applied',
        seq: seqs[slot.applied],
        version: applied[slot.applied]?.version,
      };
    }
    if ('conflict' in slot) {
      return {
        changeId: slot.changeId,
        status: 'conflict',
        conflictId: conflictIds[slot.conflict],
      };
    }
    const first = resolve(slot.sameAs);
    return first.status === 'applied' ? { ...first, status: 'duplicate' } : first;
  };
  return slots.map(resolve);
}

async function insertChangeLog(
  c: PoolClient,
  caller: Caller,
  applied: { change: Change; branch: string; version: number }[],
): Promise<number[]> {
  if (applied.length === 0) return [];
  // Numbers taken one by one under the write lock: increasing in the order of the push.
  const seqs = (
    await c.query<{ seq: number }>(
      "SELECT nextval(pg_get_serial_sequence('change_log', 'seq')) AS seq FROM generate_series(1, $1) ORDER BY 1",
      [applied.length],
    )
  ).rows.map((r) => r.seq);
  await c.query(
    `INSERT INTO change_log (seq, change_id, table_name, record_id, branch_id, version, op, data, user_id, device_id)
     SELECT s, id, t, r, b, v, o, d, $9::bigint, $10::uuid
       FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::jsonb[])
            AS x(s, id, t, r, b, v, o, d)`,
    [
      seqs,
      applied.map((a) => a.change.changeId),
      applied.map((a) => a.change.table),
      applied.map((a) => a.change.recordId),
      applied.map((a) => a.branch),
      applied.map((a) => a.version),
      applied.map((a) => a.change.op),
      applied.map((a) => (a.change.op === 'put' ? JSON.stringify(a.change.data) : null)),
      caller.userId,
      caller.deviceId,
    ],
  );
  return seqs;
}

async function upsertRecords(
  c: PoolClient,
  applied: { change: Change; branch: string; version: number }[],
  seqs: number[],
): Promise<void> {
  // One row per record: the last change of a record in this push is its new state.
  const last = new Map<string, { a: (typeof applied)[number]; seq: number | undefined }>();
  applied.forEach((a, i) => last.set(key(a.change.table, a.change.recordId), { a, seq: seqs[i] }));
  const rows = [...last.values()];
  if (rows.length === 0) return;
  await c.query(
    `INSERT INTO records (table_name, record_id, branch_id, version, deleted, data, last_seq)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bool[], $6::jsonb[], $7::bigint[])
     ON CONFLICT (table_name, record_id) DO UPDATE
        SET version = EXCLUDED.version, deleted = EXCLUDED.deleted, data = EXCLUDED.data, last_seq = EXCLUDED.last_seq`,
    [
      rows.map((r) => r.a.change.table),
      rows.map((r) => r.a.change.recordId),
      rows.map((r) => r.a.branch),
      rows.map((r) => r.a.version),
      rows.map((r) => r.a.change.op === 'delete'),
      rows.map((r) => (r.a.change.op === 'put' ? JSON.stringify(r.a.change.data) : null)),
      rows.map((r) => r.seq),
    ],
  );
}

async function insertConflicts(
  c: PoolClient,
  caller: Caller,
  conflicted: { change: Change; branch: string; current: Current | undefined }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const { change, branch, current } of conflicted) {
    const r = await c.query<{ id: number }>(
      `INSERT INTO conflicts (change_id, table_name, record_id, branch_id, base_version, server_version,
                              server_data, op, data, user_id, device_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        change.changeId,
        change.table,
        change.recordId,
        branch,
        change.baseVersion,
        current?.version ?? 0,
        current && !current.deleted ? JSON.stringify(current.data) : null,
        change.op,
        change.op === 'put' ? JSON.stringify(change.data) : null,
        caller.userId,
        caller.deviceId,
      ],
    );
    ids.push(firstRow(r.rows, 'INSERT INTO conflicts').id);
  }
  return ids;
}
