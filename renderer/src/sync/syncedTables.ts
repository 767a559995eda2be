// Which local tables travel to the bank's server, and which of their rows.
import type { SyncTable } from '../../../shared/sync/protocol';

/**
 * The app's tables that sync. The officer's screening, findings, ESAP, decision and sign-off live
 * in the E&S assessment row and its frozen versions; the protocol's findings/esapItems/decisions/
 * monitoring names are not tables of this app.
 */
export const LOCAL_SYNC_TABLES = [
  'organisations',
  'periods',
  'assessments',
  'assessmentSnapshots',
  'projects',
  'actions',
  'evidenceFiles',
  'evidenceLinks',
  'applications',
  'organisationSettings',
] as const satisfies readonly SyncTable[];
export type LocalSyncTable = (typeof LOCAL_SYNC_TABLES)[number];

const SYNCED = new Set<string>(LOCAL_SYNC_TABLES);

export function isSyncedTable(name: string): name is LocalSyncTable {
  return SYNCED.has(name);
}

/** The organisation a synced row belongs to. */
export function recordOrgId(table: string, row: Record<string, unknown>): string | undefined {
  const id = table === 'organisations' ? row.id : row.orgId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Rows that stay on this computer: the copy of the last imported package (this desktop's own
 * reference for "what changed since", and larger than a record may be).
 */
export function travels(table: string, row: Record<string, unknown>): boolean {
  return !(table === 'organisationSettings' && row.kind === 'lastImport');
}
