// The officer's application as the screens read it: the portfolio row (live) and its loan terms.
// Writes go through repositories/applications.ts (setApplicationTerms, setApplicationOutcome).
import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../../db/db';
import type { ApplicationRow } from '../../db/types';

export interface LoanTerms {
  /** YYYY-MM-DD; ESAP deadlines count from it. null until the officer sets it. */
  signingDate: string | null;
  termYears: number;
}

/** The tenor assumed until the officer sets one. */
export const DEFAULT_TERM_YEARS = 3;

/** undefined while loading, null when there is no such application. */
export function useApplicationRow(
  applicationId: string,
  database: GreenThreadDb = defaultDb,
): ApplicationRow | null | undefined {
  return useLiveQuery(
    async () => (await database.applications.get(applicationId)) ?? null,
    [applicationId, database],
  );
}
