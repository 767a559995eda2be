// The trainer's way into the officer's side: a demo company gets a portfolio entry built from
// its data as it stands, so the officer's screening of it can be opened and shown in a workshop.
import { scorePackage } from '../../../../shared/engine/scorePackage';
import { packageDigest } from '../../../../shared/workbook';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { exportPackage } from '../package/exportPackage';
import { recordApplicationImport } from './applications';
import { declineOnExclusionHit } from './exclusionDecline';
import { screeningPackFor } from './screeningPack';

/**
 * The application id of a demo company's portfolio entry, recorded on first use (as if the
 * company had submitted its data today) and reused after. The workshop reset replaces the
 * company's data, not the officer's record, so a screening begun stays until deleted from the
 * portfolio. Like an import, the engine's category is only a suggestion: not screened yet.
 */
export async function openDemoScreening(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<string> {
  const existing = await database.applications.where('orgId').equals(orgId).first();
  if (existing) return existing.id;
  const pkg = await exportPackage(orgId, {}, database);
  // The officer's own screen scores with the screening's pack (a bank's chosen pack, say), so the
  // suggestion recorded here is asked of the same function: the shipped pack could differ.
  const { pack } = await screeningPackFor(
    orgId,
    { packId: pkg.packId, packVersion: pkg.packVersion },
    database,
  );
  const results = scorePackage(pkg, pack);
  const row = await recordApplicationImport(
    {
      orgId,
      amountMnt: pkg.project?.investmentMnt ?? 0,
      womenLed: results.womenLed.flag,
      digest: packageDigest(pkg),
      fileName: 'workshop demo company',
      suggestedCategory: results.es.suggestedCategory,
      ...(pkg.project ? { taxonomyCode: pkg.project.taxonomyCode } : {}),
      ...(results.green && results.green.co2AvoidedTPerYear.value !== null
        ? { co2AvoidedT: results.green.co2AvoidedTPerYear.value }
        : {}),
    },
    database,
  );
  await declineOnExclusionHit(orgId, database);
  return row.id;
}
