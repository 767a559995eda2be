// The one list of what belongs to an organisation, by table. Purging an organisation ("Delete
// forever", the 30-day trash) and replacing it by an imported package both read this list, so
// the two cannot drift apart again, and every table must say here whose data it holds: a new
// table that is not classified fails the typecheck (and test/renderer/db/organisationPurge).
import type { Table } from 'dexie';
import type { GreenThreadDb } from './db';

/**
 * Which part of an organisation's data a store holds:
 * - package: what the company declares (replaced when a package of the same company is imported);
 * - officer: the loan officer's record of the application (kept across a re-submission);
 * - trail: the audit trail (kept across a re-submission, which it records).
 * All three go when the organisation is purged.
 */
export type OrganisationPart = 'package' | 'officer' | 'trail';

export type TableScope =
  /** This installation's own settings (profile, language, signing key): nobody's organisation data. */
  | { scope: 'installation' }
  /** File bytes by SHA-256: one file may back several organisations; removed when none holds it. */
  | { scope: 'files' }
  /**
   * This device's sync bookkeeping (outbox, synced versions, conflicts). Keyed by record, not by
   * organisation: a purge leaves its tombstones in the outbox, because they must reach the server.
   */
  | { scope: 'sync' }
  /** The organisation's own row, keyed by its id. */
  | { scope: 'organisation'; field: 'id' }
  /** Rows naming their organisation in `orgId` (an index). */
  | { scope: 'organisation'; field: 'orgId'; part: OrganisationPart | 'by-kind' };

export type TableName = {
  [K in keyof GreenThreadDb]: GreenThreadDb[K] extends Table ? K : never;
}[keyof GreenThreadDb];

/** Every table of the database, classified. */
export const TABLE_SCOPES = {
  organisations: { scope: 'organisation', field: 'id' },
  periods: { scope: 'organisation', field: 'orgId', part: 'package' },
  assessments: { scope: 'organisation', field: 'orgId', part: 'package' },
  assessmentSnapshots: { scope: 'organisation', field: 'orgId', part: 'package' },
  projects: { scope: 'organisation', field: 'orgId', part: 'package' },
  actions: { scope: 'organisation', field: 'orgId', part: 'package' },
  evidenceLinks: { scope: 'organisation', field: 'orgId', part: 'package' },
  evidenceFiles: { scope: 'organisation', field: 'orgId', part: 'package' },
  organisationSettings: { scope: 'organisation', field: 'orgId', part: 'by-kind' },
  applications: { scope: 'organisation', field: 'orgId', part: 'officer' },
  auditEvents: { scope: 'organisation', field: 'orgId', part: 'trail' },
  settings: { scope: 'installation' },
  evidenceData: { scope: 'files' },
  outbox: { scope: 'sync' },
  syncRecords: { scope: 'sync' },
  syncConflicts: { scope: 'sync' },
} as const satisfies Record<TableName, TableScope>;

/** The kinds of per-organisation settings (table organisationSettings) and their part. */
export const ORGANISATION_SETTING_PARTS = {
  /** The company's own emission factors, part of its package. */
  factorOverrides: 'package',
  /** Checks the officer must look at again after a re-submission changed a declaration. */
  declarationFlags: 'officer',
  /** A copy of the last package the officer imported, to show what a re-submission changed. */
  lastImport: 'officer',
  /** The company's signing key the officer's install pinned (shared/workbook/keyPin.ts). */
  signingKeyPin: 'officer',
} as const satisfies Record<string, OrganisationPart>;

export type OrganisationSettingKind = keyof typeof ORGANISATION_SETTING_PARTS;

export const ORGANISATION_SETTING_KINDS = Object.keys(
  ORGANISATION_SETTING_PARTS,
) as OrganisationSettingKind[];

/**
 * Deletes the given parts of an organisation's data, table by table as declared above. Must run
 * inside a transaction covering every table (database.tables). Files and the organisation row
 * are left to the caller (purgeOrganisation removes both).
 */
export async function deleteOrganisationParts(
  database: GreenThreadDb,
  orgId: string,
  parts: ReadonlySet<OrganisationPart>,
): Promise<void> {
  const kinds = ORGANISATION_SETTING_KINDS.filter((k) => parts.has(ORGANISATION_SETTING_PARTS[k]));
  const work: Promise<unknown>[] = [];
  for (const [name, scope] of Object.entries(TABLE_SCOPES) as [TableName, TableScope][]) {
    if (scope.scope !== 'organisation' || scope.field !== 'orgId') continue;
    if (scope.part === 'by-kind') {
      work.push(
        database.organisationSettings.bulkDelete(kinds.map((k): [string, string] => [orgId, k])),
      );
    } else if (parts.has(scope.part)) {
      work.push(database.table(name).where('orgId').equals(orgId).delete());
    }
  }
  await Promise.all(work);
}
