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
    const first = await addEvidence(abcFile(), 'a.txt', 'text/plain', db);
    const second = await addEvidence(abcFile(), 'copy-of-a.txt', 'text/plain', db);
    expect(first.id).toBe(ABC_SHA);
    expect(second.id).toBe(ABC_SHA);
    expect(second.name).toBe('a.txt');
    expect(await db.evidence.count()).toBe(1);
    expect(await db.evidenceData.count()).toBe(1);
    const blob = await getEvidenceBlob(ABC_SHA, db);
    expect(blob?.size).toBe(3);
    expect(await blob?.text()).toBe('abc');
  });

  it('refuses a file over 25 MB with a clear error and stores nothing', async () => {
    const db = freshDb();
    const big = new Blob([new Uint8Array(MAX_EVIDENCE_BYTES + 1)]);
    const error = await addEvidence(big, 'scan.pdf', 'application/pdf', db).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as Error).message).toMatch(/25 MB/);
    expect(await db.evidence.count()).toBe(0);
    // Exactly 25 MB is still accepted.
    const limit = await addEvidence(
      new Blob([new Uint8Array(MAX_EVIDENCE_BYTES)]),
      'ok.pdf',
      'application/pdf',
      db,
    );
    expect(limit.size).toBe(MAX_EVIDENCE_BYTES);
  });

  it('reports a full disk as "storage is full" and loses nothing', async () => {
    const db = freshDb();
    await addEvidence(abcFile(), 'a.txt', 'text/plain', db);
    const before = await databaseDigest(db);
    vi.spyOn(db.evidence, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await addEvidence(new Blob(['other content']), 'b.txt', 'text/plain', db).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/storage is full/i);
    expect(await databaseDigest(db)).toBe(before);
    expect(await getEvidenceBlob(ABC_SHA, db)).toBeDefined();
  });

  it('lets one file back many targets, and unlinking one keeps the others', async () => {
    const db = freshDb();
    const file = await addEvidence(abcFile(), 'permit.pdf', 'application/pdf', db);
    await linkEvidence('o1', file.id, { kind: 'answer', itemId: 'VCP-EN-01' }, db);
    await linkEvidence(
      'o1',
      file.id,
      { kind: 'metric', metricId: 'energy.coal', period: '2025-01' },
      db,
    );
    await linkEvidence('o1', file.id, { kind: 'action', actionId: 'act-1' }, db);
    await linkEvidence('o1', file.id, { kind: 'action', actionId: 'act-1' }, db);
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
    await unlinkEvidence('o1', file.id, { kind: 'action', actionId: 'act-1' }, db);
    expect(await listEvidenceFor('o1', { kind: 'action', actionId: 'act-1' }, db)).toEqual([]);
    expect(await listEvidenceFor('o1', { kind: 'answer', itemId: 'VCP-EN-01' }, db)).toHaveLength(
      1,
    );
    expect((await listEvidenceOfOrganisation('o1', db)).map((e) => e.id)).toEqual([ABC_SHA]);
  });

  it('refuses to link a file that is not stored', async () => {
    const db = freshDb();
    await expect(
      linkEvidence('o1', 'c'.repeat(64), { kind: 'answer', itemId: 'X' }, db),
    ).rejects.toThrow(/not stored/);
  });

  it('missingEvidence lists required items with no stored file behind them', async () => {
    const db = freshDb();
    const file = await addEvidence(abcFile(), 'p.pdf', 'application/pdf', db);
    await linkEvidence('o1', file.id, { kind: 'answer', itemId: 'VCP-1' }, db);
    // Another organisation's file does not count for o1.
    await linkEvidence('o2', file.id, { kind: 'answer', itemId: 'VCP-2' }, db);
    // A reference whose file never arrived does not count either.
    await addEvidenceRef(
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
      { sha256: ABC_SHA, name: 'bill.pdf', type: 'application/pdf', size: 3 },
      db,
    );
    expect(await getEvidenceBlob(ABC_SHA, db)).toBeUndefined();
    const row = await addEvidence(abcFile(), 'whatever.txt', 'text/plain', db);
    expect(row).toMatchObject({ name: 'bill.pdf', hasContent: 1 });
    expect(await getEvidenceBlob(ABC_SHA, db)).toBeDefined();
  });

  it('deletes a file with all its links', async () => {
    const db = freshDb();
    const file = await addEvidence(abcFile(), 'a.txt', 'text/plain', db);
    await linkEvidence('o1', file.id, { kind: 'answer', itemId: 'VCP-1' }, db);
    await linkEvidence('o2', file.id, { kind: 'action', actionId: 'a' }, db);
    await deleteEvidence(file.id, db);
    expect(await db.evidence.count()).toBe(0);
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
