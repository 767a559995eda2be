import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  pullQuerySchema,
  LEGACY_EVIDENCE_TABLE,
  pushRequestSchema,
  resolveConflictSchema,
  type PushResponse,
  type SyncDirectory,
} from '../../shared/sync/protocol';
import { Phases, type Pool } from '../db';
import { createGate } from '../gate';
import { HttpError } from '../httpErrors';
import { callerOf, parseInput } from '../request';
import { listConflicts, resolveConflict } from '../sync/conflicts';
import { pullJson } from '../sync/pull';
import { applyPush } from '../sync/push';

const idParam = z.strictObject({ id: z.coerce.number().int().positive() });
const conflictQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });

/**
 * Pulls running at once, by default half the pool's connections: a pull holds a connection while
 * PostgreSQL writes a page of up to 500 changes, so fifty desktops pulling together would take
 * every connection and each push — what an officer waits for — would queue behind them. The rest
 * of the pool stays free for pushes; a pull waits its turn instead (it runs in the background).
 */
export function pullsAtOnce(pool: Pool, configured?: number): number {
  return configured ?? Math.max(1, Math.floor((pool.options.max ?? 10) / 2));
}

export function registerSyncRoutes(app: FastifyInstance, pool: Pool, pullLimit?: number): void {
  const pullGate = createGate(pullsAtOnce(pool, pullLimit));
  app.post('/api/sync/push', async (request, reply) => {
    const phases = new Phases(reply.elapsedTime);
    const caller = callerOf(request);
    const body = parseInput(pushRequestSchema, request.body);
    const legacy = body.changes.find((ch) => ch.table === LEGACY_EVIDENCE_TABLE);
    if (legacy) {
      // One shared record per file (desktops before schema v6) cannot say whose name it holds;
      // storing it would hand every branch's officers a file of another organisation.
      throw new HttpError(
        426,
        `this copy of GreenThread sends evidence the way versions before schema 6 did (evidence ${legacy.recordId}), which the bank server no longer accepts: update GreenThread on this computer and sync again — nothing from this push was stored`,
        'update_desktop_evidence',
      );
    }
    const results = await applyPush(pool, caller, body.changes, phases);
    void reply.header('server-timing', phases.header());
    const response: PushResponse = { results };
    return response;
  });

  app.get('/api/sync/pull', async (request, reply) => {
    const caller = callerOf(request);
    const q = parseInput(pullQuerySchema, request.query);
    const body = await pullGate(() => pullJson(pool, caller, q));
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/sync/directory', async (request) => {
    callerOf(request);
    const [branches, users] = await Promise.all([
      pool.query<{ id: string; name: string }>('SELECT id, name FROM branches ORDER BY id'),
      pool.query<{ id: number; branchId: string | null }>(
        'SELECT id, branch_id AS "branchId" FROM users ORDER BY id',
      ),
    ]);
    const directory: SyncDirectory = { branches: branches.rows, users: users.rows };
    return directory;
  });

  app.get('/api/sync/conflicts', async (request) => {
    const caller = callerOf(request);
    const q = parseInput(conflictQuery, request.query);
    return { conflicts: await listConflicts(pool, caller, q.all !== 'true') };
  });

  app.post('/api/sync/conflicts/:id/resolve', async (request) => {
    const caller = callerOf(request);
    const { id } = parseInput(idParam, request.params);
    const { resolution } = parseInput(resolveConflictSchema, request.body);
    return resolveConflict(pool, caller, id, resolution);
  });
}
