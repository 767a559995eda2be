// What head office's view reads from this database: the synced records the bank server's report
// reads too (applications, organisations, the ESAP as actions of source "es"), each with the
// branch the server filed it under. A record not synced yet belongs to this device's branch, or
// to "this computer" when it has none.
import type { SyncedRow } from '../../../../shared/reports/annualEsRecords';
import { getSyncDevice } from '../../sync/device';
import { encodeRecordId } from '../../sync/recordKey';
import { db as defaultDb, type GreenThreadDb } from '../db';

/** The branch of records that have no branch from the server and no signed-in branch. */
export const THIS_COMPUTER = '';

export interface HeadOfficeRecords {
  rows: SyncedRow[];
  /** Every branch a record belongs to, THIS_COMPUTER included when some are unsynced. */
  branchIds: string[];
}

export async function readHeadOfficeRecords(
  database: GreenThreadDb = defaultDb,
): Promise<HeadOfficeRecords> {
  const device = await getSyncDevice(database);
  const ownBranch = device?.user.branchId ?? THIS_COMPUTER;
  const organisations = (await database.organisations.toArray()).filter((o) => !o.deletedAt);
  const live = new Set(organisations.map((o) => o.id));
  const applications = (await database.applications.toArray()).filter((a) => live.has(a.orgId));
  const esap = (await database.actions.toArray()).filter(
    (a) => a.source.kind === 'es' && live.has(a.orgId),
  );
  const branchOf = async (table: string, key: unknown, orgId: string): Promise<string> => {
    const own = await database.syncRecords.get([table, encodeRecordId(key)]);
    if (own?.branchId) return own.branchId;
    const org = await database.syncRecords.get(['organisations', encodeRecordId(orgId)]);
    return org?.branchId ?? ownBranch;
  };
  const rows: SyncedRow[] = [];
  for (const o of organisations)
    rows.push({
      table: 'organisations',
      branchId: await branchOf('organisations', o.id, o.id),
      recordId: o.id,
      data: o,
    });
  for (const a of applications)
    rows.push({
      table: 'applications',
      branchId: await branchOf('applications', a.id, a.orgId),
      recordId: a.id,
      data: a,
    });
  for (const a of esap)
    rows.push({
      table: 'actions',
      branchId: await branchOf('actions', [a.orgId, a.id], a.orgId),
      recordId: encodeRecordId([a.orgId, a.id]),
      data: a,
    });
  const branchIds = [...new Set(rows.map((r) => r.branchId))].sort();
  return { rows, branchIds };
}
