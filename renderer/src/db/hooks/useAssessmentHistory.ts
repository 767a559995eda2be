import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { listAssessmentHistory, type AssessmentVersion } from '../repositories/assessmentHistory';

/** Every version, oldest first; undefined while loading. */
export function useAssessmentHistory(
  assessmentId: string | undefined,
  database: GreenThreadDb = defaultDb,
): AssessmentVersion[] | undefined {
  return useLiveQuery(
    () => (assessmentId ? listAssessmentHistory(assessmentId, database) : Promise.resolve([])),
    [assessmentId, database],
  );
}
