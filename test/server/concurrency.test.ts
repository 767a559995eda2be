// Pushes run side by side (no global write lock) and a pull does not wait for them, yet a pull
// never steps past a change that is still committing: it reads only below the lowest number an
// open push has noted (migration 003).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFromToken } from '../../server/auth';
import { applyChanges } from '../../server/sync/push';
import type { PulledChange } from '../../shared/sync/protocol';
import { ADMIN_URL, auth, put, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('bank server: concurrent pushes and pulls', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const pullAll = (since: number) =>
    app.inject({ method: 'GET', url: `/api/sync/pull?since=${since}`, headers: auth(tokens.es) });

  it('a push still committing blocks neither another push nor a pull, and no pull steps past it', async () => {
    const north1 = await callerFromToken(db.pool, `Bearer ${tokens.north1}`);
    if (!north1) throw new Error('north1 is not signed in');
    // Push A takes its change-log number, then stays open (a slow desk, a long write).
    const slow = await db.pool.connect();
    await slow.query('BEGIN');
    const [a] = await applyChanges(slow, north1, [put('applications', 'slow-a', { n: 1 })]);
    try {
      // Push B, on another record, commits meanwhile: it does not wait for A.
      const b = app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(tokens.north2),
        payload: { changes: [put('applications', 'quick-b', { n: 2 })] },
      });
      const blocked = new Promise<'blocked'>((r) => setTimeout(() => r('blocked'), 15_000));
      const bDone = await Promise.race([b, blocked]);
      expect(bDone).not.toBe('blocked');
      if (bDone === 'blocked') return;
      const bSeq = bDone.json().results[0].seq as number;
      expect(bSeq).toBeGreaterThan(a?.seq ?? Infinity);

      // A pull meanwhile answers at once (schema 2 made it wait for A), and stops below A: it
      // must not hand out B's number as a cursor while A, a lower number, may still commit.
      const whileOpen = await Promise.race([pullAll(0), blocked]);
      expect(whileOpen).not.toBe('blocked');
      if (whileOpen === 'blocked') return;
      const page1 = whileOpen.json<{ changes: PulledChange[]; cursor: number }>();
      expect(page1.changes.map((ch) => ch.recordId)).not.toContain('quick-b');
      expect(page1.cursor).toBeLessThan(a?.seq ?? 0);
      await slow.query('COMMIT');
      const page2 = (await pullAll(page1.cursor)).json<{ changes: PulledChange[] }>();
      const seen = page2.changes.map((ch) => ch.recordId);
      expect(seen.indexOf('slow-a')).toBeGreaterThanOrEqual(0);
      expect(seen.indexOf('slow-a')).toBeLessThan(seen.indexOf('quick-b'));
    } finally {
      await slow.query('ROLLBACK').catch(() => undefined);
      slow.release();
    }
  });

  it('two pushes of the same record at once: one applies, the other is kept as a conflict', async () => {
    const sends = (['north1', 'north2'] as const).map((who) =>
      app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(tokens[who]),
        payload: { changes: [put('applications', 'race-1', { by: who })] },
      }),
    );
    const statuses = (await Promise.all(sends)).map((r) => r.json().results[0].status as string);
    expect(statuses.sort()).toEqual(['applied', 'conflict']);
    const rec = await db.pool.query("SELECT version FROM records WHERE record_id = 'race-1'");
    expect(rec.rows).toEqual([{ version: 1 }]);
  });
});
