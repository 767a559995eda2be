// Every refusal of the bank server carries a stable code from the shared list beside its English
// text, and the desktop's client reads it: a Mongolian user gets Mongolian words for it.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient, SyncRefused } from '../../renderer/src/sync/client';
import { MemorySyncStore } from '../../renderer/src/sync/memoryStore';
import { SYNC_LIMITS, SYNC_PROTOCOL_HEADER } from '../../shared/sync/protocol';
import { isServerErrorCode, serverErrorWords } from '../../shared/sync/serverErrors';
import { ADMIN_URL, auth, put, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('bank server: refusals carry a code', () => {
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

  const ask = async (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Record<string, string> = {},
    payload?: unknown,
  ) => {
    const r = await app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
    return { status: r.statusCode, body: r.json<{ error: string; code: string }>() };
  };

  it('each route’s refusal: status, code from the list, and the English text kept', async () => {
    const cases = [
      [await ask('GET', '/api/sync/pull'), 401, 'sign_in_needed'],
      [await ask('GET', '/api/nowhere', auth(tokens.north1)), 404, 'no_such_route'],
      [
        await ask('GET', '/api/sync/pull', { ...auth(tokens.north1), [SYNC_PROTOCOL_HEADER]: '0' }),
        426,
        'update_desktop',
      ],
      [
        await ask(
          'POST',
          '/api/auth/sign-in',
          {},
          { username: 'north1', password: 'no', deviceName: 'x' },
        ),
        401,
        'sign_in_wrong',
      ],
      [
        await ask('GET', '/api/reports/annual-es?year=2025', auth(tokens.north1)),
        403,
        'role_needed',
      ],
      [await ask('GET', '/api/reports/annual-es?year=1', auth(tokens.es)), 400, 'invalid_input'],
      [
        await ask('POST', '/api/sync/conflicts/999999/resolve', auth(tokens.north1), {
          resolution: 'kept_server',
        }),
        404,
        'conflict_not_found',
      ],
      [
        await ask('POST', '/api/admin/packs', auth(tokens.admin), { nope: true }),
        400,
        'pack_invalid',
      ],
      // The push's own refusals, raised inside its database call (migration 007).
      [
        await ask('POST', '/api/sync/push', auth(tokens.north1), {
          changes: [{ ...put('organisations', 'org-s', {}), branchId: 'south' }],
        }),
        403,
        'push_other_branch',
      ],
      [
        await ask('POST', '/api/sync/push', auth(tokens.es), {
          changes: [put('organisations', 'org-hq', {})],
        }),
        400,
        'push_needs_branch',
      ],
      [
        await ask('POST', '/api/sync/push', auth(tokens.es), {
          changes: [{ ...put('organisations', 'org-nowhere', {}), branchId: 'nowhere' }],
        }),
        400,
        'push_unknown_branch',
      ],
      [
        await ask('POST', '/api/sync/push', auth(tokens.admin), {
          changes: [put('organisations', 'org-admin', {})],
        }),
        403,
        'push_admin',
      ],
    ] as const;
    for (const [got, status, code] of cases) {
      expect(got.status, code).toBe(status);
      expect(got.body.code).toBe(code);
      expect(isServerErrorCode(got.body.code)).toBe(true);
      expect(got.body.error.length).toBeGreaterThan(0);
    }
  });

  it('a validation refusal keeps the field path; a body too large has its own code', async () => {
    const bad = await ask('POST', '/api/sync/push', auth(tokens.north1), {
      changes: [{ ...put('organisations', 'org-x', {}), table: 'nowhere' }],
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    expect(bad.body.error).toMatch(/changes\.0\.table/);
    const big = await ask(
      'POST',
      '/api/sync/push',
      { ...auth(tokens.north1), 'content-type': 'application/json' },
      JSON.stringify({ changes: [], pad: 'x'.repeat(SYNC_LIMITS.maxPushBytes + 10) }),
    );
    expect(big).toMatchObject({ status: 413, body: { code: 'body_too_large' } });
  });

  it('the desktop’s client reads the code and says it in Mongolian', async () => {
    const client = new SyncClient({
      baseUrl,
      token: tokens.north1,
      store: new MemorySyncStore(),
      fetch: (u, i) => fetch(u, i),
    });
    const refused = await client.annualReport(2025, 'mn').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncRefused);
    const { refusal } = refused as SyncRefused;
    expect(refusal.code).toBe('role_needed');
    const words = serverErrorWords(refusal, 'mn');
    expect(words).toMatch(/[А-Яа-яӨөҮү]/);
    expect(words).not.toMatch(/es_unit|role/);
  });
});
