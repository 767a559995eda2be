// Trash with its typing journals: the automatic 30-day purge (deferred after start-up) and the
// user's "Delete forever"; journals of assessments and actions go with their organisation.
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import { deleteForever, purgeTrash, TRASH_DAYS } from '../db/repositories/trash';
import { clearJournalsFor, type OrgJournalOwners } from '../lib/typingJournal';

const DELAY_MS = 3000;

async function journalOwners(database: GreenThreadDb, orgId: string): Promise<OrgJournalOwners> {
  const [assessmentIds, actions] = await Promise.all([
    database.assessments.where('orgId').equals(orgId).primaryKeys(),
    database.actions.where('orgId').equals(orgId).toArray(),
  ]);
  return { assessmentIds, actionIds: actions.map((a) => a.id) };
}

/**
 * Purges the organisations trashed more than 30 days before `now`, then their typing journals.
 * Journals of assessments and actions are keyed by those records' ids, so the ids are read before
 * the purge deletes the rows. Returns the purged organisation ids.
 */
export async function purgeDueTrash(
  now: Date = new Date(),
  database: GreenThreadDb = defaultDb,
): Promise<string[]> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
  const due = await database.organisations.where('deletedAt').below(cutoff).primaryKeys();
  if (due.length === 0) return [];
  const owners = new Map(
    await Promise.all(due.map(async (id) => [id, await journalOwners(database, id)] as const)),
  );
  const purged = await purgeTrash(now, database);
  for (const id of purged)
    clearJournalsFor(id, owners.get(id) ?? { assessmentIds: [], actionIds: [] });
  return purged;
}

/** Deletes one trashed organisation now (the user asked), then its typing journals. */
export async function deleteTrashedForever(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const owners = await journalOwners(database, orgId);
  await deleteForever(orgId, database);
  clearJournalsFor(orgId, owners);
}

/**
 * Removes trash older than 30 days, a few seconds after start and only when something is due:
 * a read-write transaction over every table at start-up held up the first screen by up to a
 * second with 1,000 organisations stored. A failure here never blocks the app.
 */
export function purgeTrashWhenDue(): void {
  setTimeout(() => {
    purgeDueTrash().catch((e: unknown) => console.error('purging the trash failed', e));
  }, DELAY_MS);
}
