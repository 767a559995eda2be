// This installation's Ed25519 signing key: created on first export, kept in the settings table
// (so it travels in backups) and never shown; only its public half and fingerprint leave it.
import {
  generateSigningKey,
  keyFingerprint,
  type SigningKey,
} from '../../../../shared/crypto/ed25519';
import { recordAudit, writeTransaction } from '../audit';
import { signingKeyValueSchema } from '../rowSchemas';
import { db as defaultDb, type GreenThreadDb } from '../db';

const KEY = 'signingKey';

const signingKeySchema = signingKeyValueSchema;

export async function getSigningKey(
  database: GreenThreadDb = defaultDb,
): Promise<SigningKey | undefined> {
  const parsed = signingKeySchema.safeParse((await database.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

/** The installation's key, created (and audited, public half only) the first time it is needed. */
export async function getOrCreateSigningKey(
  database: GreenThreadDb = defaultDb,
): Promise<SigningKey> {
  const existing = await getSigningKey(database);
  if (existing) return existing;
  // generated outside the transaction: WebCrypto's promises would end an IndexedDB transaction
  const fresh = await generateSigningKey();
  return writeTransaction(database, [database.settings], async () => {
    const raced = signingKeySchema.safeParse((await database.settings.get(KEY))?.value);
    if (raced.success) return raced.data;
    await database.settings.put({ key: KEY, value: fresh });
    await recordAudit(database, {
      entity: 'profile',
      entityId: KEY,
      action: 'create',
      after: { publicKey: fresh.publicKey, fingerprint: keyFingerprint(fresh.publicKey) },
    });
    return fresh;
  });
}
