// `npm run server` with SERVER_PROCESSES=2: two servers answer on one port, both stop on
// SIGTERM, and a database that cannot be served stops everything with exit 1 instead of a
// restart loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ADMIN_URL, createTestDb, type TestDb } from './helpers';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

function start(url: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      SERVER_PROCESSES: '2',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}
const exited = (p: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (p.exitCode !== null) resolve(p.exitCode);
    else p.once('exit', (code) => resolve(code));
  });
/** The server processes whose parent is `pid` (Linux /proc; tsx's esbuild is not one). */
const childrenOf = (pid: number) =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return (
          Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === pid
        );
      } catch {
        return false;
      }
    });

describe.skipIf(!ADMIN_URL)('bank server: several server processes', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('answers from two processes on one port and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const server = start(db.url, port);
    try {
      let ok = false;
      for (let i = 0; i < 300 && !ok; i++) {
        ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ok) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ok).toBe(true);
      expect(childrenOf(server.pid!)).toHaveLength(2);
      // Unauthenticated requests are still refused, whichever process takes them.
      for (let i = 0; i < 6; i++) {
        const r = await fetch(`http://127.0.0.1:${port}/api/sync/pull`, {
          headers: { connection: 'close' },
        });
        expect(r.status).toBe(401);
      }
      const workers = childrenOf(server.pid!);
      server.kill('SIGTERM');
      expect(await exited(server)).toBe(0);
      for (const pid of workers) expect(() => process.kill(Number(pid), 0)).toThrow();
    } finally {
      server.kill('SIGKILL');
    }
  }, 60_000);

  it('stops with exit 1, not a restart loop, when the database is not migrated', async () => {
    const name = `${db.name}_bare`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(db.url);
      url.pathname = `/${name}`;
      const server = start(url.toString(), await freePort());
      let said = '';
      server.stderr?.on('data', (d: Buffer) => (said += d.toString()));
      expect(await exited(server)).toBe(1);
      expect(said).toContain('run npm run server:migrate');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
