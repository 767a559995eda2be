// A person's choice on a conflict: keep the bank server's version or send this computer's on top
// of it. Audited either way; a conflict the server holds is resolved there first (needs the server).
import { recordAudit, writeTransaction } from '../db/audit';
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import { NotFoundError } from '../db/errors';
import { SyncClient, type FetchLike } from './client';
import { getSyncDevice } from './device';
import { DexieSyncStore } from './dexieStore';
import { doNotRecordThisTransaction } from './outboxMiddleware';
import { decodeRecordId } from './recordKey';
import { LOCAL_SYNC_TABLES } from './syncedTables';

export type Resolution = 'kept_server' | 'applied_mine';

export async function resolveSyncConflict(
  id: number,
  resolution: Resolution,
  database: GreenThreadDb = defaultDb,
  fetchFn: FetchLike,
): Promise<void> {
  const conflict = await database.syncConflicts.get(id);
  if (!conflict || conflict.resolvedAt)
    throw new NotFoundError('This conflict is already resolved.');
  if (conflict.serverConflictId !== undefined) {
    const device = await getSyncDevice(database);
    if (!device?.token) throw new Error('Sign in to the bank server to resolve this conflict.');
    const client = new SyncClient({
      baseUrl: device.serverUrl.replace(/\/+$/, ''),
      token: device.token,
      store: new DexieSyncStore(database),
      fetch: fetchFn,
    });
    await client.resolve(conflict.serverConflictId, resolution);
  }
  const tables = [...LOCAL_SYNC_TABLES.map((t) => database.table(t)), database.syncConflicts];
  await writeTransaction(database, tables, async () => {
    doNotRecordThisTransaction();
    const key = [conflict.table, conflict.recordId] as [string, string];
    if (conflict.serverConflictId === undefined && conflict.theirsVersion !== undefined) {
      const pending = await database.outbox.where('[table+recordId]').equals(key).toArray();
      await database.outbox.bulkDelete(
        pending.flatMap((e) => (e.seq === undefined ? [] : [e.seq])),
      );
      const synced = await database.syncRecords.get(key);
      await database.syncRecords.put({
        ...synced,
        table: conflict.table,
        recordId: conflict.recordId,
        version: conflict.theirsVersion,
      });
      const table = database.table(conflict.table);
      if (resolution === 'kept_server') {
        if (conflict.theirs) await table.put(conflict.theirs);
        else await table.delete(decodeRecordId(conflict.recordId) as never);
      } else {
        // this computer's record as it is now goes on top of the server's version
        const current = (await table.get(decodeRecordId(conflict.recordId) as never)) as
          Record<string, unknown> | undefined;
        await database.outbox.add({
          changeId: crypto.randomUUID(),
          table: conflict.table,
          recordId: conflict.recordId,
          op: current ? 'put' : 'delete',
          ...(current ? { data: current } : {}),
          queuedAt: new Date().toISOString(),
        });
      }
    }
    await database.syncConflicts.update(id, {
      resolvedAt: new Date().toISOString(),
      resolution,
    });
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
      },
      after: { resolution },
    });
  });
}
