// `npm run server`: serve the API until SIGTERM/SIGINT, then finish open requests and stop.
// With SERVER_PROCESSES above 1 this process only starts that many servers on the same port
// (node:cluster hands each connection to one of them), starts a new one if one dies, and stops
// them all on SIGTERM/SIGINT.
import cluster from 'node:cluster';
import { buildApp } from './app';
import { readConfig, type ServerConfig } from './config';
import { createPool } from './db';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrate';

const config = readConfig();
if (config.SERVER_PROCESSES > 1 && cluster.isPrimary) superviseServers(config.SERVER_PROCESSES);
else await serve(config);

async function serve(c: ServerConfig): Promise<void> {
  const pool = createPool(c.DATABASE_URL, c.PG_POOL_MAX);
  const version = await schemaVersion(pool);
  if (version !== LATEST_SCHEMA_VERSION) {
    console.error(
      `the database is at schema ${version ?? 'none'}, this server needs ${LATEST_SCHEMA_VERSION}: run npm run server:migrate`,
    );
    process.exit(1);
  }
  const app = buildApp({
    pool,
    logger: { level: c.LOG_LEVEL },
    trustProxy: c.TRUST_PROXY,
    pullsAtOnce: c.PG_PULLS_AT_ONCE,
  });
  await app.listen({ host: c.HOST, port: c.PORT });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0));
    });
  }
}

function superviseServers(count: number): void {
  let stopping = false;
  let failed = false;
  let restartsInAMinute = 0;
  setInterval(() => (restartsInAMinute = 0), 60_000).unref();
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    // A server that cannot start (wrong schema, port taken) would fail again at once: stop
    // rather than spin, so systemd's Restart= and its journal say what is wrong.
    restartsInAMinute += 1;
    if (code === 1 || restartsInAMinute > count * 3) {
      console.error(`a server process stopped (exit ${code ?? signal}); stopping the others`);
      stopping = true;
      failed = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    console.error(
      `server process ${worker.process.pid} stopped (${code ?? signal}); starting another`,
    );
    cluster.fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    });
  }
}
