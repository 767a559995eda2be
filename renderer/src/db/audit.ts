import type { Table } from 'dexie';
import type { GreenThreadDb } from './db';
import { StorageFullError, isQuotaError } from './errors';
import { unwrapError } from './repositories/unwrapError';
import type { AuditAction, AuditEntity, AuditEventRow, Profile } from './types';
import { checkWriteGate } from './writeGate';

/** Edits to the same field by the same person within this window merge into one audit event. */
const COALESCE_MS = 60_000;

export interface AuditInput {
  orgId?: string;
  entity: AuditEntity;
  entityId: string;
  field?: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/**
 * Runs `fn` in one read-write transaction that also covers the audit trail and the profile,
 * so a write and its audit event are committed together or not at all.
 */
export async function writeTransaction<T>(
  database: GreenThreadDb,
  tables: readonly Table[],
  fn: () => Promise<T>,
): Promise<T> {
  // settings holds the restore epoch; organisations lets editors' writes check their organisation;
  // outbox and syncRecords take the change for the bank server in the same transaction.
  const scope = new Set<Table>([
    ...tables,
    database.auditEvents,
    database.settings,
    database.organisations,
    database.outbox,
    database.syncRecords,
  ]);
  try {
    return await database.transaction('rw', [...scope], async () => {
      await checkWriteGate(database);
      return fn();
    });
  } catch (error) {
    // A full disk reaches the user as one clear message, whichever write hit it.
    if (isQuotaError(error)) throw new StorageFullError();
    // Our own errors (NotFoundError shares a name with an IndexedDB error) come back as thrown.
    throw unwrapError(error);
  }
}

async function currentUser(database: GreenThreadDb): Promise<string> {
  const row = await database.settings.get('profile');
  const profile = row?.value as Partial<Profile> | undefined;
  return typeof profile?.name === 'string' ? profile.name : '';
}

/**
 * Records one audit event. Must be called inside writeTransaction. Autosaved typing would
 * otherwise leave one event per pause; repeated updates of one entity merge, keeping the
 * first `before` and the latest `after` (per field, so two answers never merge).
 */
export async function recordAudit(database: GreenThreadDb, input: AuditInput): Promise<void> {
  const who = await currentUser(database);
  const now = new Date();
  const at = now.toISOString();
  if (input.action === 'update') {
    const last = await database.auditEvents
      .where('[entity+entityId]')
      .equals([input.entity, input.entityId])
      .last();
    if (
      last?.seq !== undefined &&
      last.action === 'update' &&
      last.field === input.field &&
      last.who === who &&
      now.getTime() - Date.parse(last.at) < COALESCE_MS
    ) {
      await database.auditEvents.update(last.seq, { at, after: input.after });
      return;
    }
  }
  const row: AuditEventRow = { at, who, ...input };
  await database.auditEvents.add(row);
}

export function listAuditForOrganisation(
  orgId: string,
  database: GreenThreadDb,
): Promise<AuditEventRow[]> {
  return database.auditEvents
    .where('[orgId+at]')
    .between([orgId, ''], [orgId, '\uffff'])
    .reverse()
    .toArray();
}

export function listAuditForEntity(
  entity: AuditEntity,
  entityId: string,
  database: GreenThreadDb,
): Promise<AuditEventRow[]> {
  return database.auditEvents
    .where('[entity+entityId]')
    .equals([entity, entityId])
    .reverse()
    .toArray();
}
