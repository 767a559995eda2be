// "Any exclusion hit declines" wherever a screening is saved or a decision recorded: the import
// (and its send-back), the sign-off, an amendment, a status the officer sets and the workshop's
// demo entry all ask this, and this asks the one shared rule (screeningDeclines, shared/scoring).
import { screeningDeclines } from '../../../../shared/scoring/es';
import { recordAudit, writeTransaction } from '../audit';
import type { GreenThreadDb } from '../db';
import { findAssessment } from './assessments';
import { nextRev } from './recordVersion';
import { screeningPackFor } from './screeningPack';

/** The organisation's stored screening holds a hit on an exclusion that declines. */
export async function screeningHoldsDecliningHit(
  orgId: string,
  database: GreenThreadDb,
): Promise<boolean> {
  const es = await findAssessment(orgId, 'es', undefined, database);
  if (es?.instrument !== 'es') return false;
  const pinned = { packId: es.packId, packVersion: es.packVersion };
  const { pack } = await screeningPackFor(orgId, pinned, database);
  return screeningDeclines(pack, es.screening);
}

/**
 * Declines the organisation's application when its screening holds a declining hit (whatever
 * status it had); true when it did. Read and written in one transaction.
 */
export async function declineOnExclusionHit(
  orgId: string,
  database: GreenThreadDb,
): Promise<boolean> {
  const tables = [database.applications, database.assessments, database.settings];
  return writeTransaction(database, tables, async () => {
    if (!(await screeningHoldsDecliningHit(orgId, database))) return false;
    const app = await database.applications.where('orgId').equals(orgId).first();
    if (!app || app.status === 'declined') return app !== undefined;
    await database.applications.update(app.id, {
      status: 'declined',
      updatedAt: new Date().toISOString(),
      rev: nextRev(app),
    });
    await recordAudit(database, {
      orgId,
      entity: 'application',
      entityId: app.id,
      action: 'status',
      field: 'exclusionHit',
      before: { status: app.status },
      after: { status: 'declined' },
    });
    return true;
  });
}
