import type { GreenThreadDb } from '../db';
import { deleteOrganisationParts } from '../organisationScope';

/**
 * Removes the company's declared data (organisationScope.ts, part "package") before a 'replace'
 * import. The officer's record, the audit trail and the evidence files stay (files may back
 * other organisations; the trail records the replacement). Must run inside a transaction
 * covering every table.
 */
export async function clearOrganisationData(database: GreenThreadDb, orgId: string): Promise<void> {
  await deleteOrganisationParts(database, orgId, new Set(['package']));
}
