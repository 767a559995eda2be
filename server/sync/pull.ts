// Pull by cursor: the changes after `since` that the caller may see, oldest first.
import type {
  PublishedPack,
  PulledChange,
  PullQuery,
  PullResponse,
} from '../../shared/sync/protocol';
import type { Caller } from '../auth';
import type { Pool } from '../db';

/** null: every branch (head office); otherwise the one branch the caller works in. */
export function visibleBranch(caller: Caller): string | null {
  return caller.role === 'officer' ? caller.branchId : null;
}

interface LogRow {
  seq: number;
  change_id: string;
  table_name: PulledChange['table'];
  record_id: string;
  branch_id: string;
  version: number;
  op: 'put' | 'delete';
  data: Record<string, unknown> | null;
  user_id: number;
  device_id: string;
  at: Date;
}

/**
 * The highest change-log number below which every push has committed or rolled back
 * (sync_settled_horizon, migration 003: below the lowest number an open push has noted). Pulls that arrive together share one look, but never
 * one that began before they arrived: a pull must see every push that committed before it.
 */
function horizonOf(pool: Pool): () => Promise<number> {
  let running: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const start = (): Promise<number> => {
    const p = pool
      .query<{ h: number }>('SELECT sync_settled_horizon() AS h')
      .then((r) => r.rows[0]?.h ?? 0)
      .finally(() => {
        if (running === p) running = null;
      });
    running = p;
    return p;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
const horizons = new WeakMap<Pool, () => Promise<number>>();
export function settledHorizon(pool: Pool): Promise<number> {
  let h = horizons.get(pool);
  if (!h) {
    h = horizonOf(pool);
    horizons.set(pool, h);
  }
  return h();
}

export async function pull(pool: Pool, caller: Caller, q: PullQuery): Promise<PullResponse> {
  const branch = visibleBranch(caller);
  const horizon = await settledHorizon(pool);
  const r = await pool.query<LogRow>(
    `SELECT seq, change_id, table_name, record_id, branch_id, version, op, data, user_id, device_id, at
       FROM change_log
      WHERE seq > $1 AND seq <= $4 AND ($2::text IS NULL OR branch_id = $2)
      ORDER BY seq LIMIT $3`,
    [q.since, branch, q.limit + 1, horizon],
  );
  const hasMore = r.rows.length > q.limit;
  const rows = r.rows.slice(0, q.limit);
  const changes: PulledChange[] = rows.map((row) => ({
    seq: row.seq,
    changeId: row.change_id,
    table: row.table_name,
    recordId: row.record_id,
    branchId: row.branch_id,
    version: row.version,
    op: row.op,
    data: row.data,
    userId: row.user_id,
    deviceId: row.device_id,
    at: row.at.toISOString(),
  }));
  return {
    changes,
    cursor: rows.at(-1)?.seq ?? q.since,
    hasMore,
    pack: await newerPack(pool, q.packSeq),
  };
}

export async function newerPack(pool: Pool, packSeq: number): Promise<PublishedPack | null> {
  const r = await pool.query<{
    seq: number;
    pack_id: string;
    pack_version: string;
    published_at: Date;
    content: unknown;
  }>(
    'SELECT seq, pack_id, pack_version, published_at, content FROM packs WHERE seq > $1 ORDER BY seq DESC LIMIT 1',
    [packSeq],
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    seq: row.seq,
    packId: row.pack_id,
    packVersion: row.pack_version,
    publishedAt: row.published_at.toISOString(),
    content: row.content,
  };
}
