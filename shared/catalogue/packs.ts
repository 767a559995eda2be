import { PACK_V1 } from './pack-v1';
import type { CriteriaPack } from './types';

/** Every pack shipped with the app, oldest first. Assessments pin a pack id + version. */
export const PACKS: readonly CriteriaPack[] = [PACK_V1];

/** The pack new assessments use. */
export const ACTIVE_PACK: CriteriaPack = PACK_V1;
