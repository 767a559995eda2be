import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { FileTooLargeError, StorageFullError } from '../../../renderer/src/db/errors';
import {
  MAX_EVIDENCE_BYTES,
  addEvidence,
  getEvidenceBlob,
  linkEvidence,
  listEvidenceFor,
  listEvidenceOfOrganisation,
  missingEvidence,
  unlinkEvidence,
  addEvidenceRef,
  deleteEvidence,
} from '../../../renderer/src/db/repositories/evidence';
import { setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { freshDb } from './helpers';

// SHA-256("abc"), FIPS 180-2 appendix B.1.
const ABC_SHA = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function abcFile(): Blob {
  return new Blob([new TextEncoder().encode('abc')], { type: 'text/plain' });
}

describe('evidence', () => {
  it('names a file by its SHA-256 and stores identical content once', async () => {
    const db = freshDb();
    const first = await addEvidence('o1', abcFile(), 'a.txt', 'text/plain', db);
    const second = await addEvidence('o1', abcFile(), 'copy-of-a.txt', 'text/plain', db);
    expect(first.sha).toBe(ABC_SHA);
    expect(second.sha).toBe(ABC_SHA);
    expect(second.name).toBe('a.txt');
    expect(await db.evidenceFiles.count()).toBe(1);
    expect(await db.evidenceData.count()).toBe(1);
    const blob = await getEvidenceBlob('o1', ABC_SHA, db);
    expect(blob?.size).toBe(3);
    expect(await blob?.text()).toBe('abc');
  });

  it('two companies attaching the same file each keep their own name; the bytes are stored once', async () => {
    const db = freshDb();
    await addEvidence('o1', abcFile(), 'permit-darkhan.pdf', 'application/pdf', db);
    const second = await addEvidence('o2', abcFile(), 'зөвшөөрөл.pdf', 'application/pdf', db);
    // before schema v6 the second company saw the first company's name for its own file
    expect(second.name).toBe('зөвшөөрөл.pdf');
    await linkEvidence('o1', ABC_SHA, { kind: 'answer', itemId: 'VCP-1' }, db);
    await linkEvidence('o2', ABC_SHA, { kind: 'answer', itemId: 'VCP-1' }, db);
    const names = async (orgId: string) =>
      (await listEvidenceOfOrganisation(orgId, db)).map((e) => e.name);
    expect(await names('o1')).toEqual(['permit-darkhan.pdf']);
    expect(await names('o2')).toEqual(['зөвшөөрөл.pdf']);
    expect(await db.evidenceData.count()).toBe(1);
    // one company removing its file leaves the other's, bytes included
    await deleteEvidence('o1', ABC_SHA, db);
    expect(await names('o1')).toEqual([]);
    expect(await names('o2')).toEqual(['зөвшөөрөл.pdf']);
    expect(await (await getEvidenceBlob('o2', ABC_SHA, db))?.text()).toBe('abc');
  });

  it('refuses a file over 25 MB with a clear error and stores nothing', async () => {
    const db = freshDb();
    const big = new Blob([new Uint8Array(MAX_EVIDENCE_BYTES + 1)]);
    const error = await addEvidence('o1', big, 'scan.pdf', 'application/pdf', db).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as Error).message).toMatch(/25 MB/);
    expect(await db.evidenceFiles.count()).toBe(0);
    // Exactly 25 MB is still accepted.
    const limit = await addEvidence(
      'o1',
      new Blob([new Uint8Array(MAX_EVIDENCE_BYTES)]),
      'ok.pdf',
      'application/pdf',
      db,
    );
    expect(limit.size).toBe(MAX_EVIDENCE_BYTES);
  });

  it('reports a full disk as "storage is full" and loses nothing', async () => {
    const db = freshDb();
    await addEvidence('o1', abcFile(), 'a.txt', 'text/plain', db);
    const before = await databaseDigest(db);
    vi.spyOn(db.evidenceFiles, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await addEvidence(
      'o1',
      new Blob(['other content']),
      'b.txt',
      'text/plain',
      db,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/storage is full/i);
    expect(await databaseDigest(db)).toBe(before);
    expect(await getEvidenceBlob('o1', ABC_SHA, db)).toBeDefined();
  });

  it('lets one file back many targets, and unlinking one keeps the others', async () => {
    const db = freshDb();
    const file = await addEvidence('o1', abcFile(), 'permit.pdf', 'application/pdf', db);
    await linkEvidence('o1', file.sha, { kind: 'answer', itemId: 'VCP-EN-01' }, db);
    await linkEvidence(
      'o1',
      file.sha,
      { kind: 'metric', metricId: 'energy.coal', period: '2025-01' },
      db,
    );
    await linkEvidence('o1', file.sha, { kind: 'action', actionId: 'act-1' }, db);
    await linkEvidence('o1', file.sha, { kind: 'action', actionId: 'act-1' }, db);
    expect(await db.evidenceLinks.count()).toBe(3);
    expect(
      (
        await listEvidenceFor(
          'o1',
          { kind: 'metric', metricId: 'energy.coal', period: '2025-01' },
          db,
        )
      ).map((e) => e.name),
    ).toEqual(['permit.pdf']);
    await unlinkEvidence('o1', file.sha, { kind: 'action', actionId: 'act-1' }, db);
    expect(await listEvidenceFor('o1', { kind: 'action', actionId: 'act-1' }, db)).toEqual([]);
    expect(await listEvidenceFor('o1', { kind: 'answer', itemId: 'VCP-EN-01' }, db)).toHaveLength(
      1,
    );
    expect((await listEvidenceOfOrganisation('o1', db)).map((e) => e.sha)).toEqual([ABC_SHA]);
  });

  it('refuses to link a file that is not stored for that organisation', async () => {
    const db = freshDb();
    await expect(
      linkEvidence('o1', 'c'.repeat(64), { kind: 'answer', itemId: 'X' }, db),
    ).rejects.toThrow(/not stored/);
    await addEvidence('o2', abcFile(), 'a.txt', 'text/plain', db);
    await expect(linkEvidence('o1', ABC_SHA, { kind: 'answer', itemId: 'X' }, db)).rejects.toThrow(
      /not stored/,
    );
  });

  it('missingEvidence lists required items with no stored file behind them', async () => {
    const db = freshDb();
    const file = await addEvidence('o1', abcFile(), 'p.pdf', 'application/pdf', db);
    await linkEvidence('o1', file.sha, { kind: 'answer', itemId: 'VCP-1' }, db);
    // Another organisation's file does not count for o1.
    await addEvidence('o2', abcFile(), 'p.pdf', 'application/pdf', db);
    await linkEvidence('o2', file.sha, { kind: 'answer', itemId: 'VCP-2' }, db);
    // A reference whose file never arrived does not count either.
    await addEvidenceRef(
      'o1',
      { sha256: 'd'.repeat(64), name: 'lost.pdf', type: 'application/pdf', size: 5 },
      db,
    );
    await linkEvidence('o1', 'd'.repeat(64), { kind: 'answer', itemId: 'VCP-3' }, db);
    expect(await missingEvidence('o1', ['VCP-1', 'VCP-2', 'VCP-3'], db)).toEqual([
      'VCP-2',
      'VCP-3',
    ]);
  });

  it('fills in the content of a file first known only by reference', async () => {
    const db = freshDb();
    await addEvidenceRef(
      'o1',
      { sha256: ABC_SHA, name: 'bill.pdf', type: 'application/pdf', size: 3 },
      db,
    );
    expect(await getEvidenceBlob('o1', ABC_SHA, db)).toBeUndefined();
    const row = await addEvidence('o1', abcFile(), 'whatever.txt', 'text/plain', db);
    expect(row).toMatchObject({ name: 'bill.pdf', hasContent: 1 });
    expect(await getEvidenceBlob('o1', ABC_SHA, db)).toBeDefined();
    // another company's reference to content already here is stored at once
    await addEvidenceRef(
      'o2',
      { sha256: ABC_SHA, name: 'invoice.pdf', type: 'application/pdf', size: 3 },
      db,
    );
    expect(await db.evidenceFiles.get(['o2', ABC_SHA])).toMatchObject({
      name: 'invoice.pdf',
      hasContent: 1,
    });
  });

  it('deletes the organisation’s file with all its links; the bytes go with the last holder', async () => {
    const db = freshDb();
    const file = await addEvidence('o1', abcFile(), 'a.txt', 'text/plain', db);
    await linkEvidence('o1', file.sha, { kind: 'answer', itemId: 'VCP-1' }, db);
    await linkEvidence('o1', file.sha, { kind: 'action', actionId: 'a' }, db);
    await deleteEvidence('o1', file.sha, db);
    expect(await db.evidenceFiles.count()).toBe(0);
    expect(await db.evidenceData.count()).toBe(0);
    expect(await db.evidenceLinks.count()).toBe(0);
  });

  it('reports a full disk the same way for any write', async () => {
    const db = freshDb();
    await db.open();
    vi.spyOn(db.periods, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(
      setMetricValue('o1', '2025-01', 'energy.coal', { value: 1, unit: 't' }, db),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.auditEvents.count()).toBe(0);
  });
});
