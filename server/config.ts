// Everything the service reads from its environment, checked once at start.
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, { message: 'DATABASE_URL is required (postgres://…)' }),
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  /** Loopback by default: the bank's TLS reverse proxy forwards to it. */
  HOST: z.string().default('127.0.0.1'),
  /**
   * Database connections the service keeps open. Pushes run side by side, each holding one for
   * its transaction; more than a few per CPU core only adds waiting inside PostgreSQL.
   */
  PG_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  /** Pulls served at once; by default half of PG_POOL_MAX, so pulls never hold every connection. */
  PG_PULLS_AT_ONCE: z.coerce.number().int().min(1).max(200).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when the service sits behind a reverse proxy, so logged client addresses are the real ones. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** The database role the service runs as, granted what it needs by `server:migrate`. */
  GT_DB_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
});
export type ServerConfig = z.infer<typeof envSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`server configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}
