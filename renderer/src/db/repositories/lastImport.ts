// The officer's copy of the last package imported for an organisation, so the next
// re-submission can show exactly what the company changed.
import {
  applicationPackageSchema,
  type ApplicationPackage,
} from '../../../../shared/package/schema';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { getOrganisationSetting, putOrganisationSetting } from './organisationSettings';

/** undefined when none, or when the stored copy no longer parses (it is then not compared). */
export async function getLastImport(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationPackage | undefined> {
  const value = await getOrganisationSetting(orgId, 'lastImport', database);
  if (value === undefined) return undefined;
  const parsed = applicationPackageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Stores the copy; storeSubmission calls it inside its transaction. */
export function setLastImport(
  orgId: string,
  pkg: ApplicationPackage,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  return putOrganisationSetting(orgId, 'lastImport', pkg, database);
}
