// The administrator: branches, users, devices, and the bank's criteria pack.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parsePack } from '../../shared/catalogue/parsePack';
import { PACK_LIMITS } from '../../shared/catalogue/packSchema';
import { audit } from '../auth';
import type { Pool } from '../db';
import { inTransaction } from '../db';
import { HttpError } from '../httpErrors';
import { parseInput, requireRole } from '../request';
import { newerPack } from '../sync/pull';
import { createBranch, createUser, newBranchSchema, newUserSchema, revokeDevice } from '../users';

const idParam = z.strictObject({ id: z.coerce.number().int().positive() });
const deviceParam = z.strictObject({ id: z.uuid({ message: 'a device id is a UUID' }) });

export function registerAdminRoutes(app: FastifyInstance, pool: Pool): void {
  app.get('/api/admin/branches', async (request) => {
    requireRole(request, 'admin', 'es_unit');
    return { branches: (await pool.query('SELECT id, name FROM branches ORDER BY id')).rows };
  });

  app.post('/api/admin/branches', async (request, reply) => {
    const caller = requireRole(request, 'admin');
    const body = parseInput(newBranchSchema, request.body);
    await createBranch(pool, caller, body);
    return reply.code(201).send(body);
  });

  app.get('/api/admin/users', async (request) => {
    requireRole(request, 'admin');
    const r = await pool.query(
      `SELECT id, username, display_name AS "displayName", role, branch_id AS "branchId",
              disabled_at AS "disabledAt" FROM users ORDER BY id`,
    );
    return { users: r.rows };
  });

  app.post('/api/admin/users', async (request, reply) => {
    const caller = requireRole(request, 'admin');
    const body = parseInput(newUserSchema, request.body);
    const { id } = await createUser(pool, caller, body);
    return reply.code(201).send({ id });
  });

  app.post('/api/admin/users/:id/disable', async (request) => {
    const caller = requireRole(request, 'admin');
    const { id } = parseInput(idParam, request.params);
    if (id === caller.userId)
      throw new HttpError(
        400,
        'an administrator cannot disable their own account',
        'admin_self_disable',
      );
    await inTransaction(pool, async (c) => {
      const r = await c.query(
        'UPDATE users SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL',
        [id],
      );
      if (r.rowCount === 0)
        throw new HttpError(404, `there is no active user ${id}`, 'user_not_found');
      await audit(c, caller, 'user_disabled', { id });
    });
    return { disabled: id };
  });

  app.get('/api/admin/devices', async (request) => {
    requireRole(request, 'admin');
    const r = await pool.query(
      `SELECT d.id, d.name, u.username, d.created_at AS "createdAt", d.last_seen_at AS "lastSeenAt",
              d.revoked_at AS "revokedAt" FROM devices d JOIN users u ON u.id = d.user_id
        ORDER BY d.created_at`,
    );
    return { devices: r.rows };
  });

  app.post('/api/admin/devices/:id/revoke', async (request) => {
    const caller = requireRole(request, 'admin');
    const { id } = parseInput(deviceParam, request.params);
    await revokeDevice(pool, caller, id);
    return { revoked: id };
  });

  // The pack file as JSON; checked by the same parsePack the desktop and CLI use.
  app.post('/api/admin/packs', { bodyLimit: PACK_LIMITS.maxFileBytes }, async (request, reply) => {
    const caller = requireRole(request, 'admin');
    const parsed = parsePack(request.body);
    if (!parsed.ok) {
      const shown = parsed.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
      throw new HttpError(
        400,
        `the criteria pack is not valid: ${shown.join('; ')}`,
        'pack_invalid',
      );
    }
    const { id, version } = parsed.pack;
    const seq = await inTransaction(pool, async (c) => {
      const r = await c.query<{ seq: number }>(
        `INSERT INTO packs (pack_id, pack_version, content, published_by, device_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (pack_id, pack_version) DO NOTHING RETURNING seq`,
        [id, version, JSON.stringify(request.body), caller.userId, caller.deviceId],
      );
      const row = r.rows[0];
      if (!row)
        throw new HttpError(
          409,
          `the pack ${id} version ${version} was published already`,
          'pack_published_already',
        );
      await audit(c, caller, 'pack_published', { packId: id, packVersion: version, seq: row.seq });
      return row.seq;
    });
    return reply.code(201).send({ seq, packId: id, packVersion: version });
  });

  app.get('/api/packs/current', async (request) => {
    requireRole(request, 'officer', 'es_unit', 'admin');
    return { pack: await newerPack(pool, 0) };
  });
}
