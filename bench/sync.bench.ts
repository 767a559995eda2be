// Sync under load: 50 simulated officers in 5 branches each create 200 applications (and edit
// some) in rounds, pushing and pulling concurrently against the real server (a child process
// on loopback) and a real PostgreSQL, then the E&S unit pulls everything.
// Goals [D]: p95 push ≤ 200 ms, converge ≤ 60 s, every client equal to the server, nothing lost.
// Needs GT_TEST_DATABASE_URL (a maintenance database URL; .ci/run and docs/server.md say how).
// Run: npx tsx bench/sync.bench.ts  → bench/results/sync.json
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SyncClient, signIn, type FetchLike } from '../renderer/src/sync/client';
import { MemorySyncStore } from '../renderer/src/sync/memoryStore';
import { createPool } from '../server/db';
import { migrate } from '../server/migrate';
import { createBranch, createUser } from '../server/users';

const OFFICERS = 50;
const BRANCHES = 5;
const APPS_PER_OFFICER = 200;
const ROUNDS = 10;
const GOAL_P95_MS = 200;
const GOAL_CONVERGE_S = 60;
const TIME_LIMIT_MS = 180_000;
const PASSWORD = 'bench password long enough';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const adminUrl = process.env.GT_BENCH_DATABASE_URL ?? process.env.GT_TEST_DATABASE_URL;
if (!adminUrl) {
  console.error('sync bench: set GT_TEST_DATABASE_URL to a PostgreSQL maintenance database URL');
  process.exit(1);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order keys were written in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

/** CPU seconds a process has used so far (Linux /proc), or null where there is none. */
const cpuSecondsOf = (pid: number | undefined): number | null => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};
/**
 * CPU seconds the PostgreSQL backends serving database `db` have used so far (their command line
 * names the database: `postgres: user db host state`). A backend that ended is not counted.
 */
