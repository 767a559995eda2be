// The officer's green inputs and decision are part of what a sign-off freezes. The forms are
// disabled once signed, but a save the officer issued just before pressing "sign" can land after
// it: refused then, so the signed record and the project shown never part silently. The
// verification after disbursement is not part of the decision and saves through
// saveProjectFields as before.
import type { GreenProject } from '../../../../shared/package/schema';
import { writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { ProjectRow } from '../types';
import { findAssessment } from './assessments';
import { saveProjectFields } from './projects';
import { isLocked, LockedError } from './signOff';

export function saveDecidedProjectFields(
  orgId: string,
  projectId: string,
  base: Partial<GreenProject>,
  patch: Partial<GreenProject>,
  database: GreenThreadDb = defaultDb,
): Promise<ProjectRow> {
  return writeTransaction(database, [database.projects, database.assessments], async () => {
    if (isLocked(await findAssessment(orgId, 'es', undefined, database))) throw new LockedError();
    return saveProjectFields(orgId, projectId, base, patch, database);
  });
}
