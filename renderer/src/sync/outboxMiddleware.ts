// Every local write of a synced record leaves an outbox row in the same IndexedDB transaction, so a
// write that aborts leaves none and a write that commits can never miss the server. It sits in
// Dexie's DBCore stack under every repository, import and purge: no write path can forget it.
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import Dexie from 'dexie';
import { holdZone, rowsAboutToGo, type InZone } from '../db/dbcoreRows';
import type { OutboxRow } from '../db/types';
import { encodeRecordId } from './recordKey';
import { isSyncedTable, recordOrgId, travels } from './syncedTables';

/** The settings row present while this device is signed in to a bank server. */
export const SYNC_DEVICE_KEY = 'syncDevice';

/** IndexedDB transactions whose writes are not local edits (the server's changes being applied). */
const unrecorded = new WeakSet<object>();

/** Call inside a Dexie transaction: its writes are not put in the outbox. */
export function doNotRecordThisTransaction(): void {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('doNotRecordThisTransaction must run inside a transaction');
  unrecorded.add(tx.idbtrans);
}

/** The stores an IndexedDB transaction covers (DBCore's transaction is the IDBTransaction). */
function covers(trans: DBCoreTransaction, store: string): boolean {
  const names = (trans as unknown as { objectStoreNames?: { contains(name: string): boolean } })
    .objectStoreNames;
  return names?.contains(store) ?? false;
}

// DBCoreRangeType.Equal (a const enum, which isolated modules cannot import)
const EQUAL = 1 as unknown as DBCoreKeyRange['type'];
const equal = (key: unknown): DBCoreKeyRange => ({ type: EQUAL, lower: key, upper: key });

export class OutboxScopeError extends Error {
  override name = 'OutboxScopeError';
}

interface Written {
  key: unknown;
  /** The row as stored; null for a delete. */
  row: Record<string, unknown> | null;
  /** For a delete: the row before it (for whose organisation it was). */
  before?: Record<string, unknown>;
}

function createOutboxCore(down: DBCore): Partial<DBCore> {
  // Whether this device is signed in, as last read inside a transaction; used only to refuse a
  // write made outside a sync-aware transaction while signed in (a bug, never silently skipped).
  let enrolled = false;
  const outbox = (): DBCoreTable => down.table('outbox');

  async function isEnrolled(z: InZone, trans: DBCoreTransaction): Promise<boolean | undefined> {
    if (!covers(trans, 'settings')) return undefined;
    const row: unknown = await z(() => down.table('settings').get({ trans, key: SYNC_DEVICE_KEY }));
    enrolled = row !== undefined;
    return enrolled;
  }

  function written(
    table: DBCoreTable,
    req: DBCoreMutateRequest,
    res: DBCoreMutateResponse,
    before: Map<string, Record<string, unknown>>,
  ): Written[] {
    const failed = (i: number) => res.failures[i] !== undefined;
    if (req.type === 'add' || req.type === 'put') {
      const extract = table.schema.primaryKey.extractKey;
      return req.values
        .map((value: unknown, i): Written | null => {
          if (failed(i)) return null;
          const key: unknown = req.keys?.[i] ?? extract?.(value) ?? res.results?.[i];
          const prior = before.get(JSON.stringify(key));
          if (prior && JSON.stringify(prior) === JSON.stringify(value)) return null;
          return { key, row: value as Record<string, unknown> };
        })
        .filter((w): w is Written => w !== null);
    }
    const keys =
      req.type === 'delete' ? req.keys : [...before.keys()].map((k) => JSON.parse(k) as unknown);
    return keys.map((key: unknown) => {
      const prior = before.get(JSON.stringify(key));
      return prior ? { key, row: null, before: prior } : { key, row: null };
    });
  }

  async function record(
    z: InZone,
    tableName: string,
    trans: DBCoreTransaction,
    writes: Written[],
  ): Promise<void> {
    const demo = new Map<string, boolean>();
    const isDemo = async (orgId: string | undefined): Promise<boolean> => {
      if (orgId === undefined) return false;
      let known = demo.get(orgId);
      if (known === undefined) {
        const org = (await z(() => down.table('organisations').get({ trans, key: orgId }))) as
          { isDemo?: boolean } | undefined;
        known = org?.isDemo === true;
        demo.set(orgId, known);
      }
      return known;
    };
    const box = outbox();
    const byRecord = box.schema.getIndexByKeyPath(['table', 'recordId']);
    if (!byRecord) throw new Error('the outbox has no [table+recordId] index');
    const now = new Date().toISOString();
    for (const w of writes) {
      const row = w.row ?? w.before ?? null;
      if (row && (!travels(tableName, row) || (await isDemo(recordOrgId(tableName, row))))) {
        continue;
      }
      const recordId = encodeRecordId(w.key);
      const { result } = await z(() =>
        box.query({
          trans,
          values: true,
          query: { index: byRecord, range: equal([tableName, recordId]) },
        }),
      );
      const pending = result as OutboxRow[];
      // A change not sent yet is replaced: one record edited fifty times offline is one change.
      // A change already sent keeps its id (a retry must mean the same thing); this one queues.
      const unsent = pending.filter((e) => !e.sentAt && e.seq !== undefined);
      if (unsent.length) {
        await z(() => box.mutate({ type: 'delete', trans, keys: unsent.map((e) => e.seq) }));
      }
      if (w.row === null) {
        // A record the server never saw and nothing in flight: deleting it needs no tombstone.
        const synced: unknown = await z(() =>
          down.table('syncRecords').get({ trans, key: [tableName, recordId] }),
        );
        if (synced === undefined && pending.every((e) => !e.sentAt)) continue;
      }
      const entry: OutboxRow = {
        changeId: crypto.randomUUID(),
        table: tableName,
        recordId,
        op: w.row === null ? 'delete' : 'put',
        ...(w.row === null ? {} : { data: structuredClone(w.row) }),
        queuedAt: now,
      };
      await z(() => box.mutate({ type: 'add', trans, values: [entry] }));
    }
  }

  return {
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (!isSyncedTable(name)) return table;
      return {
        ...table,
        async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          if (unrecorded.has(req.trans)) return table.mutate(req);
          const z = holdZone();
          const on = await isEnrolled(z, req.trans);
          if (on === false) return z(() => table.mutate(req));
          const scoped = ['outbox', 'syncRecords', 'organisations'].every((s) =>
            covers(req.trans, s),
          );
          if (on === undefined || !scoped) {
            if (!enrolled) return z(() => table.mutate(req));
            throw new OutboxScopeError(
              `A write to ${name} ran outside a transaction that records it for the bank server; nothing was saved.`,
            );
          }
          // a row written back unchanged is no change: sending it would only risk a false conflict
          const before = await rowsAboutToGo(z, table, req, true);
          const res = await z(() => table.mutate(req));
          await record(z, name, req.trans, written(table, req, res, before));
          return res;
        },
      };
    },
  };
}

export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'GreenThreadOutbox',
  create: createOutboxCore,
};
