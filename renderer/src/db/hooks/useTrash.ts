import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { listTrash } from '../repositories/trash';
import type { OrganisationRow } from '../types';

/** Organisations in the trash, most recently deleted first; undefined while loading. */
export function useTrash(database: GreenThreadDb = defaultDb): OrganisationRow[] | undefined {
  return useLiveQuery(() => listTrash(database), [database]);
}
