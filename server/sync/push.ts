// Applying one push: every change is applied, recognised as a retry, or kept as a conflict, in
// one transaction. Pushes run side by side: each locks only the records it writes, and takes the
// sync lock only for the instant it notes the lowest change number it may use (migration 003);
// a pull reads only below the lowest number an open push noted (pull.ts), so a change that
// commits late is never stepped over, and a pull never waits for a push to commit.
import type { Change, PushResult } from '../../shared/sync/protocol';
import type { Caller } from '../auth';
import type { Phases, Pool, PoolClient } from '../db';
import { firstRow, inTransaction } from '../db';
import { HttpError } from '../httpErrors';

interface Current {
  branchId: string;
  version: number;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

/** One record's name in the lock and lookup maps. */
export const recordKey = (table: string, recordId: string) => `${table}\u0001${recordId}`;
const key = recordKey;

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
  phases?: Phases,
): Promise<PushResult[]> {
  return inTransaction(pool, (c) => applyChanges(c, caller, changes, phases), phases);
}

interface SeenRow {
  change_id: string;
  seq: number;
  version: number;
}
interface ConflictSeenRow {
  change_id: string;
  id: number;
}
interface RecordRow {
  table_name: string;
  record_id: string;
  branch_id: string;
  version: number;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

/**
 * Applies `changes` in order inside the caller's open transaction, in as few round trips as it
 * can: a push holds a pooled connection throughout, and fifty desktops pushing at once queue for
 * those connections (the sync bench's `wait` phase).
 */
export async function applyChanges(
  c: PoolClient,
  caller: Caller,
  changes: Change[],
  phases?: Phases,
): Promise<PushResult[]> {
  phases?.mark('begin');
  // The locks (the sync lock shared, each record exclusively, held to commit), then one read of
  // what the push touches, in one call (migration 006): the read is its own statement inside it,
  // so its snapshot is taken after the lock waits.
  const ids = changes.map((ch) => ch.changeId);
  const read = firstRow(
    (
      await c.query<{
        seen: SeenRow[] | null;
        conflicted: ConflictSeenRow[] | null;
        records: RecordRow[] | null;
        branches: string[] | null;
      }>('SELECT * FROM sync_lock_and_read($1::text[], $2::uuid[], $3::text[], $4::text[])', [
        changes.map((ch) => key(ch.table, ch.recordId)),
        ids,
        changes.map((ch) => ch.table),
        changes.map((ch) => ch.recordId),
      ])
    ).rows,
    'the push read',
  );
  phases?.mark('read');
  const seen = new Map<string, PushResult>();
  for (const r of read.seen ?? []) {
    seen.set(r.change_id, {
      changeId: r.change_id,
      status: 'duplicate',
      seq: r.seq,
      version: r.version,
    });
  }
  for (const r of read.conflicted ?? []) {
    seen.set(r.change_id, { changeId: r.change_id, status: 'conflict', conflictId: r.id });
  }

  const state = new Map<string, Current>();
  for (const r of read.records ?? []) {
    state.set(key(r.table_name, r.record_id), {
      branchId: r.branch_id,
      version: r.version,
      deleted: r.deleted,
      data: r.data,
    });
  }
  const branches = new Set(read.branches ?? []);

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

  phases?.mark('check');
  const seqs = await writeApplied(c, caller, applied);
  const conflictIds = await insertConflicts(c, caller, conflicted);
  phases?.mark('write');

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

type Applied = { change: Change; branch: string; version: number };

/**
 * The change-log rows and the records' new state in one statement. Numbers come from the
 * sequence as the rows are inserted; the records take the number of their last change here.
 */
async function writeApplied(c: PoolClient, caller: Caller, applied: Applied[]): Promise<number[]> {
  if (applied.length === 0) return [];
  // The last change of a record in this push is its new state (one row per record).
  const last = new Map<string, string>();
  for (const a of applied) last.set(key(a.change.table, a.change.recordId), a.change.changeId);
  const r = await c.query<{ change_id: string; seq: number }>(
    `WITH log AS (
       INSERT INTO change_log (change_id, table_name, record_id, branch_id, version, op, data, user_id, device_id)
       SELECT id, t, r, b, v, o, d, $8::bigint, $9::uuid
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::jsonb[])
              AS x(id, t, r, b, v, o, d)
       RETURNING seq, change_id, table_name, record_id, branch_id, version, op, data
     ), rec AS (
       INSERT INTO records (table_name, record_id, branch_id, version, deleted, data, last_seq)
       SELECT table_name, record_id, branch_id, version, op = 'delete', data, seq
         FROM log WHERE change_id = ANY($10::uuid[])
       ON CONFLICT (table_name, record_id) DO UPDATE
          SET version = EXCLUDED.version, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
              last_seq = EXCLUDED.last_seq
     )
     SELECT change_id, seq FROM log`,
    [
      applied.map((a) => a.change.changeId),
      applied.map((a) => a.change.table),
      applied.map((a) => a.change.recordId),
      applied.map((a) => a.branch),
      applied.map((a) => a.version),
      applied.map((a) => a.change.op),
      applied.map((a) => (a.change.op === 'put' ? JSON.stringify(a.change.data) : null)),
      caller.userId,
      caller.deviceId,
      [...last.values()],
    ],
  );
  const seqOf = new Map(r.rows.map((row) => [row.change_id, row.seq]));
  return applied.map((a) => {
    const seq = seqOf.get(a.change.changeId);
    if (seq === undefined) throw new Error(`change ${a.change.changeId} was not logged`);
    return seq;
  });
}

async function insertConflicts(
  c: PoolClient,
  caller: Caller,
  conflicted: { change: Change; branch: string; current: Current | undefined }[],
): Promise<number[]> {
  if (conflicted.length === 0) return [];
  const r = await c.query<{ id: number; change_id: string }>(
    `INSERT INTO conflicts (change_id, table_name, record_id, branch_id, base_version, server_version,
                            server_data, op, data, user_id, device_id)
     SELECT id, t, r, b, bv, sv, sd, o, d, $10::bigint, $11::uuid
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[],
                   $7::jsonb[], $8::text[], $9::jsonb[]) AS x(id, t, r, b, bv, sv, sd, o, d)
     RETURNING id, change_id`,
    [
      conflicted.map(({ change }) => change.changeId),
      conflicted.map(({ change }) => change.table),
      conflicted.map(({ change }) => change.recordId),
      conflicted.map(({ branch }) => branch),
      conflicted.map(({ change }) => change.baseVersion),
      conflicted.map(({ current }) => current?.version ?? 0),
      conflicted.map(({ current }) =>
        current && !current.deleted ? JSON.stringify(current.data) : null,
      ),
      conflicted.map(({ change }) => change.op),
      conflicted.map(({ change }) => (change.op === 'put' ? JSON.stringify(change.data) : null)),
      caller.userId,
      caller.deviceId,
    ],
  );
  const idOf = new Map(r.rows.map((row) => [row.change_id, row.id]));
  return conflicted.map(({ change }) => {
    const id = idOf.get(change.changeId);
    if (id === undefined) throw new Error(`conflict ${change.changeId} was not kept`);
    return id;
  });
}
