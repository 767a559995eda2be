// Storage quota exhausted while adding evidence: a clear message, and nothing lost or half-kept.
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { StorageFullError } from '../../../renderer/src/db/errors';
import { addEvidence, getEvidenceBlob } from '../../../renderer/src/db/repositories/evidence';
import { freshDb } from '../db/helpers';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('storage full while adding evidence', () => {
  it('says the storage is full, keeps earlier files and stores no half file', async () => {
    const db = freshDb();
    const kept = await addEvidence(
      'o1',
      new Blob(['earlier bill']),
      'bill.pdf',
      'application/pdf',
      db,
    );
    const before = await databaseDigest(db);
    // the file's bytes do not fit: its row was already added in the same transaction
    const put = vi.spyOn(db.evidenceData, 'put').mockRejectedValue(quotaError());
    const error = await addEvidence(
      'o1',
      new Blob(['x'.repeat(50_000)]),
      'scan.pdf',
      'application/pdf',
      db,
    ).catch((e: unknown) => e);
    expect(put).toHaveBeenCalledOnce();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(
      /storage is full.*not saved.*nothing else was changed/i,
    );
    put.mockRestore();
    expect(await databaseDigest(db)).toBe(before);
    expect(await (await getEvidenceBlob('o1', kept.sha, db))?.text()).toBe('earlier bill');
    // once there is room again the same file goes in
    const row = await addEvidence(
      'o1',
      new Blob(['x'.repeat(50_000)]),
      'scan.pdf',
      'application/pdf',
      db,
    );
    expect(row.size).toBe(50_000);
  });

  it('says the same when the very first write of the file is refused', async () => {
    const db = freshDb();
    const before = await databaseDigest(db);
    vi.spyOn(db.evidenceFiles, 'put').mockRejectedValue(quotaError());
    await expect(
      addEvidence('o1', new Blob(['a']), 'a.pdf', 'application/pdf', db),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await databaseDigest(db)).toBe(before);
  });
});
