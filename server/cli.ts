// The server's own commands, run on the bank's server by its IT:
//   migrate | create-branch <id> <name> | create-admin <username> <display name> | revoke-device <id>
//   | after-restore
// create-admin reads the password from GT_ADMIN_PASSWORD or the first line of standard input:
// there is no default password.
import { createInterface } from 'node:readline';
import { readConfig } from './config';
import { createPool } from './db';
import { HttpError } from './httpErrors';
import { migrate } from './migrate';
import { createBranch, createUser, newBranchSchema, newUserSchema, revokeDevice } from './users';

const CLI = { userId: null, deviceId: null };

async function readPassword(): Promise<string> {
  const fromEnv = process.env.GT_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('password for the new administrator: ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const config = readConfig();
  const pool = createPool(config.DATABASE_URL, 2);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(pool, config.GT_DB_APP_ROLE);
        console.log(
          applied.length ? `applied migrations ${applied.join(', ')}` : 'the schema is up to date',
        );
        break;
      }
      case 'create-branch': {
        const branch = newBranchSchema.parse({ id: rest[0], name: rest.slice(1).join(' ') });
        await createBranch(pool, CLI, branch);
        console.log(`branch ${branch.id} created`);
        break;
      }
      case 'create-admin': {
        const parsed = newUserSchema.safeParse({
          username: rest[0],
          displayName: rest.slice(1).join(' ') || rest[0],
          role: 'admin',
          branchId: null,
          password: await readPassword(),
        });
        if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
        const { id } = await createUser(pool, CLI, parsed.data);
        console.log(`administrator ${parsed.data.username} created (user ${id})`);
        break;
      }
      case 'after-restore': {
        // Desktops' cursors may be past the restored log's last number: new numbers must start
        // beyond anything they could have pulled, or their next pull would skip changes.
        const r = await pool.query<{ next: number }>(
          `SELECT setval(pg_get_serial_sequence('change_log', 'seq'),
                         (SELECT coalesce(max(seq), 0) FROM change_log) + 1000000000) + 1 AS next`,
        );
        console.log(`the change log continues at ${r.rows[0]?.next ?? '?'}`);
        break;
      }
      case 'revoke-device': {
        await revokeDevice(pool, CLI, rest[0] ?? '');
        console.log(`device ${rest[0]} revoked`);
        break;
      }
      default:
        console.error(
          'usage: server/cli.ts migrate | create-branch <id> <name> | create-admin <username> [display name] | revoke-device <device id> | after-restore',
        );
        process.exitCode = 2;
    }
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof HttpError || error instanceof Error ? error.message : error);
  process.exit(1);
});
