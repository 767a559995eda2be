import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { listEvidenceFor, targetKey, type LinkedEvidence } from '../repositories/evidence';
import type { EvidenceTarget } from '../types';

/** The files linked to one answer, metric value or action; undefined while loading. */
export function useEvidenceFor(
  orgId: string | undefined,
  target: EvidenceTarget,
  database: GreenThreadDb = defaultDb,
): LinkedEvidence[] | undefined {
  // The target object is usually rebuilt on each render: depend on its string form.
  const key = targetKey(target);
  return useLiveQuery(
    () => (orgId ? listEvidenceFor(orgId, target, database) : Promise.resolve([])),
    [orgId, key, database],
  );
}
