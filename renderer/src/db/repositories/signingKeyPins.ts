// The officer's install remembers each company's signing key (shared/workbook/keyPin.ts has the
// rule): one per-organisation setting, so it travels in backups, is kept across re-submissions
// and goes when the organisation is purged.
import { acceptLatestKey, keyPinSchema, type KeyPin } from '../../../../shared/workbook';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { getOrganisationSetting, putOrganisationSetting } from './organisationSettings';

/** undefined when none, or when the row no longer parses (then the next import pins afresh). */
export async function getKeyPin(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<KeyPin | undefined> {
  const parsed = keyPinSchema.safeParse(
    await getOrganisationSetting(orgId, 'signingKeyPin', database),
  );
  return parsed.success ? parsed.data : undefined;
}

/** Writes a pin and its audit event; must run inside a transaction over settings and audit. */
export async function storeKeyPin(
  orgId: string,
  before: KeyPin | undefined,
  after: KeyPin,
  database: GreenThreadDb,
  // the officer's acceptance of a new key is its own event, never merged into an import's
  field: 'signingKeyPin' | 'signingKeyAccepted' = 'signingKeyPin',
): Promise<void> {
  const pin = keyPinSchema.parse(after);
  await putOrganisationSetting(orgId, 'signingKeyPin', pin, database);
  if (
    before?.pinned.publicKey === pin.pinned.publicKey &&
    before.latest.publicKey === pin.latest.publicKey
  )
    return;
  await recordAudit(database, {
    orgId,
    entity: 'organisation',
    entityId: orgId,
    field,
    action: before ? 'update' : 'create',
    ...(before ? { before: { pinned: before.pinned, latest: before.latest } } : {}),
    after: { pinned: pin.pinned, latest: pin.latest },
  });
}

/**
 * The officer confirmed with the company that the new key is theirs: the latest submission's
 * key becomes the pinned one (audited with the officer's name). False when there is nothing to
 * accept.
 */
export async function acceptNewSigningKey(
  orgId: string,
  database: GreenThreadDb = defaultDb,
  now: Date = new Date(),
): Promise<boolean> {
  return writeTransaction(database, [database.organisationSettings], async () => {
    const pin = await getKeyPin(orgId, database);
    if (!pin || pin.latest.publicKey === pin.pinned.publicKey) return false;
    await storeKeyPin(
      orgId,
      pin,
      acceptLatestKey(pin, now.toISOString()),
      database,
      'signingKeyAccepted',
    );
    return true;
  });
}
