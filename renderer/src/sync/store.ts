// What the sync client needs from local storage. The app's Dexie store and the in-memory store
// the tests and the bench use both implement it.
import type { Change, PulledChange, PublishedPack, SyncTable } from '../../../shared/sync/protocol';

/** A local write waiting to reach the server. `sentAt` is set before the first attempt. */
export type OutboxEntry = Change & { queuedAt: string; sentAt?: string };

export interface SyncState {
  /** The last change-log sequence number pulled. */
  cursor: number;
  /** The sequence number of the bank pack held; 0 for none. */
  packSeq: number;
  lastSyncAt: string | null;
}

export interface LocalConflict {
  conflictId: number;
  changeId: string;
  table: SyncTable;
  recordId: string;
}

export interface SyncStore {
  /** Pending changes, oldest first. */
  outbox(): Promise<OutboxEntry[]>;
  putOutbox(entries: OutboxEntry[]): Promise<void>;
  removeOutbox(changeIds: string[]): Promise<void>;
  /** The server version the local copy of a record is based on; 0 when never synced. */
  recordVersion(table: SyncTable, recordId: string): Promise<number>;
  setRecordVersion(table: SyncTable, recordId: string, version: number): Promise<void>;
  /** Writes another device's change (a put or a tombstone) with its version, in one transaction. */
  applyRemote(change: PulledChange): Promise<void>;
  state(): Promise<SyncState>;
  setState(state: SyncState): Promise<void>;
  addConflicts(conflicts: LocalConflict[]): Promise<void>;
  /** A bank pack from the server, already checked with parsePack. */
  savePack(pack: PublishedPack): Promise<void>;
}

/** The change as it travels, without the desktop's own bookkeeping. */
export function toChange(entry: OutboxEntry): Change {
  const { changeId, table, recordId, baseVersion, branchId } = entry;
  const base = { changeId, table, recordId, baseVersion, ...(branchId ? { branchId } : {}) };
  return entry.op === 'put' ? { ...base, op: 'put', data: entry.data } : { ...base, op: 'delete' };
}
