import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  pullQuerySchema,
  pushRequestSchema,
  resolveConflictSchema,
  type PushResponse,
  type SyncDirectory,
} from '../../shared/sync/protocol';
import type { Pool } from '../db';
import { callerOf, parseInput } from '../request';
import { listConflicts, resolveConflict } from '../sync/conflicts';
import { pull } from '../sync/pull';
import { applyPush } from '../sync/push';

const idParam = z.strictObject({ id: z.coerce.number().int().positive() });
const conflictQuery = z.strictObject({ all: z.enum(['true', 'false']).optional() });

export function registerSyncRoutes(app: FastifyInstance, pool: Pool): void {
  app.post('/api/sync/push', async (request) => {
    const caller = callerOf(request);
    const body = parseInput(pushRequestSchema, request.body);
    const results = await applyPush(pool, caller, body.changes);
    const response: PushResponse = { results };
    return response;
  });

  app.get('/api/sync/pull', async (request) => {
    const caller = callerOf(request);
    return pull(pool, caller, parseInput(pullQuerySchema, request.query));
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
