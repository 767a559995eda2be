import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { listActions } from '../repositories/actions';
import type { ActionRow } from '../types';

/** Open work first, then by priority and deadline; undefined while loading. */
export function useActions(
  orgId: string | undefined,
  database: GreenThreadDb = defaultDb,
): ActionRow[] | undefined {
  return useLiveQuery(
    () => (orgId ? listActions(orgId, database) : Promise.resolve([])),
    [orgId, database],
  );
}
