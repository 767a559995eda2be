// Pulls never hold every database connection: however many desktops pull at once, a push (what
// an officer waits for) still finds a connection (routes/sync.ts, pullsAtOnce).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullsAtOnce } from '../../server/routes/sync';
import { ADMIN_URL, auth, put, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('bank server: pulls leave connections for pushes', () => {
  let db: TestDb;
  let app: Awaited<ReturnType<typeof startBank>>['app'];
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('a push is answered while more pulls than the pool has connections are stuck', async () => {
    const poolMax = db.pool.options.max ?? 10;
    expect(pullsAtOnce(db.pool)).toBeLessThan(poolMax);
    // Every pull looks for a newer pack; holding the packs table makes each one wait there,
    // holding its connection, as a pull does while PostgreSQL writes a long page.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE packs IN ACCESS EXCLUSIVE MODE');
    const pulls = Array.from({ length: poolMax + 2 }, () =>
      app.inject({ method: 'GET', url: '/api/sync/pull?since=0', headers: auth(tokens.es) }),
    );
    const watcher = new pg.Client({ connectionString: db.url });
    await watcher.connect();
    const stuck = async () =>
      (
        await watcher.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND query LIKE '%FROM packs%'`,
        )
      ).rows[0]?.n ?? 0;
    try {
      // The pulls are let in and stuck before the push comes (as many as get a connection).
      let seen = -1;
      for (let same = 0; same < 5;) {
        const n = await stuck();
        same = n === seen && n >= pullsAtOnce(db.pool) ? same + 1 : 0;
        seen = n;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Before this change the pulls took every connection and the push waited for them.
      const push = app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(tokens.north1),
        payload: { changes: [put('applications', 'while-pulling', { n: 1 })] },
      });
      const blocked = new Promise<'blocked'>((r) => setTimeout(() => r('blocked'), 10_000));
      const answer = await Promise.race([push, blocked]);
      expect(answer).not.toBe('blocked');
      if (answer === 'blocked') return;
      expect(answer.json().results[0].status).toBe('applied');
      // The push says where its time went (the sync bench reports each phase's p95).
      expect(String(answer.headers['server-timing'])).toMatch(
        /^app;dur=[\d.]+, pre;dur=[\d.]+, wait;dur=[\d.]+, apply;dur=[\d.]+$/,
      );
    } finally {
      await holder.query('COMMIT');
      await holder.end();
      await watcher.end();
    }
    // …and every pull is then served, the push in it.
    for (const r of await Promise.all(pulls)) expect(r.statusCode).toBe(200);
  }, 30_000);
});
