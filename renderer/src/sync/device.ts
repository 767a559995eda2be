// This desktop's link to a bank server: the address, who signed in, the device token, and where
// the last pull ended. Kept in the installation's settings table (never synced, never an
// organisation's data). Signing in the first time puts every record already here in the outbox.
import { z } from 'zod';
import { ROLES } from '../../../shared/sync/protocol';
import { recordAudit, writeTransaction } from '../db/audit';
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import { EVIDENCE_NOT_SENT_KEY } from './evidenceBytes';
import { SYNC_DEVICE_KEY } from './outboxMiddleware';
import type { OutboxRow } from '../db/types';
import { encodeRecordId } from './recordKey';
import { LOCAL_SYNC_TABLES, recordOrgId, travels } from './syncedTables';

export const SYNC_STATE_KEY = 'syncState';

export const syncDeviceSchema = z.object({
  serverUrl: z.string().min(1),
  deviceId: z.string(),
  deviceName: z.string(),
  /** null: signed out; changes keep collecting and go when someone signs in again. */
  token: z.string().nullable(),
  user: z.object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    branchId: z.string().nullable(),
    /** The branch's name as the bank's server calls it; absent from older sign-ins. */
    branchName: z.string().nullable().optional(),
  }),
  signedInAt: z.string(),
});
export type SyncDevice = z.infer<typeof syncDeviceSchema>;

export const syncStateSchema = z.object({
  cursor: z.number().int().min(0),
  packSeq: z.number().int().min(0),
  lastSyncAt: z.string().nullable(),
  /** The last attempt's failure in words; null after a sync that went through. */
  lastError: z.string().nullable().default(null),
  /** The server's refusal behind lastError, shown in the user's language by its code. */
  lastRefusal: z
    .object({
      status: z.number().int(),
      code: z.string().max(100).optional(),
      serverText: z.string().max(2_000),
    })
    .nullable()
    .default(null),
  lastAttemptAt: z.string().nullable().default(null),
});
export type StoredSyncState = z.infer<typeof syncStateSchema>;

export const EMPTY_SYNC_STATE: StoredSyncState = {
  cursor: 0,
  packSeq: 0,
  lastSyncAt: null,
  lastError: null,
  lastRefusal: null,
  lastAttemptAt: null,
};

/**
 * A backup never carries the device token, and a restore never brings one back (backups made
 * before this rule did carry it): a copy restored elsewhere would act as this computer. The
 * restored link stays, signed out, so its waiting changes go after the next sign-in.
 */
export function withoutDeviceToken<T>(table: string, row: T): T {
  if (table !== 'settings') return row;
  const r = row as { key?: unknown; value?: unknown };
  if (r.key !== SYNC_DEVICE_KEY || typeof r.value !== 'object' || r.value === null) return row;
  return { ...r, value: { ...r.value, token: null } } as T;
}

export async function getSyncDevice(
  database: GreenThreadDb = defaultDb,
): Promise<SyncDevice | null> {
  const parsed = syncDeviceSchema.safeParse((await database.settings.get(SYNC_DEVICE_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function getSyncState(database: GreenThreadDb = defaultDb): Promise<StoredSyncState> {
  const parsed = syncStateSchema.safeParse((await database.settings.get(SYNC_STATE_KEY))?.value);
  return parsed.success ? parsed.data : EMPTY_SYNC_STATE;
}

const syncTables = (database: GreenThreadDb) => LOCAL_SYNC_TABLES.map((t) => database.table(t));

/** Queues every synced record already here (inside enrollDevice's transaction). */
async function queueEverything(database: GreenThreadDb): Promise<number> {
  const demo = new Set(
    (await database.organisations.toArray()).filter((o) => o.isDemo).map((o) => o.id),
  );
  const queuedAt = new Date().toISOString();
  const entries: OutboxRow[] = [];
  for (const name of LOCAL_SYNC_TABLES) {
    const table = database.table(name);
    const keyPath = table.schema.primKey.keyPath;
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      const orgId = recordOrgId(name, row);
      if (!travels(name, row) || (orgId !== undefined && demo.has(orgId))) continue;
      const key = Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath ?? 'id'];
      entries.push({
        changeId: crypto.randomUUID(),
        table: name,
        recordId: encodeRecordId(key),
        op: 'put',
        data: row,
        queuedAt,
      });
    }
  }
  await database.outbox.bulkAdd(entries);
  return entries.length;
}

/**
 * Stores a signed-in device. The first sign-in of this computer (or the first after "forget")
 * also queues every record already here, so the bank's server receives the whole local portfolio.
 */
export async function enrollDevice(
  device: SyncDevice,
  database: GreenThreadDb = defaultDb,
): Promise<{ queued: number }> {
  const parsed = syncDeviceSchema.parse(device);
  return writeTransaction(database, syncTables(database), async () => {
    const before = await getSyncDevice(database);
    await database.settings.put({ key: SYNC_DEVICE_KEY, value: parsed });
    let queued = 0;
    if (!before) queued = await queueEverything(database);
    await recordAudit(database, {
      entity: 'database',
      entityId: 'bankServer',
      field: 'signIn',
      action: before ? 'update' : 'create',
      after: {
        serverUrl: parsed.serverUrl,
        user: parsed.user.username,
        deviceName: parsed.deviceName,
        ...(before ? {} : { queued }),
      },
    });
    return { queued };
  });
}

/** Signs out: the token is dropped; pending changes stay and go at the next sign-in. */
export async function signOutDevice(database: GreenThreadDb = defaultDb): Promise<void> {
  await writeTransaction(database, [], async () => {
    const device = await getSyncDevice(database);
    if (!device) return;
    await database.settings.put({ key: SYNC_DEVICE_KEY, value: { ...device, token: null } });
    await recordAudit(database, {
      entity: 'database',
      entityId: 'bankServer',
      field: 'signOut',
      action: 'update',
      after: { serverUrl: device.serverUrl, user: device.user.username },
    });
  });
}

/**
 * Forgets the bank server: this computer's data stays as it is; what was waiting to be sent, the
 * versions it stood on and open conflicts are dropped (the audit event counts them).
 */
export async function forgetDevice(database: GreenThreadDb = defaultDb): Promise<void> {
  await writeTransaction(database, [database.syncConflicts], async () => {
    const device = await getSyncDevice(database);
    const dropped = {
      pending: await database.outbox.count(),
      conflicts: await database.syncConflicts.filter((c) => !c.resolvedAt).count(),
    };
    await database.settings.bulkDelete([SYNC_DEVICE_KEY, SYNC_STATE_KEY, EVIDENCE_NOT_SENT_KEY]);
    await database.outbox.clear();
    await database.syncRecords.clear();
    await database.syncConflicts.clear();
    await recordAudit(database, {
      entity: 'database',
      entityId: 'bankServer',
      field: 'forget',
      action: 'delete',
      before: device ? { serverUrl: device.serverUrl, user: device.user.username } : undefined,
      after: dropped,
    });
  });
}
