// Pull by cursor: the changes after `since` that the caller may see, oldest first.
import type { PublishedPack, PullQuery, PullResponse } from '../../shared/sync/protocol';
import type { Caller } from '../auth';
import type { Pool } from '../db';

/** null: every branch (head office); otherwise the one branch the caller works in. */
export function visibleBranch(caller: Caller): string | null {
  return caller.role === 'officer' ? caller.branchId : null;
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

/**
 * One page as the JSON text the route sends. PostgreSQL writes the changes' JSON itself: each
 * record's data leaves the database as the text it stores, never parsed into objects and
 * serialised again here (that round trip was most of a pull's CPU on the server).
 */
export async function pullJson(pool: Pool, caller: Caller, q: PullQuery): Promise<string> {
  const branch = visibleBranch(caller);
  const horizon = await settledHorizon(pool);
  // One after the other: a pull holds one connection at a time (routes/sync.ts counts pulls).
  const page = await pool.query<{ changes: string; cursor: number | null; has_more: boolean }>(
    `WITH page AS (
         SELECT seq, change_id, table_name, record_id, branch_id, version, op, data, user_id, device_id, at
           FROM change_log
          WHERE seq > $1 AND seq <= $4 AND ($2::text IS NULL OR branch_id = $2)
          ORDER BY seq LIMIT $3 + 1
       ), shown AS (SELECT * FROM page ORDER BY seq LIMIT $3)
       SELECT (SELECT count(*) FROM page) > $3 AS has_more,
              (SELECT max(seq) FROM shown) AS cursor,
              (SELECT coalesce(json_agg(json_build_object(
                   'seq', seq, 'changeId', change_id, 'table', table_name, 'recordId', record_id,
                   'branchId', branch_id, 'version', version, 'op', op, 'data', data,
                   'userId', user_id, 'deviceId', device_id,
                   'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                 ORDER BY seq), '[]')::text FROM shown) AS changes`,
    [q.since, branch, q.limit, horizon],
  );
  const pack = await newerPack(pool, q.packSeq);
  const row = page.rows[0];
  const answer: Omit<PullResponse, 'changes'> = {
    cursor: row?.cursor ?? q.since,
    hasMore: row?.has_more ?? false,
    pack,
  };
  return `{"changes":${row?.changes ?? '[]'},${JSON.stringify(answer).slice(1)}`;
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
