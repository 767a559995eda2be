// The HTTP surface. Only /api/health and signing in answer without a device token; every other
// /api/* path, unknown ones included, answers 401 first, so the surface cannot be mapped.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { SYNC_LIMITS, SYNC_PROTOCOL_HEADER } from '../shared/sync/protocol';
import type { Caller } from './auth';
import { createCallerCache } from './callerCache';
import type { Pool } from './db';
import { HttpError, refusalBody } from './httpErrors';
import { codeForStatus, type ServerErrorCode } from '../shared/sync/serverErrors';
import { registerAdminRoutes } from './routes/admin';
import { registerAuthRoutes } from './routes/auth';
import { registerEvidenceFileRoutes } from './routes/evidenceFiles';
import { registerHealthRoute } from './routes/health';
import { registerPortfolioRoutes } from './routes/portfolio';
import { registerReportRoutes } from './routes/reports';
import { registerSyncRoutes } from './routes/sync';
import { MIN_DESKTOP_SYNC_PROTOCOL } from './version';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const PUBLIC = new Set(['GET /api/health', 'POST /api/auth/sign-in']);

export interface AppOptions {
  pool: Pool;
  logger?: boolean | { level: string };
  trustProxy?: boolean;
  /** Pulls served at once (routes/sync.ts); by default half the pool. */
  pullsAtOnce?: number;
}

export function buildApp({
  pool,
  logger = false,
  trustProxy = false,
  pullsAtOnce,
}: AppOptions): FastifyInstance {
  const app = Fastify({
    logger,
    trustProxy,
    bodyLimit: SYNC_LIMITS.maxPushBytes,
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.decorateRequest('caller', null);
  const callers = createCallerCache(pool);
  app.addHook('onClose', () => callers.close());

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') && path !== '/api') return;
    if (path === '/api/health') return;
    const header = request.headers[SYNC_PROTOCOL_HEADER];
    const protocol = typeof header === 'string' && /^\d{1,6}$/.test(header) ? Number(header) : 1;
    if (protocol < MIN_DESKTOP_SYNC_PROTOCOL) {
      await reply.code(426).send({
        code: 'update_desktop' satisfies ServerErrorCode,
        error: `this copy of GreenThread is older than the bank server accepts (sync protocol ${protocol}, the server needs ${MIN_DESKTOP_SYNC_PROTOCOL} or newer): update GreenThread on this computer, then sync again — nothing was sent`,
      });
      return;
    }
    if (PUBLIC.has(`${request.method} ${path}`)) return;
    request.caller = await callers.callerFor(request.headers.authorization);
    if (!request.caller) {
      await reply
        .code(401)
        .send(refusalBody('sign_in_needed', 'sign in first: this needs a valid device token'));
    }
  });

  // An administrator's write may revoke a device or disable a user, a sign-out revokes one: the
  // tokens kept for a few seconds are forgotten before the answer goes out (callerCache.ts).
  // Server-Timing: the time this server spent on the request, from its arrival to its answer
  // (the sync bench reports it beside the time its clients waited).
  app.addHook('onSend', (request, reply, payload, done) => {
    // A route's own phases (a push's: wait for a connection, lock, read, write, commit) follow.
    const phases = reply.getHeader('server-timing');
    void reply.header(
      'server-timing',
      [
        `app;dur=${reply.elapsedTime.toFixed(1)}`,
        ...(typeof phases === 'string' ? [phases] : []),
      ].join(', '),
    );
    const path = request.url.split('?')[0] ?? '';
    if (
      request.method !== 'GET' &&
      (path.startsWith('/api/admin/') || path === '/api/auth/sign-out')
    )
      callers.forget();
    done(null, payload);
  });

  // One line per request, attributed to user and device; bodies are never logged.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        userId: request.caller?.userId ?? null,
        deviceId: request.caller?.deviceId ?? null,
        ip: request.ip,
      },
      'request',
    );
  });

  app.setErrorHandler(async (error: unknown, request, reply) => {
    if (error instanceof HttpError)
      return reply.code(error.statusCode).send(refusalBody(error.code, error.message));
    const e = error as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const mb = Math.round(SYNC_LIMITS.maxPushBytes / 1024 / 1024);
        return reply
          .code(e.statusCode)
          .send(
            refusalBody(
              'body_too_large',
              `the request is larger than ${mb} MB; send fewer changes at a time`,
            ),
          );
      }
      // fastify's own refusals (a body that is not JSON, say): what was sent is wrong
      return reply
        .code(e.statusCode)
        .send(refusalBody(codeForStatus(e.statusCode), e.message ?? 'bad request'));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(refusalBody('server_failed', 'the server failed; nothing was written'));
  });

  app.setNotFoundHandler(async (request, reply) => {
    await reply
      .code(404)
      .send(
        refusalBody('no_such_route', `there is no ${request.method} ${request.url.split('?')[0]}`),
      );
  });

  registerHealthRoute(app, pool);
  registerAuthRoutes(app, pool);
  registerSyncRoutes(app, pool, pullsAtOnce);
  registerAdminRoutes(app, pool);
  registerPortfolioRoutes(app, pool);
  registerReportRoutes(app, pool);
  registerEvidenceFileRoutes(app, pool);
  return app;
}
