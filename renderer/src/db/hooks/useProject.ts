import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { getProject } from '../repositories/projects';
import type { ProjectRow } from '../types';

/** The organisation's current green project; undefined while loading, null when none. */
export function useProject(
  orgId: string | undefined,
  database: GreenThreadDb = defaultDb,
): ProjectRow | null | undefined {
  return useLiveQuery(
    async () => (orgId ? ((await getProject(orgId, database)) ?? null) : null),
    [orgId, database],
  );
}
