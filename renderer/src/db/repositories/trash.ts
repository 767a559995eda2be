import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError } from '../errors';
import { deleteOrganisationParts, type OrganisationPart } from '../organisationScope';
import type { OrganisationRow } from '../types';
import { dropUnheldBytes } from './evidence';
import { nextRev } from './recordVersion';

export const TRASH_DAYS = 30;

/** Hides an organisation (the caller has asked the user to confirm); restorable for 30 days. */
export async function moveToTrash(
  orgId: string,
  database: GreenThreadDb = defaultDb,
  now: Date = new Date(),
): Promise<void> {
  await writeTransaction(database, [database.organisations], async () => {
    const org = await database.organisations.get(orgId);
    if (!org) throw new NotFoundError(`Organisation ${orgId} does not exist.`);
    if (org.deletedAt) return;
    const deletedAt = now.toISOString();
    await database.organisations.update(orgId, { deletedAt, rev: nextRev(org) });
    await recordAudit(database, {
      orgId,
      entity: 'organisation',
      entityId: orgId,
      action: 'trash',
      after: { deletedAt },
    });
  });
}

export async function restoreFromTrash(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(database, [database.organisations], async () => {
    const org = await database.organisations.get(orgId);
    if (!org) throw new NotFoundError(`Organisation ${orgId} is no longer in the trash.`);
    if (!org.deletedAt) return;
    const { deletedAt, ...rest } = org;
    await database.organisations.put({ ...rest, rev: nextRev(org) });
    await recordAudit(database, {
      orgId,
      entity: 'organisation',
      entityId: orgId,
      action: 'restore',
      before: { deletedAt },
    });
  });
}

export function listTrash(database: GreenThreadDb = defaultDb): Promise<OrganisationRow[]> {
  return database.organisations.where('deletedAt').above('').reverse().sortBy('deletedAt');
}

const ALL_PARTS: ReadonlySet<OrganisationPart> = new Set(['package', 'officer', 'trail']);

/**
 * Deletes one organisation and everything that belongs to it, as organisationScope.ts declares
 * it. Runs inside a transaction covering every table.
 */
async function deleteOrganisationData(database: GreenThreadDb, orgId: string): Promise<void> {
  const files = await database.evidenceFiles.where('orgId').equals(orgId).primaryKeys();
  await deleteOrganisationParts(database, orgId, ALL_PARTS);
  // The same content may back other organisations: its bytes go only when none holds it.
  await dropUnheldBytes(
    files.map(([, sha]) => sha),
    database,
  );
  await database.organisations.delete(orgId);
}

async function purgeOne(database: GreenThreadDb, org: OrganisationRow): Promise<void> {
  await deleteOrganisationData(database, org.id);
  // The purge itself stays on record, without the organisation's data.
  await recordAudit(database, {
    entity: 'organisation',
    entityId: org.id,
    action: 'purge',
    before: { deletedAt: org.deletedAt },
  });
}

/** Removes organisations that have been in the trash for more than 30 days; returns their ids. */
export async function purgeTrash(
  now: Date = new Date(),
  database: GreenThreadDb = defaultDb,
): Promise<string[]> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 24 * 3600 * 1000).toISOString();
  return writeTransaction(database, database.tables, async () => {
    const expired = await database.organisations.where('deletedAt').below(cutoff).toArray();
    for (const org of expired) await purgeOne(database, org);
    return expired.map((o) => o.id);
  });
}

/** "Delete forever" for one organisation already in the trash (the caller has confirmed). */
export async function deleteForever(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(database, database.tables, async () => {
    const org = await database.organisations.get(orgId);
    if (!org?.deletedAt) throw new NotFoundError(`Organisation ${orgId} is not in the trash.`);
    await purgeOne(database, org);
  });
}
