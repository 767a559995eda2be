// A person's choice on a conflict: take the bank server's version, keep this computer's, or
// merge field by field. Audited either way; a conflict the server holds is resolved there first
// (needs the server). A merge, like keeping this computer's edits made since, goes to the server
// as a new change on top of the version a person saw.
import { mergeByField, type Side } from '../../../shared/sync/mergeByField';
import { recordAudit, writeTransaction } from '../db/audit';
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import { NotFoundError } from '../db/errors';
import type { SyncConflictRow } from '../db/types';
import { SyncClient, type FetchLike } from './client';
import { getSyncDevice } from './device';
import { DexieSyncStore } from './dexieStore';
import { doNotRecordThisTransaction } from './outboxMiddleware';
import { checkPulledRow } from './pulledRow';
import { decodeRecordId } from './recordKey';
import { LOCAL_SYNC_TABLES } from './syncedTables';

const UNREADABLE =
  'The bank server’s version holds a field this version of GreenThread cannot read: update GreenThread, or keep this computer’s version.';

export type Resolution = 'kept_server' | 'applied_mine' | 'merged';

export interface ConflictChoice {
  resolution: Resolution;
  /** For a merge: the side each differing field is taken from (shared/sync/mergeByField). */
  fields?: Readonly<Record<string, Side>>;
}

async function serverClient(database: GreenThreadDb, fetchFn: FetchLike): Promise<SyncClient> {
  const device = await getSyncDevice(database);
  if (!device?.token) throw new Error('Sign in to the bank server to resolve this conflict.');
  return new SyncClient({
    baseUrl: device.serverUrl.replace(/\/+$/, ''),
    token: device.token,
    store: new DexieSyncStore(database),
    fetch: fetchFn,
  });
}

/** The record a merge writes; throws when one side is a removal (nothing to merge field by field). */
function merged(conflict: SyncConflictRow, choice: ConflictChoice): Record<string, unknown> {
  if (!conflict.mine || !conflict.theirs)
    throw new Error('A removed record cannot be merged field by field: keep one version.');
  return mergeByField(conflict.mine, conflict.theirs, choice.fields ?? {});
}

export async function resolveSyncConflict(
  id: number,
  choice: ConflictChoice,
  database: GreenThreadDb = defaultDb,
  fetchFn: FetchLike,
): Promise<void> {
  const { resolution } = choice;
  const conflict = await database.syncConflicts.get(id);
  if (!conflict || conflict.resolvedAt)
    throw new NotFoundError('This conflict is already resolved.');
  const theirsKnown = conflict.theirsVersion !== undefined && conflict.theirs !== undefined;
  if (resolution !== 'applied_mine' && !theirsKnown)
    throw new Error('The bank server’s version arrives with the next sync; sync first.');
  const record = resolution === 'merged' ? merged(conflict, choice) : undefined;
  // Keeping this computer's version of a conflict the server holds: the server writes it.
  // Otherwise the server drops the desktop's change, and this computer decides what goes on top.
  let serverVersion: number | null = null;
  if (conflict.serverConflictId !== undefined) {
    const client = await serverClient(database, fetchFn);
    serverVersion = await client.resolve(
      conflict.serverConflictId,
      resolution === 'applied_mine' ? 'applied_mine' : 'kept_server',
    );
  }
  const serverWroteMine = conflict.serverConflictId !== undefined && resolution === 'applied_mine';
  const tables = [...LOCAL_SYNC_TABLES.map((t) => database.table(t)), database.syncConflicts];
  await writeTransaction(database, tables, async () => {
    doNotRecordThisTransaction();
    const key = [conflict.table, conflict.recordId] as [string, string];
    const table = database.table(conflict.table);
    const recordKey = decodeRecordId(conflict.recordId) as never;
    const synced = await database.syncRecords.get(key);
    const setVersion = (version: number) =>
      database.syncRecords.put({
        ...synced,
        table: conflict.table,
        recordId: conflict.recordId,
        version,
      });
    /** Stores a server-side record as this version keeps it: unknown fields set aside. */
    const store = async (data: Record<string, unknown>) => {
      const checked = checkPulledRow(conflict.table, data);
      if (!checked) throw new Error(UNREADABLE);
      await table.put(checked.row);
      const now = await database.syncRecords.get(key);
      if (now) {
        await database.syncRecords.put({
          table: now.table,
          recordId: now.recordId,
          version: now.version,
          ...(now.branchId ? { branchId: now.branchId } : {}),
          ...checked.kept,
        });
      }
    };
    if (serverWroteMine) {
      // Edits made here since wait in the outbox and now go on top of the server's new version.
      if (serverVersion !== null) await setVersion(serverVersion);
    } else {
      const pending = await database.outbox.where('[table+recordId]').equals(key).toArray();
      await database.outbox.bulkDelete(
        pending.flatMap((e) => (e.seq === undefined ? [] : [e.seq])),
      );
      if (conflict.theirsVersion !== undefined) await setVersion(conflict.theirsVersion);
      let send: Record<string, unknown> | null | undefined;
      if (resolution === 'kept_server') {
        if (conflict.theirs) await store(conflict.theirs);
        else await table.delete(recordKey);
      } else if (record) {
        await store(record);
        send = record;
      } else {
        // this computer's record as it is now goes on top of the server's version
        send = ((await table.get(recordKey)) as Record<string, unknown> | undefined) ?? null;
      }
      if (send !== undefined) {
        await database.outbox.add({
          changeId: crypto.randomUUID(),
          table: conflict.table,
          recordId: conflict.recordId,
          op: send ? 'put' : 'delete',
          ...(send ? { data: send } : {}),
          queuedAt: new Date().toISOString(),
        });
      }
    }
    await database.syncConflicts.update(id, { resolvedAt: new Date().toISOString(), resolution });
    await recordAudit(database, {
      entity: 'database',
      entityId: 'bankServer',
      field: 'conflict',
      action: 'update',
      before: {
        table: conflict.table,
        recordId: conflict.recordId,
        mine: conflict.mine,
        theirs: conflict.theirs,
        theirsVersion: conflict.theirsVersion,
      },
      after: {
        resolution,
        ...(record ? { fields: choice.fields ?? {}, record } : {}),
      },
    });
  });
}
