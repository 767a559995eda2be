import { useLiveQuery } from 'dexie-react-hooks';
import { listAuditForEntity, listAuditForOrganisation } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { AuditEventRow } from '../types';

export type AuditScope = { orgId: string } | { assessmentId: string };

/** Newest first; undefined while loading. */
export function useAuditTrail(
  scope: AuditScope | undefined,
  database: GreenThreadDb = defaultDb,
): AuditEventRow[] | undefined {
  const orgId = scope && 'orgId' in scope ? scope.orgId : undefined;
  const assessmentId = scope && 'assessmentId' in scope ? scope.assessmentId : undefined;
  return useLiveQuery(() => {
    if (orgId) return listAuditForOrganisation(orgId, database);
    if (assessmentId) return listAuditForEntity('assessment', assessmentId, database);
    return Promise.resolve([]);
  }, [orgId, assessmentId, database]);
}
