import type { FastifyInstance } from 'fastify';
import type { Pool } from '../db';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../migrate';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { MIN_DESKTOP_SYNC_PROTOCOL, SERVER_VERSION } from '../version';

export function registerHealthRoute(app: FastifyInstance, pool: Pool): void {
  app.get('/api/health', async (_request, reply) => {
    let database: 'reachable' | 'unreachable' = 'reachable';
    let schema: number | null = null;
    try {
      schema = await schemaVersion(pool);
    } catch {
      database = 'unreachable';
    }
    const ok = database === 'reachable' && schema === LATEST_SCHEMA_VERSION;
    return reply.code(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      serverVersion: SERVER_VERSION,
      schemaVersion: schema,
      expectedSchemaVersion: LATEST_SCHEMA_VERSION,
      database,
      syncProtocol: SYNC_PROTOCOL_VERSION,
      minimumDesktopSyncProtocol: MIN_DESKTOP_SYNC_PROTOCOL,
    });
  });
}
