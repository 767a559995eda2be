// The app's SyncStore over Dexie: the outbox the middleware fills, the versions records stand on,
// conflicts kept for a person, and pulled changes applied one transaction per batch.
import {
  changeSchema,
  describeZodError,
  type PublishedPack,
  type PulledChange,
  type SyncDirectory,
  type SyncTable,
} from '../../../shared/sync/protocol';
import { recordAudit, writeTransaction } from '../db/audit';
import { storePublishedPack } from '../db/repositories/bankPacks';
import type { GreenThreadDb } from '../db/db';
import type { OutboxRow, SyncConflictRow, SyncRecordRow } from '../db/types';
import { getSyncDevice, getSyncState, SYNC_STATE_KEY } from './device';
import { LEGACY_EVIDENCE_TABLE } from '../../../shared/sync/protocol';
import { doNotRecordThisTransaction } from './outboxMiddleware';
import { decodeRecordId, encodeRecordId } from './recordKey';
import type { ApplyReport, LocalConflict, OutboxEntry, SyncState, SyncStore } from './store';
import { isSyncedTable, LOCAL_SYNC_TABLES, recordOrgId } from './syncedTables';
import { checkPulledRow } from './pulledRow';
import { withUnknownFields } from '../../../shared/sync/unknownFields';

const LEGACY_EVIDENCE_NOTE =
  'evidence records shared by every organisation, from a desktop before database version 6: each organisation’s own record replaces them';

/** The server's side of a conflict, from a pulled change; where it was made is named later. */
const theirsOf = (change: PulledChange) => ({
  theirs: change.data,
  theirsVersion: change.version,
  theirsUserId: change.userId,
  theirsAt: undefined,
});

export class DexieSyncStore implements SyncStore {
  constructor(private readonly database: GreenThreadDb) {}

  /**
   * Records a person has still to decide on: their later edits wait here too, or each would go
   * on a stale version and become one more conflict on the server.
   */
  private async openConflictRecords(): Promise<Set<string>> {
    const open = await this.database.syncConflicts.filter((c) => !c.resolvedAt).toArray();
    return new Set(open.map((c) => `${c.table}/${c.recordId}`));
  }

  private openConflict(table: string, recordId: string) {
    return this.database.syncConflicts
      .where('[table+recordId]')
      .equals([table, recordId])
      .filter((c) => !c.resolvedAt)
      .first();
  }

  /** Pending changes that can be sent, oldest first; one that cannot is marked with the reason. */
  async outbox(): Promise<OutboxEntry[]> {
    const db = this.database;
    const rows = await db.outbox.orderBy('seq').toArray();
    const held = await this.openConflictRecords();
    const device = await getSyncDevice(db);
    const out: OutboxEntry[] = [];
    const refusals: { seq: number; refused: string }[] = [];
    for (const row of rows) {
      if (row.refused || row.seq === undefined) continue;
      if (held.has(`${row.table}/${row.recordId}`)) continue;
      const base = row.baseVersion ?? (await this.recordVersion(row.table, row.recordId));
      const branchId = await this.branchFor(row, base, device?.user.role);
      const candidate = {
        changeId: row.changeId,
        table: row.table,
        recordId: row.recordId,
        baseVersion: base,
        ...(branchId ? { branchId } : {}),
        ...(row.op === 'put'
          ? { op: 'put' as const, data: await this.withExtra(row) }
          : { op: 'delete' as const }),
      };
      const checked = changeSchema.safeParse(candidate);
      if (!checked.success) {
        refusals.push({ seq: row.seq, refused: describeZodError(checked.error) });
        continue;
      }
      if (device?.user.role === 'es_unit' && base === 0 && !branchId) {
        refusals.push({
          seq: row.seq,
          refused: 'head office can add a record only to an organisation a branch already shares',
        });
        continue;
      }
      out.push({
        ...checked.data,
        queuedAt: row.queuedAt,
        ...(row.sentAt ? { sentAt: row.sentAt } : {}),
      });
    }
    if (refusals.length) {
      await db.transaction('rw', db.outbox, async () => {
        for (const r of refusals) await db.outbox.update(r.seq, { refused: r.refused });
      });
    }
    return out;
  }

  /** Head office's new record goes to the branch its organisation belongs to. */
  private async branchFor(
    row: OutboxRow,
    base: number,
    role: string | undefined,
  ): Promise<string | undefined> {
    if (role !== 'es_unit' || base !== 0) return undefined;
    const orgId =
      row.data && isSyncedTable(row.table) ? recordOrgId(row.table, row.data) : undefined;
    if (!orgId) return undefined;
    return (await this.database.syncRecords.get(['organisations', encodeRecordId(orgId)]))
      ?.branchId;
  }

