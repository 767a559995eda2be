import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { SyncConflictRow } from '../types';
import {
  getSyncDevice,
  getSyncState,
  type StoredSyncState,
  type SyncDevice,
} from '../../sync/device';

export interface SyncStatus {
  device: SyncDevice | null;
  state: StoredSyncState;
  /** Changes waiting to be sent (refused ones included: they wait for a person too). */
  pending: number;
  refused: number;
  conflicts: SyncConflictRow[];
}

/** This computer's link to the bank server, live; undefined while loading. */
export function useSyncStatus(database: GreenThreadDb = defaultDb): SyncStatus | undefined {
  return useLiveQuery(async () => {
    const outbox = await database.outbox.toArray();
    return {
      device: await getSyncDevice(database),
      state: await getSyncState(database),
      pending: outbox.length,
      refused: outbox.filter((e) => e.refused).length,
      conflicts: await database.syncConflicts.filter((c) => !c.resolvedAt).toArray(),
    };
  }, [database]);
}
