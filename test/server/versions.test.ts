// What the server says about versions, and what it refuses from desktops too old for it: health
// announces the sync protocol; a push in the shape desktops wrote before schema v6 is refused in
// words and writes nothing; a device revoked outside this server (the CLI) is refused on its next
// request although the server keeps tokens for a few seconds.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient, SyncRefused } from '../../renderer/src/sync/client';
import { MemorySyncStore } from '../../renderer/src/sync/memoryStore';
import { revokeDevice } from '../../server/users';
import { SYNC_PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import {
  ADMIN_URL,
  auth,
  databaseDigest,
  put,
  signIn,
  startBank,
  type TestDb,
  type Who,
} from './helpers';
import type { AddressInfo } from 'node:net';

describe.skipIf(!ADMIN_URL)('bank server: versions', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  let baseUrl: string;
  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('announces its sync protocol and the oldest desktop it serves', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.json()).toMatchObject({ syncProtocol: SYNC_PROTOCOL_VERSION });
    const minimum = r.json<{ minimumDesktopSyncProtocol: number }>().minimumDesktopSyncProtocol;
    expect(minimum).toBeGreaterThanOrEqual(1);
    expect(minimum).toBeLessThanOrEqual(SYNC_PROTOCOL_VERSION);
    // A desktop older than the minimum is told to update, before anything else is looked at.
    const old = await app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: { ...auth(tokens.north1), [SYNC_PROTOCOL_HEADER]: String(minimum - 1) },
    });
    expect(old.statusCode).toBe(426);
    expect(old.json<{ error: string }>().error).toMatch(/update GreenThread/);
  });

  it('refuses a push of shared evidence records (desktops before schema v6) in words, writing nothing', async () => {
    const before = await databaseDigest(db.pool);
    const r = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.north1),
      payload: {
        changes: [
          put('organisations', 'org-legacy', { id: 'org-legacy', nameEn: 'Old desktop' }),
          put('evidence', 'a'.repeat(64), { sha: 'a'.repeat(64), name: 'permit.pdf' }),
        ],
      },
    });
    expect(r.statusCode).toBe(426);
    expect(r.json<{ error: string }>().error).toMatch(/update GreenThread/);
    expect(await databaseDigest(db.pool)).toBe(before);

    // The desktop's sync client carries the server's words to the person.
    const store = new MemorySyncStore();
    await store.write('evidence', 'b'.repeat(64), { sha: 'b'.repeat(64), name: 'x.pdf' });
    const client = new SyncClient({ baseUrl, token: tokens.north1, store, fetch });
    const refused = await client.sync().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncRefused);
    expect((refused as SyncRefused).status).toBe(426);
    expect((refused as SyncRefused).message).toMatch(/update GreenThread on this computer/);
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it('refuses a device revoked by the CLI on its very next request, though tokens are kept a few seconds', async () => {
    const token = await signIn(app, 'north2', 'revoked-from-cli');
    const me = () => app.inject({ method: 'GET', url: '/api/me', headers: auth(token) });
    expect((await me()).statusCode).toBe(200);
    const { deviceId } = (await me()).json<{ deviceId: string }>();
    // The CLI works on the database directly, not through this server.
    await revokeDevice(db.pool, { userId: null, deviceId: null }, deviceId);
    // The notice travels on commit, as to any server; well under the 5 s a token is kept.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await me()).statusCode).toBe(401);
  });
});
