// A SyncStore in memory: for tests and the bench, and the reference for what the Dexie store must do.
import { parsePack } from '../../../shared/catalogue/parsePack';
import type { PublishedPack, PulledChange, SyncTable } from '../../../shared/sync/protocol';
import { enqueueWrite } from './outbox';
import type { ApplyReport, LocalConflict, OutboxEntry, SyncState, SyncStore } from './store';

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
  /** Pulled changes not applied because the record had a local change not yet sent. */
  readonly held: PulledChange[] = [];
  pack: PublishedPack | null = null;
  refusedPack: PublishedPack | null = null;

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
  applyBatch(changes: PulledChange[], next: SyncState): Promise<ApplyReport> {
    const report: ApplyReport = { applied: 0, held: 0, refused: 0 };
    for (const change of changes) {
      const k = MemorySyncStore.key(change.table, change.recordId);
      const pending = this.entries.filter(
        (e) => e.table === change.table && e.recordId === change.recordId,
      );
      const current = this.records.get(k);
      if (pending.some((e) => e.changeId === change.changeId)) {
        this.entries = this.entries.filter((e) => e.changeId !== change.changeId);
        this.records.set(k, {
          deleted: current?.deleted ?? false,
          data: current?.data ?? null,
          version: change.version,
        });
        continue;
      }
      if (change.version <= (current?.version ?? 0)) continue;
      if (pending.length > 0) {
        this.held.push(change);
        report.held += 1;
        continue;
      }
      this.records.set(k, {
        version: change.version,
        deleted: change.op === 'delete',
        data: change.data,
      });
      report.applied += 1;
    }
    this.syncState = { ...next };
    return Promise.resolve(report);
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
    if (parsePack(pack.content).ok) this.pack = pack;
    else this.refusedPack = pack;
    return Promise.resolve();
  }
}
