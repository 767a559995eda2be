// `npm run server`: serve the API until SIGTERM/SIGINT, then finish open requests and stop.
import { buildApp } from './app';
import { readConfig } from './config';
import { createPool } from './db';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrate';

const config = readConfig();
const pool = createPool(config.DATABASE_URL, config.PG_POOL_MAX);
const version = await schemaVersion(pool);
if (version !== LATEST_SCHEMA_VERSION) {
  console.error(
    `the database is at schema ${version ?? 'none'}, this server needs ${LATEST_SCHEMA_VERSION}: run npm run server:migrate`,
  );
  process.exit(1);
}
const app = buildApp({
  pool,
  logger: { level: config.LOG_LEVEL },
  trustProxy: config.TRUST_PROXY,
  pullsAtOnce: config.PG_PULLS_AT_ONCE,
});
await app.listen({ host: config.HOST, port: config.PORT });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}
