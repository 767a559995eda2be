// An organisation's own settings (schema v4): factor overrides, the officer's declaration flags,
// the copy of the last imported package. Keyed by organisation so a purge reaches them
// (organisationScope.ts); the installation's own settings stay in the settings table.
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { OrganisationSettingKind } from '../organisationScope';

/** The stored value, undefined when none; callers validate it (a stale shape is not an error). */
export async function getOrganisationSetting(
  orgId: string,
  kind: OrganisationSettingKind,
  database: GreenThreadDb = defaultDb,
): Promise<unknown> {
  return (await database.organisationSettings.get([orgId, kind]))?.value;
}

/** Writes one setting; the caller holds the transaction and records the audit event if any. */
export async function putOrganisationSetting(
  orgId: string,
  kind: OrganisationSettingKind,
  value: unknown,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await database.organisationSettings.put({ orgId, kind, value });
}
