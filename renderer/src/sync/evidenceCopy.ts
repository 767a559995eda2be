// The bytes of a file held here, read back for "Save a copy…" and checked against the SHA-256 the
// record names first: what is written out is the file that was attached or fetched, or nothing.
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import { sha256OfBytes } from '../db/repositories/evidence';
import { EvidenceCheckError } from './evidenceBytes';

/** Throws EvidenceCheckError when the stored copy no longer hashes to `sha`. */
export async function checkedEvidenceBytes(
  sha: string,
  database: GreenThreadDb = defaultDb,
): Promise<Uint8Array<ArrayBuffer>> {
  const data = await database.evidenceData.get(sha);
  if (!data) throw new Error('the file is no longer kept on this computer');
  const bytes = new Uint8Array(data.bytes).slice();
  const actual = await sha256OfBytes(bytes);
  if (actual !== sha) throw new EvidenceCheckError(sha, actual);
  return bytes;
}
