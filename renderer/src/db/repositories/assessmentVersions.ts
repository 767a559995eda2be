import { recordAudit } from '../audit';
import type { GreenThreadDb } from '../db';
import { NotFoundError } from '../errors';
import type { AssessmentRow, AssessmentSnapshotRow } from '../types';

export async function mustGet(database: GreenThreadDb, id: string): Promise<AssessmentRow> {
  const row = await database.assessments.get(id);
  if (!row) throw new NotFoundError(`Assessment ${id} does not exist.`);
  return row;
}

/**
 * Editing a submitted (or reviewed) version never changes it: the edit opens the next version
 * as a draft, and the frozen snapshot stays readable.
 */
export async function editable<T extends AssessmentRow>(
  database: GreenThreadDb,
  row: T,
): Promise<T> {
  if (row.status === 'draft') return row;
  const next: T = { ...row, status: 'draft', version: row.version + 1 };
  delete next.submittedAt;
  delete next.statusNote;
  await recordAudit(database, {
    orgId: row.orgId,
    entity: 'assessment',
    entityId: row.id,
    action: 'new_version',
    before: { version: row.version, status: row.status },
    after: { version: next.version, status: 'draft' },
  });
  return next;
}

/**
 * A version as frozen: which assessment, version, period and pack, and its answers or
 * screening as they stand (copied: later edits of the row never reach it). The caller says the
 * outcome, the results and who froze it when.
 */
export function frozenVersion(
  row: AssessmentRow,
  outcome: Pick<
    AssessmentSnapshotRow,
    'status' | 'statusNote' | 'results' | 'submittedAt' | 'submittedBy'
  >,
): AssessmentSnapshotRow {
  return {
    assessmentId: row.id,
    version: row.version,
    orgId: row.orgId,
    instrument: row.instrument,
    period: row.period,
    packId: row.packId,
    packVersion: row.packVersion,
    ...(row.instrument === 'vcp'
      ? { answers: structuredClone(row.answers) }
      : { screening: structuredClone(row.screening) }),
    ...outcome,
  };
}
