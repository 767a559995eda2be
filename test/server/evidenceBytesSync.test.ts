// Evidence files between two desktops through the bank server, with the app's own data layer:
// the bytes go up with the sync (once, even when retried, and later when the server was away),
// another officer's desktop holds only the record until it asks, and keeps the bytes only when
// their SHA-256 is the record's.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GreenThreadDb } from '../../renderer/src/db/db';
import { addEvidence } from '../../renderer/src/db/repositories/evidence';
import { saveOrganisation } from '../../renderer/src/db/repositories/organisations';
import { SyncRefused, type FetchLike } from '../../renderer/src/sync/client';
import { enrollDevice } from '../../renderer/src/sync/device';
import { EvidenceCheckError, fetchEvidenceBytes } from '../../renderer/src/sync/evidenceBytes';
import { syncNow } from '../../renderer/src/sync/syncRunner';
import { sampleOrganisation } from '../renderer/db/helpers';
import { ADMIN_URL, startBank, type TestDb, type Who } from './helpers';

const SCAN = new TextEncoder().encode('%PDF-1.4 water-use permit WU-77, scanned\n'.repeat(200));
const SHA = createHash('sha256').update(SCAN).digest('hex');

describe.skipIf(!ADMIN_URL)('evidence bytes between desktops', () => {
  let server: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  let baseUrl: string;
  const puts: string[] = [];
  const net: FetchLike = (u, i) => {
    if (i?.method === 'PUT') puts.push(u);
    return fetch(u, i);
  };
  const link = (who: Who, f: FetchLike = net) => ({ baseUrl, token: tokens[who], fetch: f });
  const blobs = async () =>
    (await server.pool.query<{ sha: string; size: number }>('SELECT sha, size FROM evidence_blobs'))
      .rows;

  beforeAll(async () => {
    ({ db: server, app, tokens } = await startBank());
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await server?.drop();
  });

  async function desktop(who: Who) {
    const db = new GreenThreadDb(`e-${who}-${crypto.randomUUID()}`);
    await enrollDevice(
      {
        serverUrl: baseUrl,
        deviceId: who,
        deviceName: who,
        token: tokens[who],
        user: { id: 1, username: who, displayName: who, role: 'officer', branchId: null },
        signedInAt: new Date().toISOString(),
      },
      db,
    );
    return db;
  }

  it('sends the bytes when the server is back, once; another officer fetches and checks them', async () => {
    const a = await desktop('north1');
    await saveOrganisation(sampleOrganisation('org-ev'), {}, a);
    await addEvidence('org-ev', new Blob([SCAN]), 'permit.pdf', 'application/pdf', a);

    // Offline: nothing leaves, nothing is lost.
    const offline: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    expect(await syncNow(a, offline)).toMatchObject({ ok: false });
    expect(await blobs()).toEqual([]);

    const first = await syncNow(a, net);
    expect(first).toMatchObject({ ok: true, evidence: { sent: 1, waiting: 0, refused: [] } });
    expect(await blobs()).toEqual([{ sha: SHA, size: SCAN.byteLength }]);
    // The next sync asks which files the server holds and sends nothing again.
    puts.length = 0;
    expect(await syncNow(a, net)).toMatchObject({ ok: true, evidence: { sent: 0 } });
    expect(puts).toEqual([]);

    const b = await desktop('north2');
    expect(await syncNow(b, net)).toMatchObject({ ok: true, evidence: { sent: 0 } });
    expect(await b.evidenceFiles.get(['org-ev', SHA])).toMatchObject({
      name: 'permit.pdf',
      hasContent: 0,
    });
    expect(await b.evidenceData.get(SHA)).toBeUndefined();

    // A reply changed on the way is refused in words, and nothing is kept.
    const tampering: FetchLike = async (u, i) => {
      const res = await fetch(u, i);
      if (!u.includes('/api/evidence/org-ev/')) return res;
      const bytes = new Uint8Array(await res.arrayBuffer());
      bytes[0] = 0x58;
      return new Response(bytes, { status: res.status, headers: res.headers });
    };
    const refused = fetchEvidenceBytes(b, link('north2', tampering), { orgId: 'org-ev', sha: SHA });
    await expect(refused).rejects.toBeInstanceOf(EvidenceCheckError);
    await expect(refused).rejects.toThrow(/SHA-256 is [0-9a-f]{64}, not/);
    expect(await b.evidenceData.get(SHA)).toBeUndefined();
    expect((await b.evidenceFiles.get(['org-ev', SHA]))?.hasContent).toBe(0);

    await fetchEvidenceBytes(b, link('north2'), { orgId: 'org-ev', sha: SHA });
    const kept = await b.evidenceData.get(SHA);
    expect(new Uint8Array(kept?.bytes ?? new ArrayBuffer(0))).toEqual(SCAN);
    expect((await b.evidenceFiles.get(['org-ev', SHA]))?.hasContent).toBe(1);
    // Fetching is this desktop's own affair: nothing goes back to the server.
    expect(await b.outbox.count()).toBe(0);
  });

  it('another branch cannot fetch the file', async () => {
    const south = await desktop('south1');
    const refused = fetchEvidenceBytes(south, link('south1'), { orgId: 'org-ev', sha: SHA });
    await expect(refused).rejects.toBeInstanceOf(SyncRefused);
    await expect(refused).rejects.toThrow(/another branch/);
    expect(await south.evidenceData.count()).toBe(0);
  });
});