const postgresCpuSeconds = (db: string): number | null => {
  let total = 0;
  let seen = false;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${db} `)) continue;
      total += cpuSecondsOf(Number(pid)) ?? 0;
      seen = true;
    } catch {
      // the process ended while we looked
    }
  }
  return seen ? total : null;
};
const loadAtStart = loadavg()[0] ?? 0;

const dbName = `gt_bench_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const pool = createPool(url.toString(), 4);
const killTimer = setTimeout(() => {
  console.error(`sync bench: over ${TIME_LIMIT_MS / 1000} s, stopped`);
  process.exit(1);
}, TIME_LIMIT_MS);

let server: ReturnType<typeof spawn> | undefined;
try {
  await migrate(pool);
  const by = { userId: null, deviceId: null };
  for (let b = 0; b < BRANCHES; b++)
    await createBranch(pool, by, { id: `b${b}`, name: `Branch ${b}` });
  await Promise.all(
    Array.from({ length: OFFICERS }, (_, i) =>
      createUser(pool, by, {
        username: `officer${i}`,
        displayName: `Officer ${i}`,
        role: 'officer',
        branchId: `b${i % BRANCHES}`,
        password: PASSWORD,
      }),
    ),
  );
  await createUser(pool, by, {
    username: 'es',
    displayName: 'E&S',
    role: 'es_unit',
    branchId: null,
    password: PASSWORD,
  });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      ...(process.env.GT_BENCH_SERVER_PROF
        ? ['--cpu-prof', '--cpu-prof-dir', process.env.GT_BENCH_SERVER_PROF]
        : []),
      '--import',
      'tsx',
      'server/main.ts',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PORT: String(port),
        LOG_LEVEL: process.env.GT_BENCH_SERVER_LOG ?? 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let i = 0; ; i++) {
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  const pushMs: number[] = [];
  // The server's own time per push (its Server-Timing header): the client-side figure also holds
  // the time this process, running all 50 clients on the same cores, took to get to the answer.
  const pushServerMs: number[] = [];
  // …and its phases (pre: before the route ran; wait: for a pooled connection; lock, read,
  // check, write, commit: the push's transaction), to say where a slow push spent its time.
  const pushPhaseMs = new Map<string, number[]>();
  const timedFetch: FetchLike = async (u, init) => {
    const t0 = performance.now();
    const res = await fetch(u, init);
    if (u.includes('/api/sync/push')) {
      // The push's time is until its whole answer has arrived.
      await res.clone().arrayBuffer();
      pushMs.push(performance.now() - t0);
      for (const [, name, dur] of (res.headers.get('server-timing') ?? '').matchAll(
        /([\w-]+);dur=([\d.]+)/g,
      )) {
        if (!name || !dur) continue;
        if (name === 'app') pushServerMs.push(Number(dur));
        else pushPhaseMs.set(name, [...(pushPhaseMs.get(name) ?? []), Number(dur)]);
      }
    }
    return res;
  };
  const clients = await Promise.all(
    Array.from({ length: OFFICERS }, async (_, i) => {
      const s = await signIn(fetch, baseUrl, {
        username: `officer${i}`,
        password: PASSWORD,
        deviceName: `pc-${i}`,
      });
      const store = new MemorySyncStore();
      return {
        i,
        branch: `b${i % BRANCHES}`,
        store,
        sync: new SyncClient({ baseUrl, token: s.token, store, fetch: timedFetch }),
      };
    }),
  );

  const perRound = APPS_PER_OFFICER / ROUNDS;
  const serverCpuAtStart = cpuSecondsOf(server.pid);
  const postgresCpuAtStart = postgresCpuSeconds(dbName);
  const t0 = performance.now();
  const clientCpuAtStart = process.cpuUsage();
  await Promise.all(
    clients.map(async (c) => {
      for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < perRound; k++) {
          const n = round * perRound + k;
          await c.store.write('applications', `o${c.i}-app${n}`, {
            orgId: `o${c.i}-org${n}`,
            status: 'received',
            amountMnt: (n + 1) * 1_000_000,
            category: n % 3 === 0 ? 'B' : 'C',
            womenLed: n % 2,
          });
        }
        // An edit of last round's first application: a second version of an existing record.
        if (round > 0) {
          await c.store.write('applications', `o${c.i}-app${(round - 1) * perRound}`, {
            orgId: `o${c.i}-org${(round - 1) * perRound}`,
            status: 'in_review',
            amountMnt: 1,
            category: 'B',
            womenLed: 0,
          });
        }
        await c.sync.sync();
      }
    }),
  );
  const pushPhaseS = (performance.now() - t0) / 1000;
  const serverCpuAtEnd = cpuSecondsOf(server.pid);
  const postgresCpuAtEnd = postgresCpuSeconds(dbName);
  const clientCpu = process.cpuUsage(clientCpuAtStart);
  const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;

  // Converge: everyone syncs once more; the E&S unit pulls the whole bank.
  const tc = performance.now();
  await Promise.all(clients.map((c) => c.sync.sync()));
  const esSession = await signIn(fetch, baseUrl, {
    username: 'es',
    password: PASSWORD,
    deviceName: 'hq',
  });
  const esStore = new MemorySyncStore();
  await new SyncClient({ baseUrl, token: esSession.token, store: esStore, fetch }).sync();
  const convergeS = (performance.now() - t0) / 1000;
  const finalRoundS = (performance.now() - tc) / 1000;

  // Every client equals the server's branch; the E&S unit equals the whole server; nothing pending.
  const rows = (
    await pool.query<{ table_name: string; record_id: string; branch_id: string; data: unknown }>(
      'SELECT table_name, record_id, branch_id, data FROM records WHERE NOT deleted',
    )
  ).rows;
  const snapshot = (branch: string | null) => {
    const out: Record<string, unknown> = {};
    for (const r of rows
      .filter((r) => branch === null || r.branch_id === branch)
      .sort((a, b) =>
        `${a.table_name}/${a.record_id}`.localeCompare(`${b.table_name}/${b.record_id}`),
      )) {
      out[`${r.table_name}/${r.record_id}`] = r.data;
    }
    return canonical(out);
  };
  const branchSnap = new Map(
    Array.from({ length: BRANCHES }, (_, b) => [`b${b}`, snapshot(`b${b}`)]),
  );
  let mismatched = 0;
  for (const c of clients) {
    if (canonical(c.store.snapshot()) !== branchSnap.get(c.branch)) mismatched += 1;
    if ((await c.store.outbox()).length > 0) mismatched += 1;
  }
  if (canonical(esStore.snapshot()) !== snapshot(null)) mismatched += 1;
  const expectedRecords = OFFICERS * APPS_PER_OFFICER;
  const logged =
    (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM change_log')).rows[0]?.n ?? 0;
  const conflicts =
    (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM conflicts')).rows[0]?.n ?? 0;

  const result = {
    officers: OFFICERS,
    branches: BRANCHES,
    applicationsPerOfficer: APPS_PER_OFFICER,
    records: rows.length,
    expectedRecords,
    changesLogged: logged,
    conflicts,
    pushes: pushMs.length,
    changesPerSecond: Math.round(logged / pushPhaseS),
    pushP50Ms: Math.round(percentile(pushMs, 50)),
    pushP95Ms: Math.round(percentile(pushMs, 95)),
    pushMaxMs: Math.round(Math.max(...pushMs)),
    pushServerP50Ms: Math.round(percentile(pushServerMs, 50)),
    pushServerP95Ms: Math.round(percentile(pushServerMs, 95)),
    /** Each phase of the server's push time: p50 / p95 in ms. */
    pushServerPhasesMs: Object.fromEntries(
      [...pushPhaseMs].map(([name, xs]) => [
        name,
        `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}`,
      ]),
    ),
    /** This process's CPU (the 50 simulated desktops) per sync in the work phase. */
    clientCpuMsPerSync: Math.round(clientCpuMs / pushMs.length),
    workPhaseS: Number(pushPhaseS.toFixed(1)),
    finalSyncRoundS: Number(finalRoundS.toFixed(1)),
    convergeS: Number(convergeS.toFixed(1)),
    clientsMismatched: mismatched,
    /** The server process's CPU time per sync (one push and its pulls) in the work phase; PostgreSQL's not counted. */
    serverCpuMsPerSync:
      serverCpuAtStart !== null && serverCpuAtEnd !== null
        ? Math.round(((serverCpuAtEnd - serverCpuAtStart) * 1000) / pushMs.length)
        : null,
    /** PostgreSQL's CPU time per sync in the work phase (only when it runs on this machine). */
    postgresCpuMsPerSync:
      postgresCpuAtStart !== null && postgresCpuAtEnd !== null
        ? Math.round(((postgresCpuAtEnd - postgresCpuAtStart) * 1000) / pushMs.length)
        : null,
    poolMax: Number(process.env.PG_POOL_MAX ?? 10),
    pullsAtOnce: Number(
      process.env.PG_PULLS_AT_ONCE ?? Math.floor(Number(process.env.PG_POOL_MAX ?? 10) / 2),
    ),
    cpuCores: availableParallelism(),
    /** Other work on the machine while measuring: latencies scale with it. */
    loadAverage1mAtStart: Number(loadAtStart.toFixed(1)),
    loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(1)),
    goals: { pushP95Ms: GOAL_P95_MS, convergeS: GOAL_CONVERGE_S },
    met:
      percentile(pushMs, 95) <= GOAL_P95_MS &&
      convergeS <= GOAL_CONVERGE_S &&
      mismatched === 0 &&
      rows.length === expectedRecords &&
      conflicts === 0,
  };
  console.table(result);
  console.log('server push phases, p50 / p95 ms:', result.pushServerPhasesMs);
  const out = join(root, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sync.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (mismatched > 0 || rows.length !== expectedRecords) {
    console.error('sync bench: clients and server differ');
    process.exitCode = 1;
  }
} finally {
  clearTimeout(killTimer);
  server?.kill('SIGTERM');
  await pool.end();
  await new Promise((r) => setTimeout(r, 500));
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
