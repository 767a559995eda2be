import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { findAssessment } from '../repositories/assessments';
import type { AssessmentRow, Instrument } from '../types';

/**
 * The organisation's assessment for an instrument (the given period, or the latest one).
 * undefined while loading, null when none exists yet (create it with openAssessment).
 */
export function useAssessment(
  orgId: string | undefined,
  instrument: Instrument,
  period?: string,
  database: GreenThreadDb = defaultDb,
): AssessmentRow | null | undefined {
  return useLiveQuery(
    async () =>
      orgId ? ((await findAssessment(orgId, instrument, period, database)) ?? null) : null,
    [orgId, instrument, period, database],
  );
}
