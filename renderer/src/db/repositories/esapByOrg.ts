import { db as defaultDb, type GreenThreadDb } from '../db';
import type { ActionRow } from '../types';

/** Every organisation's E&S action plan items (ESAP), grouped by organisation, for the portfolio. */
export async function listEsapActionsByOrg(
  database: GreenThreadDb = defaultDb,
): Promise<Map<string, ActionRow[]>> {
  const byOrg = new Map<string, ActionRow[]>();
  await database.actions.each((a) => {
    if (a.source.kind !== 'es') return;
    const list = byOrg.get(a.orgId);
    if (list) list.push(a);
    else byOrg.set(a.orgId, [a]);
  });
  return byOrg;
}
