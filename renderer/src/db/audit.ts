import type { Table } from 'dexie';
import type { GreenThreadDb } from './db';
import { StorageFullError, isQuotaError } from './errors';
import { refreshSummariesOf } from './repositories/applicationSummaries';
import { unwrapError } from './repositories/unwrapError';
import { takeTouchedOrganisations } from './touchedOrganisations';
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
 * so a write and its audit event are committed together or not at all. The portfolio summary of
 * every organisation the write touched is refreshed in the same transaction, so the portfolio
 * never lists what the write changed as it was before.
 */
export async function writeTransaction<T>(
  database: GreenThreadDb,
  // Kept to say what a write changes; the transaction covers every table because the summary
  // refresh reads an organisation's whole record (exportPackage), and a transaction nested in
  // this one may only use tables this one covers.
  _tables: readonly Table[],
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await database.transaction('rw', database.tables, async () => {
      await checkWriteGate(database);
      const result = await fn();
      await refreshSummariesOf(database, takeTouchedOrganisations());
      // The refresh's own writes touch what it just refreshed.
      takeTouchedOrganisations();
      return result;
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
