import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { listEsapActionsByOrg } from '../repositories/esapByOrg';
import type { ActionRow } from '../types';

/** ESAP items of every organisation, by organisation; undefined while loading. */
export function useEsapActionsByOrg(
  database: GreenThreadDb = defaultDb,
): Map<string, ActionRow[]> | undefined {
  return useLiveQuery(() => listEsapActionsByOrg(database), [database]);
}
