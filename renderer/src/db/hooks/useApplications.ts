import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { listApplications, type ApplicationFilter } from '../repositories/applications';
import type { ApplicationRow } from '../types';

/** The loan officer's portfolio, filtered; undefined while loading. */
export function useApplications(
  filter: ApplicationFilter = {},
  database: GreenThreadDb = defaultDb,
): ApplicationRow[] | undefined {
  const f = filter;
  return useLiveQuery(
    () => listApplications(f, database),
    [
      f.status,
      f.category,
      f.greenDecision,
      f.taxonomyCode,
      f.womenLed,
      f.minAmountMnt,
      f.maxAmountMnt,
      database,
    ],
  );
}

/** One application, live; undefined while loading, null when there is no such application. */
export function useApplicationRow(
  applicationId: string,
  database: GreenThreadDb = defaultDb,
): ApplicationRow | null | undefined {
  return useLiveQuery(
    async () => (await database.applications.get(applicationId)) ?? null,
    [applicationId, database],
  );
}
