import { recordAudit } from '../audit';
import type { GreenThreadDb } from '../db';
import { NotFoundError } from '../errors';
import type { AssessmentRow } from '../types';

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
