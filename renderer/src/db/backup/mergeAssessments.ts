// A merge restore must not leave two assessments for one organisation, instrument and period:
// every screen and the package export read "the" assessment of that key (the first one found),
// so a second one would be invisible and its answers would silently stop counting.
import { recordAudit } from '../audit';
import type { GreenThreadDb } from '../db';
import type { AssessmentRow } from '../types';

interface Candidate {
  row: AssessmentRow;
  fromBackup: boolean;
}

export interface AssessmentMerge {
  /** The backup's assessments to write (those that lost to a local one are left out). */
  toWrite: AssessmentRow[];
  /** How many assessments (local or from the backup) were superseded. */
  superseded: number;
}

function keyOf(row: AssessmentRow): string {
  return JSON.stringify([row.orgId, row.instrument, row.period]);
}

/**
 * The rule: per organisation, instrument and period the assessment edited last (updatedAt) is
 * kept; on a tie the backup's, as for any other row of a merge. The other one is dropped from
 * `assessments`, but nothing of it is lost: its submitted versions stay in assessmentSnapshots
 * under its own id, and its row as it was (draft answers included) is the `before` of an audit
 * event that names the assessment that replaced it. Rows with the same id are not duplicates;
 * the backup's row simply overwrites the local one as before.
 * Call inside the restore's transaction, before the backup's assessments are written.
 */
export async function mergeAssessments(
  database: GreenThreadDb,
  incoming: readonly AssessmentRow[],
): Promise<AssessmentMerge> {
  const orgIds = [...new Set(incoming.map((r) => r.orgId))];
  const local = await database.assessments.where('orgId').anyOf(orgIds).toArray();
  const kept = new Map<string, Candidate>();
  for (const row of local)
    if (!kept.has(keyOf(row))) kept.set(keyOf(row), { row, fromBackup: false });

  const losers: { loser: Candidate; winner: AssessmentRow }[] = [];
  for (const row of incoming) {
    const key = keyOf(row);
    const current = kept.get(key);
    const candidate = { row, fromBackup: true };
    if (!current || current.row.id === row.id) {
      kept.set(key, candidate);
    } else if (row.updatedAt >= current.row.updatedAt) {
      losers.push({ loser: current, winner: row });
      kept.set(key, candidate);
    } else {
      losers.push({ loser: candidate, winner: current.row });
    }
  }

  const skipped = new Set(losers.filter((l) => l.loser.fromBackup).map((l) => l.loser.row));
  const removeLocal = losers.filter((l) => !l.loser.fromBackup).map((l) => l.loser.row.id);
  if (removeLocal.length > 0) await database.assessments.bulkDelete(removeLocal);
  for (const { loser, winner } of losers) {
    await recordAudit(database, {
      orgId: loser.row.orgId,
      entity: 'assessment',
      entityId: loser.row.id,
      action: 'delete',
      before: loser.row,
      after: {
        supersededBy: winner.id,
        reason: loser.fromBackup ? 'older in the restored backup' : 'older than the backup’s',
      },
    });
  }
  return { toWrite: incoming.filter((r) => !skipped.has(r)), superseded: losers.length };
}