  async putOutbox(entries: OutboxEntry[]): Promise<void> {
    const db = this.database;
    await db.transaction('rw', db.outbox, async () => {
      for (const e of entries) {
        const row = await db.outbox.where('changeId').equals(e.changeId).first();
        if (row?.seq === undefined) continue;
        await db.outbox.update(row.seq, {
          baseVersion: e.baseVersion,
          ...(e.sentAt ? { sentAt: e.sentAt } : {}),
        });
      }
    });
  }

  async removeOutbox(changeIds: string[]): Promise<void> {
    await this.database.outbox.where('changeId').anyOf(changeIds).delete();
  }

  async recordVersion(table: string, recordId: string): Promise<number> {
    return (await this.database.syncRecords.get([table, recordId]))?.version ?? 0;
  }

  async setRecordVersion(table: SyncTable, recordId: string, version: number): Promise<void> {
    const db = this.database;
    await db.transaction('rw', db.syncRecords, async () => {
      const row = await db.syncRecords.get([table, recordId]);
      await db.syncRecords.put({ ...row, table, recordId, version });
    });
  }

  /**
   * One transaction: every change newer than the local copy is applied, unless the record has a
   * local edit not yet sent (that becomes a conflict, nothing overwritten); the cursor moves with it.
   */
  async applyBatch(changes: PulledChange[], next: SyncState): Promise<ApplyReport> {
    const db = this.database;
    const report: ApplyReport = { applied: 0, held: 0, refused: 0 };
    const byTable: Record<string, number> = {};
    let legacyEvidence = 0;
    const tables = [
      ...LOCAL_SYNC_TABLES.map((t) => db.table(t)),
      db.syncConflicts,
      db.evidenceData,
    ];
    await writeTransaction(db, tables, async () => {
      doNotRecordThisTransaction();
      for (const change of changes) {
        if (change.table === LEGACY_EVIDENCE_TABLE) {
          // Written by a desktop before schema v6: one record per file for every organisation,
          // which cannot say whose name it holds. Each organisation's own record comes as
          // evidenceFiles once that desktop is updated; this one is noted, not applied.
          legacyEvidence += 1;
          continue;
        }
        if (!isSyncedTable(change.table)) {
          report.refused += 1;
          continue;
        }
        const local = await db.syncRecords.get([change.table, change.recordId]);
        const pending = await db.outbox
          .where('[table+recordId]')
          .equals([change.table, change.recordId])
          .toArray();
        const echo = pending.find((e) => e.changeId === change.changeId);
        if (echo?.seq !== undefined) {
          // Our own change, whose answer was lost: it is acknowledged now.
          await db.outbox.delete(echo.seq);
          await db.syncRecords.put({
            ...local,
            table: change.table,
            recordId: change.recordId,
            version: change.version,
            branchId: change.branchId,
          });
          continue;
        }
        if (change.version <= (local?.version ?? 0)) continue;
        const open = await this.openConflict(change.table, change.recordId);
        if (open) {
          // A person has not chosen yet: the server's newer version is what they choose against,
          // and this computer's copy stays as it is until they do.
          const mine = pending.at(-1);
          await db.syncConflicts.put({
            ...open,
            ...(mine ? { mine: mine.op === 'put' ? await this.withExtra(mine) : null } : {}),
            ...theirsOf(change),
          });
          report.held += 1;
          continue;
        }
        if (pending.length > 0) {
          await this.holdAsConflict(change, pending);
          report.held += 1;
          continue;
        }
        const written = await this.write(change);
        if (!written) {
          report.refused += 1;
          continue;
        }
        await db.syncRecords.put({
          table: change.table,
          recordId: change.recordId,
          version: change.version,
          branchId: change.branchId,
          ...written,
        });
        report.applied += 1;
        byTable[change.table] = (byTable[change.table] ?? 0) + 1;
      }
      const stored = await getSyncState(db);
      await db.settings.put({ key: SYNC_STATE_KEY, value: { ...stored, ...next } });
      if (report.applied + report.held + report.refused + legacyEvidence > 0) {
        await recordAudit(db, {
          entity: 'database',
          entityId: 'bankServer',
          field: 'pull',
          action: 'import',
          after: {
            ...report,
            byTable,
            ...(legacyEvidence > 0
              ? { skippedSharedEvidenceRecords: legacyEvidence, skippedWhy: LEGACY_EVIDENCE_NOTE }
              : {}),
          },
        });
      }
    });
    return report;
  }

