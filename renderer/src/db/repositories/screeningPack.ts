// Which criteria pack an officer's screening of an organisation uses, read from this database:
// the pack its E&S assessment is pinned to, else the one chosen for new screenings, else the
// package's own — decided by shared resolveScreeningPack, never here.
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import {
  resolveScreeningPack,
  type PackChoice,
  type PackRef,
} from '../../../../shared/catalogue/resolvePack';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { findAssessment } from './assessments';
import { getPackSetting } from './bankPacks';

export interface ScreeningPack {
  choice: PackChoice;
  /** The pack to score with: the chosen one, or the shipped pack when the choice was refused. */
  pack: CriteriaPack;
  /** The organisation's screening is pinned to a pack already (it was screened before). */
  pinned: boolean;
}

export async function screeningPackFor(
  orgId: string,
  declared: PackRef,
  database: GreenThreadDb = defaultDb,
): Promise<ScreeningPack> {
  const es = await findAssessment(orgId, 'es', undefined, database);
  const pinned = es ? { packId: es.packId, packVersion: es.packVersion } : null;
  const choice = resolveScreeningPack(declared, pinned, await getPackSetting(database));
  return { choice, pack: choice.ok ? choice.pack : ACTIVE_PACK, pinned: pinned !== null };
}
