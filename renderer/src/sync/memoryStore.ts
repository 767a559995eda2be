// A SyncStore in memory: for tests and the bench, and the reference for what the Dexie store must do.
import type { PublishedPack, PulledChange, SyncTable } from '../../../shared/sync/protocol';
import { enqueueWrite } from './outbox';
import type { LocalConflict, OutboxEntry, SyncState, SyncStore } from './store';

interface LocalRecord {
  version: number;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

export class MemorySyncStore implements SyncStore {
  readonly records = new Map<string, LocalRecord>();
  private entries: OutboxEntry[] = [];
  private syncState: SyncState = { cursor: 0, packSeq: 0, lastSyncAt: null };
  readonly conflicts: LocalConflict[] = [];
  pack: PublishedPack | null = null;

  static key(table: SyncTable, recordId: string): string {
    return `${table}/${recordId}`;
  }

  /** A local edit: the record and its outbox entry change together. */
  async write(
    table: SyncTable,
    recordId: string,
    data: Record<string, unknown> | null,
  ): Promise<void> {
    const k = MemorySyncStore.key(table, recordId);
    const current = this.records.get(k);
    this.records.set(k, { version: current?.version ?? 0, deleted: data === null, data });
    await enqueueWrite(this, table, recordId, data);
  }

  /** Live records as {key: data}, for comparing stores. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, r] of [...this.records].sort(([a], [b]) => a.localeCompare(b))) {
      if (!r.deleted) out[k] = r.data;
    }
    return out;
  }

  outbox(): Promise<OutboxEntry[]> {
    return Promise.resolve([...this.entries]);
  }
  putOutbox(entries: OutboxEntry[]): Promise<void> {
    for (const e of entries) {
      const i = this.entries.findIndex((x) => x.changeId === e.changeId);
      if (i >= 0) this.entries[i] = e;
      else this.entries.push(e);
    }
    return Promise.resolve();
  }
  removeOutbox(changeIds: string[]): Promise<void> {
    const gone = new Set(changeIds);
    this.entries = this.entries.filter((e) => !gone.has(e.changeId));
    return Promise.resolve();
  }
  recordVersion(table: SyncTable, recordId: string): Promise<number> {
    return Promise.resolve(this.records.get(MemorySyncStore.key(table, recordId))?.version ?? 0);
  }
  setRecordVersion(table: SyncTable, recordId: string, version: number): Promise<void> {
    const k = MemorySyncStore.key(table, recordId);
    const r = this.records.get(k);
    this.records.set(k, { deleted: r?.deleted ?? false, data: r?.data ?? null, version });
    return Promise.resolve();
  }
  applyRemote(change: PulledChange): Promise<void> {
    this.records.set(MemorySyncStore.key(change.table, change.recordId), {
      version: change.version,
      deleted: change.op === 'delete',
      data: change.data,
    });
    return Promise.resolve();
  }
  state(): Promise<SyncState> {
    return Promise.resolve({ ...this.syncState });
  }
  setState(state: SyncState): Promise<void> {
    this.syncState = { ...state };
    return Promise.resolve();
  }
  addConflicts(conflicts: LocalConflict[]): Promise<void> {
    this.conflicts.push(...conflicts);
    return Promise.resolve();
  }
  savePack(pack: PublishedPack): Promise<void> {
    this.pack = pack;
    return Promise.resolve();
  }
}
