import { PACK_V1 } from './pack-v1';
import type { CriteriaPack } from './types';

/** Every pack shipped with the app, oldest first. Assessments pin a pack id + version. */
export const PACKS: readonly CriteriaPack[] = [PACK_V1];

/** The pack new assessments use. */
export const ACTIVE_PACK: CriteriaPack = PACK_V1;

/** The shipped pack with this id and version, or undefined (e.g. a bank's own pack file). */
export function getPack(id: string, version: string): CriteriaPack | undefined {
  return PACKS.find((p) => p.id === id && p.version === version);
}
