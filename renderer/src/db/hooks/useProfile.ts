import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { getProfile } from '../repositories/profile';
import type { Profile } from '../types';

/** undefined while loading, null before the user has set up a profile. */
export function useProfile(database: GreenThreadDb = defaultDb): Profile | null | undefined {
  return useLiveQuery(async () => (await getProfile(database)) ?? null, [database]);
}
