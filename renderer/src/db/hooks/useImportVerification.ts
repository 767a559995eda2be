import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import {
  lastImportVerification,
  type ImportVerification,
} from '../repositories/importVerification';

/** undefined while loading, null when the import recorded no verification. */
export function useImportVerification(
  applicationId: string,
  database: GreenThreadDb = defaultDb,
): ImportVerification | null | undefined {
  return useLiveQuery(
    () => lastImportVerification(applicationId, database),
    [applicationId, database],
  );
}
