// Creating bank users: shared by the administrator's API and the server's own CLI.
import { z } from 'zod';
import { branchIdSchema, ROLES } from '../shared/sync/protocol';
import { audit, hashPassword, MIN_PASSWORD_CHARS } from './auth';
import type { Pool } from './db';
import { firstRow, inTransaction } from './db';
import { HttpError } from './httpErrors';

export const newUserSchema = z
  .strictObject({
    username: z
      .string()
      .min(2)
      .max(100)
      .regex(/^[a-z0-9._@-]+$/, {
        message: 'a user name holds lower-case letters, digits and . _ @ -',
      }),
    displayName: z.string().min(1).max(200),
    role: z.enum(ROLES),
    branchId: branchIdSchema.nullable().default(null),
    password: z
      .string()
      .min(MIN_PASSWORD_CHARS, {
        message: `a password has at least ${MIN_PASSWORD_CHARS} characters`,
      })
      .max(1_000),
  })
  .refine((u) => u.role !== 'officer' || u.branchId !== null, {
    message: 'an officer works in a branch: give branchId',
    path: ['branchId'],
  });
export type NewUser = z.infer<typeof newUserSchema>;

export const newBranchSchema = z.strictObject({
  id: branchIdSchema,
  name: z.string().min(1).max(200),
});

export async function createUser(
  pool: Pool,
  by: { userId: number | null; deviceId: string | null },
  user: NewUser,
): Promise<{ id: number }> {
  const passwordHash = await hashPassword(user.password);
  return inTransaction(pool, async (c) => {
    if (user.branchId) {
      const b = await c.query('SELECT 1 FROM branches WHERE id = $1', [user.branchId]);
      if (b.rowCount === 0)
        throw new HttpError(400, `there is no branch ${user.branchId}`, 'branch_not_found');
    }
    const taken = await c.query('SELECT 1 FROM users WHERE username = $1', [user.username]);
    if ((taken.rowCount ?? 0) > 0)
      throw new HttpError(409, `the user name ${user.username} is taken`, 'user_name_taken');
    const r = await c.query<{ id: number }>(
      `INSERT INTO users (username, display_name, role, branch_id, password_hash)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [user.username, user.displayName, user.role, user.branchId, passwordHash],
    );
    const id = firstRow(r.rows, 'INSERT INTO users').id;
    await audit(c, by, 'user_created', {
      id,
      username: user.username,
      role: user.role,
      branchId: user.branchId,
    });
    return { id };
  });
}

export async function createBranch(
  pool: Pool,
  by: { userId: number | null; deviceId: string | null },
  branch: z.infer<typeof newBranchSchema>,
): Promise<void> {
  await inTransaction(pool, async (c) => {
    const r = await c.query(
      'INSERT INTO branches (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [branch.id, branch.name],
    );
    if (r.rowCount === 0)
      throw new HttpError(409, `the branch ${branch.id} exists already`, 'branch_exists');
    await audit(c, by, 'branch_created', branch);
  });
}

export async function revokeDevice(
  pool: Pool,
  by: { userId: number | null; deviceId: string | null },
  deviceId: string,
): Promise<void> {
  await inTransaction(pool, async (c) => {
    const r = await c.query(
      'UPDATE devices SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL',
      [deviceId, by.userId],
    );
    if (r.rowCount === 0)
      throw new HttpError(404, `there is no active device ${deviceId}`, 'device_not_found');
    await audit(c, by, 'device_revoked', { deviceId });
  });
}