  private async holdAsConflict(change: PulledChange, pending: OutboxRow[]): Promise<void> {
    const db = this.database;
    const mine = pending.at(-1);
    const row: SyncConflictRow = {
      table: change.table,
      recordId: change.recordId,
      // with the fields a newer GreenThread added: they are no difference a person must choose
      mine: mine?.op === 'put' ? await this.withExtra(mine) : null,
      ...theirsOf(change),
      detectedAt: new Date().toISOString(),
    };
    await db.syncConflicts.put(row);
  }

  /** The record as it travels: with the fields a newer GreenThread added, as they were pulled. */
  private async withExtra(row: OutboxRow): Promise<Record<string, unknown>> {
    const synced = await this.database.syncRecords.get([row.table, row.recordId]);
    return withUnknownFields(row.data ?? {}, synced?.extra, synced?.nestedExtra);
  }

  /**
   * Writes a pulled record (or removes it) after the app's own row check; false if refused.
   * Fields this version does not know, at the top or nested, come back to keep beside it.
   */
  private async write(
    change: PulledChange,
  ): Promise<false | Pick<SyncRecordRow, 'extra' | 'nestedExtra'>> {
    const db = this.database;
    const table = db.table(change.table);
    const key = decodeRecordId(change.recordId);
    if (change.op === 'delete' || change.data === null) {
      await table.delete(key as never);
      return {};
    }
    let data: Record<string, unknown> = change.data;
    if (change.table === 'evidenceFiles') {
      // The file itself stays where it was added until asked for: here it is only a reference,
      // unless the same content is already on this computer.
      const bytes = typeof data.sha === 'string' ? await db.evidenceData.get(data.sha) : undefined;
      data = { ...data, hasContent: bytes ? 1 : 0 };
    }
    const checked = checkPulledRow(change.table, data);
    if (!checked) return false;
    const keyPath = table.schema.primKey.keyPath;
    const row = checked.row;
    const own = Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath ?? 'id'];
    // A record must sit under its own id: a change cannot overwrite another record.
    if (encodeRecordId(own) !== change.recordId) return false;
    await table.put(row);
    return checked.kept;
  }

  async state(): Promise<SyncState> {
    const s = await getSyncState(this.database);
    return { cursor: s.cursor, packSeq: s.packSeq, lastSyncAt: s.lastSyncAt };
  }

  async setState(state: SyncState): Promise<void> {
    const db = this.database;
    await db.transaction('rw', db.settings, async () => {
      const stored = await getSyncState(db);
      await db.settings.put({ key: SYNC_STATE_KEY, value: { ...stored, ...state } });
    });
  }

  /** Changes the server kept as conflicts: their outbox rows go, both versions stay here. */
  async addConflicts(conflicts: LocalConflict[]): Promise<void> {
    const db = this.database;
    await db.transaction('rw', db.syncConflicts, async () => {
      for (const c of conflicts) {
        const open = await db.syncConflicts
          .where('[table+recordId]')
          .equals([c.table, c.recordId])
          .filter((x) => !x.resolvedAt)
          .first();
        await db.syncConflicts.put({
          ...open,
          table: c.table,
          recordId: c.recordId,
          mine: c.mine === undefined ? (open?.mine ?? null) : c.mine,
          serverConflictId: c.conflictId,
          detectedAt: open?.detectedAt ?? new Date().toISOString(),
        });
      }
    });
  }

  /** Open conflicts learn the branch their server version was made at (or head office). */
  async nameAuthors(directory: SyncDirectory): Promise<void> {
    const db = this.database;
    const branchOf = new Map(directory.users.map((u) => [u.id, u.branchId]));
    const nameOf = new Map(directory.branches.map((b) => [b.id, b.name]));
    await db.transaction('rw', db.syncConflicts, async () => {
      const open = await db.syncConflicts.filter((c) => !c.resolvedAt).toArray();
      for (const c of open) {
        if (c.id === undefined || c.theirsUserId === undefined) continue;
        const branch = branchOf.get(c.theirsUserId);
        if (branch === undefined) continue;
        const at = branch === null ? null : nameOf.get(branch);
        if (at !== undefined) await db.syncConflicts.update(c.id, { theirsAt: at });
      }
    });
  }

  async savePack(pack: PublishedPack): Promise<void> {
    await storePublishedPack(pack, this.database);
  }
}
