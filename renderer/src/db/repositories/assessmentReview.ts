import type { AssessmentStatus } from '../../../../shared/package/enums';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { InvalidTransitionError } from '../errors';
import type { AssessmentRow, AssessmentSnapshotRow, Profile } from '../types';
import { editable, frozenVersion, mustGet } from './assessmentVersions';
import { nextRev } from './recordVersion';

/**
 * Freezes the current version with the results the caller computed (scores, category…).
 * A returned version is resubmitted as the next version, so the returned one keeps its note.
 */
export async function submitAssessment(
  assessmentId: string,
  results: unknown,
  database: GreenThreadDb = defaultDb,
): Promise<AssessmentSnapshotRow> {
  return writeTransaction(
    database,
    [database.assessments, database.assessmentSnapshots],
    async () => {
      let row = await mustGet(database, assessmentId);
      if (row.status === 'returned') row = await editable(database, row);
      if (row.status !== 'draft') {
        throw new InvalidTransitionError(
          `Version ${String(row.version)} is already ${row.status}.`,
        );
      }
      const profile = (await database.settings.get('profile'))?.value as
        Partial<Profile> | undefined;
      const submittedAt = new Date().toISOString();
      const snapshot = frozenVersion(row, {
        status: 'submitted',
        results: structuredClone(results),
        submittedAt,
        submittedBy: profile?.name ?? '',
      });
      await database.assessmentSnapshots.add(snapshot);
      await database.assessments.put({
        ...row,
        status: 'submitted',
        submittedAt,
        updatedAt: submittedAt,
        rev: nextRev(row),
      });
      await recordAudit(database, {
        orgId: row.orgId,
        entity: 'assessment',
        entityId: row.id,
        action: 'submit',
        before: { version: row.version, status: 'draft' },
        after: { version: row.version, status: 'submitted', packVersion: row.packVersion },
      });
      return snapshot;
    },
  );
}

const NEXT: Record<AssessmentStatus, readonly AssessmentStatus[]> = {
  draft: [],
  submitted: ['under_review', 'accepted', 'returned'],
  under_review: ['accepted', 'returned'],
  accepted: [],
  returned: [],
};

/** The bank's review of the submitted version: under_review → accepted | returned. */
export async function setAssessmentStatus(
  assessmentId: string,
  status: AssessmentStatus,
  note?: string,
  database: GreenThreadDb = defaultDb,
): Promise<AssessmentRow> {
  return writeTransaction(
    database,
    [database.assessments, database.assessmentSnapshots],
    async () => {
      const row = await mustGet(database, assessmentId);
      if (!NEXT[row.status].includes(status)) {
        throw new InvalidTransitionError(
          `An assessment that is ${row.status} cannot become ${status}.`,
        );
      }
      const now = new Date().toISOString();
      const saved: AssessmentRow = { ...row, status, updatedAt: now, rev: nextRev(row) };
      if (note !== undefined) saved.statusNote = note;
      await database.assessments.put(saved);
      await database.assessmentSnapshots.update([row.id, row.version], {
        status,
        ...(note !== undefined ? { statusNote: note } : {}),
      });
      await recordAudit(database, {
        orgId: row.orgId,
        entity: 'assessment',
        entityId: row.id,
        action: 'status',
        before: { version: row.version, status: row.status },
        after: { version: row.version, status, note },
      });
      return saved;
    },
  );
}
