// Head office saves the bank server's annual E&S report through the shell: the workbook crosses
// the IPC / local-proxy hop as a file (base64 inside the JSON reply), byte for byte, bounded at
// BANK_SERVER_LIMITS.maxFileBytes; a refusal comes back as the server's words.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToBankServer, type SendDeps } from '../../adapters/node/bankServer/send';
import {
  BankServerRefusedError,
  bankServerFetch,
} from '../../renderer/src/platform/bankServerFetch';
import { SyncClient, SyncRefused } from '../../renderer/src/sync/client';
import { MemorySyncStore } from '../../renderer/src/sync/memoryStore';
import { BANK_SERVER_LIMITS, type BankServerReply } from '../../shared/ipc/bankServer';
import { ADMIN_URL, auth, startBank, type TestDb, type Who } from './helpers';

describe.skipIf(!ADMIN_URL)('the bank server’s report through the shell', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  let origin: string;
  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
    await app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** The renderer's client over the shell's transport; the reply crosses as JSON, as over IPC. */
  function client(who: Who, deps: Partial<SendDeps> = {}) {
    const net = bankServerFetch({
      bankServerRequest: async (request) =>
        JSON.parse(
          JSON.stringify(
            await sendToBankServer({ fetch: (u, i) => fetch(u, i), ...deps }, origin, request),
          ),
        ) as BankServerReply,
    });
    return new SyncClient({
      baseUrl: origin,
      token: tokens[who],
      store: new MemorySyncStore(),
      fetch: net,
    });
  }

  it('arrives as the workbook the server wrote, with its file name', async () => {
    const direct = await app.inject({
      method: 'GET',
      url: '/api/reports/annual-es?year=2025&lang=mn&asOf=2025-12-31',
      headers: auth(tokens.es),
    });
    expect(direct.statusCode).toBe(200);
    const file = await client('es').annualReport(2025, 'mn');
    expect(file.name).toBe('GreenThread_annual_ES_report_2025_MN.xlsx');
    // an xlsx is a zip: "PK"; the same size as the server's own answer
    expect([...file.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(file.bytes.byteLength).toBe(direct.rawPayload.byteLength);
    expect(BANK_SERVER_LIMITS.maxFileBytes).toBe(32 * 1024 * 1024);
  });

  it('a file over the limit is refused in words, not cut', async () => {
    await expect(client('es', { maxFileBytes: 1024 }).annualReport(2025, 'en')).rejects.toSatisfy(
      (e) => e instanceof BankServerRefusedError && e.refusal === 'reply-too-large',
    );
  });

  it('an officer is refused with the server’s reason', async () => {
    await expect(client('north1').annualReport(2025, 'en')).rejects.toSatisfy(
      (e) => e instanceof SyncRefused && e.status === 403 && /es_unit/.test(e.message),
    );
  });
});
