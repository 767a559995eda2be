// Sign-off of the officer's screening and decision: the E&S assessment's current version is
// frozen with the signed record and becomes 'accepted' (locked). An amendment opens the next
// version as a draft, with its own reason; every version stays in the history.
import {
  signOffSchema,
  signOffProblems,
  type SignOff,
} from '../../../../shared/officer-record/signOff';
import type { EsScreening, GreenProject } from '../../../../shared/package/schema';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { InvalidTransitionError, validate } from '../errors';
import type { AssessmentRow, AssessmentSnapshotRow, EsAssessmentRow } from '../types';
import { emptyScreening } from './assessments';
import { editable, frozenVersion, mustGet } from './assessmentVersions';
import { declineOnExclusionHit } from './exclusionDecline';
import { getProject, projectFromRow } from './projects';
import { nextRev, sameValue } from './recordVersion';

/** Signed off and not reopened: nothing in the screening or decision may change. */
export function isLocked(row: AssessmentRow | null | undefined): boolean {
  return row?.instrument === 'es' && row.status === 'accepted';
}

export class LockedError extends InvalidTransitionError {
  constructor() {
    super('This screening is signed off. Amend it (a new version with a reason) to change it.');
  }
}

/**
 * The screening or the green project stored now is not the one the sign-off was drawn up from:
 * a change made just before pressing "sign" reached the database after the screen was drawn.
 * Nothing was signed; the screen catches up and the officer signs what it then shows.
 */
export class SignOffOutdatedError extends InvalidTransitionError {
  constructor() {
    super(
      'The screening changed while it was being signed; nothing was signed. Check it and sign again.',
    );
  }
}

/** What the sign-off record was drawn up from: the screening and the green project as shown. */
interface SignOffBasis {
  screening: EsScreening | undefined;
  project: GreenProject | undefined;
}

/**
 * Freezes the screening's current version with `record`. With `basis`, refused
 * (SignOffOutdatedError) unless the stored screening and project are still those the record
 * was drawn up from, so a signed version never holds a decision other than the one shown.
 */
export async function signOff(
  assessmentId: string,
  record: SignOff,
  database: GreenThreadDb = defaultDb,
  basis?: SignOffBasis,
): Promise<AssessmentSnapshotRow> {
  const parsed = validate(signOffSchema, record, 'The sign-off');
  const problems = signOffProblems(parsed);
  if (problems.length > 0) {
    throw new InvalidTransitionError(`The sign-off is incomplete: ${problems.join(', ')}.`);
  }
  const snapshot = await writeTransaction(
    database,
    [database.assessments, database.assessmentSnapshots],
    async () => {
      const row = await mustGet(database, assessmentId);
      if (row.instrument !== 'es') throw new InvalidTransitionError('Only a screening is signed.');
      if (row.status !== 'draft') throw new LockedError();
      if (basis) {
        const project = await getProject(row.orgId, database);
        // No screening shown is the empty one a first sign-off opens.
        const shown = basis.screening ?? emptyScreening();
        if (
          !sameValue(row.screening, shown) ||
          !sameValue(project ? projectFromRow(project) : undefined, basis.project)
        ) {
          throw new SignOffOutdatedError();
        }
      }
      const at = new Date().toISOString();
      const snapshot = frozenVersion(row, {
        status: 'accepted',
        ...(parsed.amendmentReason ? { statusNote: parsed.amendmentReason } : {}),
        results: parsed,
        submittedAt: at,
        submittedBy: parsed.name,
      });
      await database.assessmentSnapshots.put(snapshot);
      const signed: EsAssessmentRow = {
        ...row,
        status: 'accepted',
        submittedAt: at,
        updatedAt: at,
        rev: nextRev(row),
      };
      await database.assessments.put(signed);
      await recordAudit(database, {
        orgId: row.orgId,
        entity: 'assessment',
        entityId: row.id,
        field: 'signOff',
        action: 'submit',
        before: { version: row.version, status: 'draft' },
        after: { version: row.version, status: 'accepted', signOff: parsed },
      });
      return snapshot;
    },
  );
  // The signed decision never stands beside an exclusion hit: the application is declined.
  await declineOnExclusionHit(snapshot.orgId, database);
  return snapshot;
}

/** Reopens a signed screening as version n+1, with the reason the decision is changed. */
export async function amendSignedOff(
  assessmentId: string,
  reason: string,
  database: GreenThreadDb = defaultDb,
): Promise<EsAssessmentRow> {
  const why = reason.trim();
  if (why.length < 10) throw new InvalidTransitionError('An amendment needs a written reason.');
  const amended = await writeTransaction(database, [database.assessments], async () => {
    const row = await mustGet(database, assessmentId);
    if (row.instrument !== 'es' || !isLocked(row)) {
      throw new InvalidTransitionError('Only a signed-off screening is amended.');
    }
    const next = await editable(database, row);
    const saved: EsAssessmentRow = {
      ...next,
      statusNote: why,
      updatedAt: new Date().toISOString(),
      rev: nextRev(row),
    };
    await database.assessments.put(saved);
    await recordAudit(database, {
      orgId: row.orgId,
      entity: 'assessment',
      entityId: row.id,
      field: 'amendment',
      action: 'status',
      before: { version: row.version, status: row.status },
      after: { version: saved.version, status: 'draft', reason: why },
    });
    return saved;
  });
  await declineOnExclusionHit(amended.orgId, database);
  return amended;
}
