import type { Process } from '../../../package/enums';
import type { EsCheck, EsTopicId, InherentRisk } from '../../types';

export type EsDraft = Omit<EsCheck, 'topic'>;
type RiskMap = Partial<Record<Process, InherentRisk>>;

/** Stamps the topic on each draft. */
export function topicChecks(topic: EsTopicId, drafts: readonly EsDraft[]): EsCheck[] {
  return drafts.map((d) => ({ ...d, topic }));
}

// Inherent-risk profiles from reference §2.3 [D]. A process absent from a map is "low".
// "High-Medium" scouring and "Medium-High" finishing are rounded up where the topic is the
// reason for the rating (effluent for scouring, chemicals for finishing).

/** The §2.3 environment column as written. */
export const ENV_RISK: RiskMap = {
  scouring: 'high',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'high',
  finishing: 'high',
};
export const EFFLUENT_RISK: RiskMap = { scouring: 'high', dyeing: 'high', finishing: 'medium' };
export const CHEM_RISK: RiskMap = { scouring: 'medium', dyeing: 'high', finishing: 'high' };
export const AIR_RISK: RiskMap = {
  scouring: 'medium',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'medium',
  finishing: 'medium',
};
export const DUST_RISK: RiskMap = { sorting: 'medium', dehairing: 'medium', spinning: 'medium' };
export const WASTE_RISK: RiskMap = { scouring: 'medium', dyeing: 'medium', finishing: 'medium' };
/** Garment making and knitting: hours, wages and piece rates (§2.3 social column). */
export const SOCIAL_RISK: RiskMap = { knitting: 'medium', garment: 'medium' };
/** OHS is "Medium" across the sector (reference §9.2); knitting and garment lines stay medium too. */
export const OHS_RISK: RiskMap = {
  sorting: 'medium',
  scouring: 'medium',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'medium',
  knitting: 'medium',
  weaving: 'medium',
  finishing: 'medium',
  garment: 'medium',
};
export const GOV_RISK: RiskMap = OHS_RISK;
export const COMMUNITY_RISK: RiskMap = {
  scouring: 'medium',
  dyeing: 'medium',
  finishing: 'medium',
};

/** Deadline 0 = condition precedent: closed before first disbursement (reference §2.5). */
export const BEFORE_DISBURSEMENT = 0;
