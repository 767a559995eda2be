// What the sync client needs from local storage. The app's Dexie store and the in-memory store
// the tests and the bench use both implement it.
import type {
  Change,
  PulledChange,
  PublishedPack,
  SyncDirectory,
  SyncTable,
} from '../../../shared/sync/protocol';

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
  /** The change the server did not apply (null: a tombstone), kept so a person can see it. */
  mine?: Record<string, unknown> | null;
}

export interface ApplyReport {
  applied: number;
  /** Changes for records with a local edit not yet sent or an open conflict: kept, not applied. */
  held: number;
  /** Changes whose record did not pass the app's own checks: not applied. */
  refused: number;
}

export interface SyncStore {
  /** Pending changes, oldest first. */
  outbox(): Promise<OutboxEntry[]>;
  putOutbox(entries: OutboxEntry[]): Promise<void>;
  removeOutbox(changeIds: string[]): Promise<void>;
  /** The server version the local copy of a record is based on; 0 when never synced. */
  recordVersion(table: SyncTable, recordId: string): Promise<number>;
  setRecordVersion(table: SyncTable, recordId: string, version: number): Promise<void>;
  /**
   * Applies one pulled page in one transaction and moves the cursor with it: a change newer than
   * the local copy is written (a put or a tombstone) with its version, unless the record has a
   * local change not yet sent or an open conflict, which is never overwritten (the change becomes
   * the conflict's server side, the version a person chooses against); a pulled change
   * that is this device's own unacknowledged change acknowledges it.
   */
  applyBatch(changes: PulledChange[], next: SyncState): Promise<ApplyReport>;
  state(): Promise<SyncState>;
  setState(state: SyncState): Promise<void>;
  addConflicts(conflicts: LocalConflict[]): Promise<void>;
  /** Names where each open conflict's server version was made; a store without words skips it. */
  nameAuthors?(directory: SyncDirectory): Promise<void>;
  /**
   * A bank pack the server published: checked with parsePack here, and only then kept (and, in
   * the app, chosen for new screenings); a refused one changes nothing but is recorded.
   */
  savePack(pack: PublishedPack): Promise<void>;
}

/** The change as it travels, without the desktop's own bookkeeping. */
export function toChange(entry: OutboxEntry): Change {
  const { changeId, table, recordId, baseVersion, branchId } = entry;
  const base = { changeId, table, recordId, baseVersion, ...(branchId ? { branchId } : {}) };
  return entry.op === 'put' ? { ...base, op: 'put', data: entry.data } : { ...base, op: 'delete' };
}
