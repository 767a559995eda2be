import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { OrganisationRow } from '../types';

/** undefined while loading, null when there is no such organisation. */
export function useOrganisation(
  id: string | undefined,
  database: GreenThreadDb = defaultDb,
): OrganisationRow | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await database.organisations.get(id)) ?? null) : null),
    [id, database],
  );
}
