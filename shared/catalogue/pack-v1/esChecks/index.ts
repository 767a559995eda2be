import type { EsCheck } from '../../types';
import { AIR_CHECKS } from './air';
import { CHEM_CHECKS } from './chem';
import { COMMUNITY_CHECKS } from './community';
import { EFFLUENT_CHECKS } from './effluent';
import { GOV_CHECKS } from './gov';
import { LABOUR_CHECKS } from './labour';
import { LEGAL_CHECKS } from './legal';
import { OHS_CHECKS } from './ohs';
import { WASTE_CHECKS } from './waste';

/** In ES_TOPICS order. */
export const ES_CHECKS: readonly EsCheck[] = [
  ...LEGAL_CHECKS,
  ...EFFLUENT_CHECKS,
  ...CHEM_CHECKS,
  ...AIR_CHECKS,
  ...WASTE_CHECKS,
  ...LABOUR_CHECKS,
  ...OHS_CHECKS,
  ...COMMUNITY_CHECKS,
  ...GOV_CHECKS,
];
