import type { AssessmentStatus } from '../../../../shared/package/enums';
import type { AnswerEntry, EsScreening } from '../../../../shared/package/schema';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { AssessmentRow, AssessmentSnapshotRow } from '../types';

export interface AssessmentVersion {
  version: number;
  status: AssessmentStatus;
  /** True for submitted versions: their answers can no longer change. */
  frozen: boolean;
  packId: string;
  packVersion: string;
  submittedAt?: string;
  submittedBy?: string;
  statusNote?: string;
  answers?: Record<string, AnswerEntry>;
  screening?: EsScreening;
  results?: unknown;
}

function fromSnapshot(s: AssessmentSnapshotRow): AssessmentVersion {
  return {
    version: s.version,
    status: s.status,
    frozen: true,
    packId: s.packId,
    packVersion: s.packVersion,
    submittedAt: s.submittedAt,
    submittedBy: s.submittedBy,
    ...(s.statusNote !== undefined ? { statusNote: s.statusNote } : {}),
    ...(s.answers ? { answers: s.answers } : {}),
    ...(s.screening ? { screening: s.screening } : {}),
    results: s.results,
  };
}

function fromDraft(row: AssessmentRow): AssessmentVersion {
  return {
    version: row.version,
    status: row.status,
    frozen: false,
    packId: row.packId,
    packVersion: row.packVersion,
    ...(row.instrument === 'vcp' ? { answers: row.answers } : { screening: row.screening }),
  };
}

/** Every version of an assessment, oldest first: the frozen ones, then the draft being edited. */
export async function listAssessmentHistory(
  assessmentId: string,
  database: GreenThreadDb = defaultDb,
): Promise<AssessmentVersion[]> {
  const [row, snapshots] = await Promise.all([
    database.assessments.get(assessmentId),
    database.assessmentSnapshots.where('assessmentId').equals(assessmentId).sortBy('version'),
  ]);
  const versions = snapshots.map(fromSnapshot);
  if (row?.status === 'draft' && !snapshots.some((s) => s.version === row.version)) {
    versions.push(fromDraft(row));
  }
  return versions;
}

export function getAssessmentSnapshot(
  assessmentId: string,
  version: number,
  database: GreenThreadDb = defaultDb,
): Promise<AssessmentSnapshotRow | undefined> {
  return database.assessmentSnapshots.get([assessmentId, version]);
}
