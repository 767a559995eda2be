import type { GreenThreadDb } from '../db';

/**
 * Removes an organisation's data before a 'replace' import. The audit trail and the evidence
 * files stay (files may back other organisations; the trail records the replacement).
 * Must run inside a transaction that covers these tables.
 */
export async function clearOrganisationData(database: GreenThreadDb, orgId: string): Promise<void> {
  await Promise.all([
    database.periods.where('orgId').equals(orgId).delete(),
    database.assessments.where('orgId').equals(orgId).delete(),
    database.assessmentSnapshots.where('orgId').equals(orgId).delete(),
    database.projects.where('orgId').equals(orgId).delete(),
    database.actions.where('orgId').equals(orgId).delete(),
    database.evidenceLinks.where('orgId').equals(orgId).delete(),
    database.settings.delete(`factorOverrides:${orgId}`),
  ]);
}
