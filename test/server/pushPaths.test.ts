// The push is one database call (migration 007) with two ways through it: every change new and
// each record once is written set-wise; retries and records changed twice in one push go one
// change at a time. Both must give the same answers and leave the same rows. Two banks get the
// same random pushes; the second bank's pushes also carry a retry of its first change, which
// sends every push down the change-at-a-time path.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, PushResult } from '../../shared/sync/protocol';
import { ADMIN_URL, auth, startBank, type TestDb, type Who } from './helpers';

interface Bank {
  db: TestDb;
  app: FastifyInstance;
  tokens: Record<Who, string>;
}

const RECORDS = ['r1', 'r2', 'r3', 'r4'];

/** One step of the script: who pushes, and each change as picks the test turns into a Change. */
const stepArb = fc.record({
  who: fc.constantFrom<Who>('north1', 'north1', 'north2', 'es', 'south1'),
  changes: fc.array(
    fc.record({
      record: fc.constantFrom(...RECORDS),
      // 0: on the version the pusher last saw; 1: on an older one (a conflict); 2: a retry of
      // an earlier change id; 3: a delete.
      kind: fc.constantFrom(0, 0, 0, 1, 2, 3),
      branch: fc.constantFrom<string | undefined>(undefined, undefined, 'north', 'south'),
      n: fc.integer({ min: 0, max: 999 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

describe.skipIf(!ADMIN_URL)('bank server: the one-call push', () => {
  let fast: Bank;
  let slow: Bank;
  beforeAll(async () => {
    fast = await startBank();
    slow = await startBank();
  });
  afterAll(async () => {
    await fast?.db.drop();
    await slow?.db.drop();
  });

  async function push(bank: Bank, who: Who, changes: Change[]) {
    const r = await bank.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(bank.tokens[who]),
      payload: { changes },
    });
    return {
      status: r.statusCode,
      results: r.statusCode === 200 ? r.json<{ results: PushResult[] }>().results : [],
      error: r.statusCode === 200 ? null : r.json<{ error: string }>().error,
    };
  }
  /**
   * Everything a push writes, without who wrote it (each bank has its own devices), and with
   * change and conflict numbers named by their change id: a push refused half-way burns the
   * numbers it drew, and the two ways through draw different numbers before refusing.
   */
  async function rows(bank: Bank, answers: PushResult[]) {
    type Row = Record<string, unknown>;
    const q = async (sql: string): Promise<Row[]> => (await bank.db.pool.query<Row>(sql)).rows;
    const log = await q(
      'SELECT seq, change_id, table_name, record_id, branch_id, version, op, data FROM change_log ORDER BY seq',
    );
    const conflicts = await q(
      'SELECT id, change_id, table_name, record_id, branch_id, base_version, server_version, server_data, op, data FROM conflicts ORDER BY id',
    );
    const bySeq = new Map(log.map((r) => [Number(r.seq), r.change_id as string]));
    const byConflict = new Map(conflicts.map((r) => [Number(r.id), r.change_id as string]));
    const records = await q(
      'SELECT table_name, record_id, branch_id, version, deleted, data, last_seq FROM records ORDER BY 1, 2',
    );
    return {
      records: records.map(({ last_seq, ...r }) => ({ ...r, last: bySeq.get(Number(last_seq)) })),
      log: log.map((r) => ({ ...r, seq: undefined })),
      conflicts: conflicts.map((r) => ({ ...r, id: undefined })),
      answers: answers.map(({ seq, conflictId, ...a }) => ({
        ...a,
        seq: seq === undefined ? undefined : bySeq.get(seq),
        conflictId: conflictId === undefined ? undefined : byConflict.get(conflictId),
      })),
    };
  }

  it('gives the same answers and rows whichever way a push goes through', async () => {
    // The retry that sends every push of the second bank down the one-at-a-time path.
    const first: Change = {
      changeId: randomUUID(),
      table: 'applications',
      recordId: 'seed',
      baseVersion: 0,
      op: 'put',
      data: { n: 0 },
    };
    expect((await push(fast, 'north1', [first])).status).toBe(200);
    expect((await push(slow, 'north1', [first])).status).toBe(200);

    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 8 }), async (steps) => {
        runs += 1;
        const sent: Change[] = [];
        const answered: { fast: PushResult[]; slow: PushResult[] } = { fast: [], slow: [] };
        for (const step of steps) {
          const versions = new Map(
            (
              await fast.db.pool.query<{ record_id: string; version: number }>(
                "SELECT record_id, version FROM records WHERE table_name = 'applications'",
              )
            ).rows.map((r) => [r.record_id, r.version]),
          );
          const changes: Change[] = step.changes.map((c) => {
            const earlier = sent[c.n % Math.max(1, sent.length)];
            if (c.kind === 2 && earlier) return earlier;
            const recordId = `run${runs}-${c.record}`;
            const current = versions.get(recordId) ?? 0;
            const base = c.kind === 1 ? Math.max(0, current - 1 - (c.n % 2)) : current;
            const common = {
              changeId: randomUUID(),
              table: 'applications' as const,
              recordId,
              baseVersion: base === current && c.kind === 1 ? current + 1 : base,
              ...(c.branch ? { branchId: c.branch } : {}),
            };
            return c.kind === 3
              ? { ...common, op: 'delete' as const }
              : { ...common, op: 'put' as const, data: { n: c.n, by: step.who } };
          });
          sent.push(...changes);
          const a = await push(fast, step.who, changes);
          const b = await push(slow, step.who, [...changes, first]);
          expect(b.status).toBe(a.status);
          expect(b.error).toBe(a.error);
          if (a.status === 200) {
            expect(b.results.at(-1)?.status).toBe('duplicate');
            expect(b.results.length).toBe(a.results.length + 1);
            answered.fast.push(...a.results);
            answered.slow.push(...b.results.slice(0, -1));
          }
        }
        expect(await rows(slow, answered.slow)).toEqual(await rows(fast, answered.fast));
      }),
      { numRuns: 25, seed: 20261204 },
    );
  }, 120_000);
});
