import pg from 'pg';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

// bigint columns (ids, sequence numbers) stay below 2^53 for any bank's lifetime: read as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createPool(connectionString: string, max = 10): Pool {
  return new pg.Pool({ connectionString, max });
}

/** Milliseconds spent in each named phase of one request, in the order they ran. */
export class Phases {
  readonly ms = new Map<string, number>();
  private last = performance.now();
  /** `beforeMs`: the time the request took to get here (parsing, signing in, the event loop). */
  constructor(beforeMs?: number) {
    if (beforeMs !== undefined) this.ms.set('pre', beforeMs);
  }
  /** Ends the phase running since the previous mark (or since this was made) and names it. */
  mark(name: string): void {
    const now = performance.now();
    this.ms.set(name, (this.ms.get(name) ?? 0) + now - this.last);
    this.last = now;
  }
  /** As Server-Timing entries: `wait;dur=1.2, lock;dur=0.4`. */
  header(): string {
    return [...this.ms].map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(', ');
  }
}

/**
 * Runs `work` in one transaction: everything it wrote is kept, or nothing is. With `phases`,
 * the wait for a connection and the commit are timed (`work` marks its own phases).
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (c: PoolClient) => Promise<T>,
  phases?: Phases,
): Promise<T> {
  const client = await pool.connect();
  phases?.mark('wait');
  try {
    await client.query('BEGIN');
    const result = await work(client);
    phases?.mark('work');
    await client.query('COMMIT');
    phases?.mark('commit');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The single row a statement must return (INSERT … RETURNING, UPDATE … RETURNING). */
export function firstRow<T>(rows: T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`expected a row from ${what}`);
  return row;
}
