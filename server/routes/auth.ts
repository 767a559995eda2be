import type { FastifyInstance } from 'fastify';
import { signInRequestSchema, type Role, type SignInResponse } from '../../shared/sync/protocol';
import { callerOf, parseInput } from '../request';
import { audit, checkPassword, issueDeviceToken } from '../auth';
import type { Pool } from '../db';
import { inTransaction } from '../db';
import { HttpError } from '../httpErrors';

export function registerAuthRoutes(app: FastifyInstance, pool: Pool): void {
  // A desktop signs in once with the person's password and keeps the device token it gets.
  app.post('/api/auth/sign-in', async (request) => {
    const body = parseInput(signInRequestSchema, request.body);
    const user = (
      await pool.query<{
        id: number;
        username: string;
        display_name: string;
        role: Role;
        branch_id: string | null;
        password_hash: string;
        disabled_at: Date | null;
      }>('SELECT * FROM users WHERE username = $1', [body.username])
    ).rows[0];
    const ok = await checkPassword(user?.password_hash, body.password);
    if (!user || !ok || user.disabled_at) {
      await audit(pool, { userId: user?.id ?? null, deviceId: null }, 'sign_in_refused', {
        username: body.username,
        ip: request.ip,
      });
      throw new HttpError(
        401,
        'the user name or password is wrong, or the account is disabled',
        'sign_in_wrong',
      );
    }
    const issued = await inTransaction(pool, async (c) => {
      const t = await issueDeviceToken(c, user.id, body.deviceName);
      await audit(c, { userId: user.id, deviceId: t.deviceId }, 'device_signed_in', {
        deviceName: body.deviceName,
        ip: request.ip,
      });
      return t;
    });
    const response: SignInResponse = {
      token: issued.token,
      deviceId: issued.deviceId,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        branchId: user.branch_id,
      },
    };
    return response;
  });

  app.get('/api/me', (request, reply) => reply.send(callerOf(request)));

  app.post('/api/auth/sign-out', async (request) => {
    const caller = callerOf(request);
    await inTransaction(pool, async (c) => {
      await c.query('UPDATE devices SET revoked_at = now(), revoked_by = $2 WHERE id = $1', [
        caller.deviceId,
        caller.userId,
      ]);
      await audit(c, caller, 'device_signed_out');
    });
    return { signedOut: true };
  });
}
