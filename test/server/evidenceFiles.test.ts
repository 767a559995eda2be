// Evidence files' bytes on the bank server: uploaded once per organisation and content, checked
// against their SHA-256, fetched only through an organisation of the caller's branch, and bounded
// in size — against a real PostgreSQL.
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_LIMITS } from '../../shared/limits';
import { ADMIN_URL, auth, put, startBank, type TestDb, type Who } from './helpers';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const octets = { 'content-type': 'application/octet-stream' };

describe.skipIf(!ADMIN_URL)('bank server: evidence files', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let tokens: Record<Who, string>;
  const northOrg = `org-${randomUUID()}`;
  const scan = Buffer.from('%PDF-1.4 permit scan of the dye house\n'.repeat(100));
  const sha = sha256(scan);

  const upload = (who: Who, orgId: string, hash: string, body: Buffer) =>
    app.inject({
      method: 'PUT',
      url: `/api/evidence/${orgId}/${hash}`,
      headers: { ...auth(tokens[who]), ...octets },
      payload: body,
    });
  const download = (who: Who, orgId: string, hash: string) =>
    app.inject({
      method: 'GET',
      url: `/api/evidence/${orgId}/${hash}`,
      headers: auth(tokens[who]),
    });
  const count = async (table: string) =>
    Number((await db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);

  beforeAll(async () => {
    ({ db, app, tokens } = await startBank());
    const r = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.north1),
      payload: { changes: [put('organisations', northOrg, { id: northOrg, nameEn: 'North' })] },
    });
    expect(r.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('stores an upload once; a retry is answered "already" and writes nothing', async () => {
    const first = await upload('north1', northOrg, sha, scan);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ sha, size: scan.byteLength, stored: 'new' });
    const retry = await upload('north1', northOrg, sha, scan);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ stored: 'already' });
    expect(await count('evidence_blobs')).toBe(1);
    expect(await count('evidence_holders')).toBe(1);
    const audited = await db.pool.query(
      "SELECT detail FROM audit_log WHERE action = 'evidence uploaded'",
    );
    expect(audited.rows).toEqual([{ detail: { orgId: northOrg, sha, size: scan.byteLength } }]);
  });

  it('gives the bytes to an officer of the same branch and to the E&S unit', async () => {
    for (const who of ['north2', 'es'] as const) {
      const r = await download(who, northOrg, sha);
      expect(r.statusCode, who).toBe(200);
      expect(sha256(r.rawPayload)).toBe(sha);
    }
  });

  it('refuses another branch, to read and to write, and tells nothing about the file', async () => {
    const read = await download('south1', northOrg, sha);
    expect(read.statusCode).toBe(403);
    expect(read.json().error).toMatch(/another branch/);
    expect(read.rawPayload.includes(scan.subarray(0, 20))).toBe(false);
    const other = Buffer.from('south upload');
    const write = await upload('south1', northOrg, sha256(other), other);
    expect(write.statusCode).toBe(403);
    const held = await app.inject({
      method: 'POST',
      url: '/api/evidence/held',
      headers: auth(tokens.south1),
      payload: { files: [{ orgId: northOrg, sha }] },
    });
    expect(held.json()).toEqual({ held: [] });
    expect(await count('evidence_blobs')).toBe(1);
  });

  it('reaches bytes only through an organisation that holds them, never by hash alone', async () => {
    const southOrg = `org-${randomUUID()}`;
    await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(tokens.south1),
      payload: { changes: [put('organisations', southOrg, { id: southOrg })] },
    });
    const r = await download('south1', southOrg, sha);
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatch(/not reached the bank server yet/);
  });

  it('refuses bytes that do not match their SHA-256, and stores nothing', async () => {
    const cut = scan.subarray(0, scan.byteLength - 1);
    const other = sha256(Buffer.from('another file'));
    const r = await upload('north1', northOrg, other, cut);
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toContain(`SHA-256 is ${sha256(cut)}, not ${other}`);
    expect(await count('evidence_blobs')).toBe(1);
    expect(await count('evidence_holders')).toBe(1);
  });

  it('refuses a file over the limit with 413 in words, and stores nothing', async () => {
    const big = Buffer.alloc(EVIDENCE_LIMITS.maxFileBytes + 1, 7);
    const r = await upload('north1', northOrg, sha256(big), big);
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatch(/larger than 25 MB, the limit for one evidence file/);
    // Exactly at the limit is accepted.
    const edge = Buffer.alloc(EVIDENCE_LIMITS.maxFileBytes, 7);
    const ok = await upload('north1', northOrg, sha256(edge), edge);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count('evidence_blobs')).toBe(2);
  });

  it('refuses an unknown organisation, a bad hash, an administrator and no token', async () => {
    const none = await upload('north1', 'org-nobody', sha, scan);
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatch(/not on the bank server/);
    const bad = await download('north1', northOrg, 'abc');
    expect(bad.statusCode).toBe(400);
    const admin = await upload('admin', northOrg, sha, scan);
    expect(admin.statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: `/api/evidence/${northOrg}/${sha}` });
    expect(anonymous.statusCode).toBe(401);
  });
});
