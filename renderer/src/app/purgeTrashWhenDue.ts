import { db } from '../db/db';
import { purgeTrash, TRASH_DAYS } from '../db/repositories/trash';

const DELAY_MS = 3000;

/**
 * Removes trash older than 30 days, a few seconds after start and only when something is due:
 * a read-write transaction over every table at start-up held up the first screen by up to a
 * second with 1,000 organisations stored. A failure here never blocks the app.
 */
export function purgeTrashWhenDue(): void {
  setTimeout(() => {
    const cutoff = new Date(Date.now() - TRASH_DAYS * 86_400_000).toISOString();
    void db.organisations
      .where('deletedAt')
      .below(cutoff)
      .count()
      .then((due) => (due > 0 ? purgeTrash() : []))
      .catch((e: unknown) => console.error('purging the trash failed', e));
  }, DELAY_MS);
}
