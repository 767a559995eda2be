import type { Process } from '../../../package/enums';
import type { EsCheck, EsTopicId, InherentRisk } from '../../types';

export type EsDraft = Omit<EsCheck, 'topic'>;
type RiskMap = Partial<Record<Process, InherentRisk>>;

/** Stamps the topic on each draft. */
export function topicChecks(topic: EsTopicId, drafts: readonly EsDraft[]): EsCheck[] {
  return drafts.map((d) => ({ ...d, topic }));
}

// Inherent-risk profiles from reference §2.3 [D]. A process absent from a map is "low".
// The scoring engine takes the highest inherent risk over the checks that apply, and any
// non-low value moves the category from C to B. Reference §2.3 puts garment making, knitting and
// small dry workshops in C, so sorting, knitting, weaving and garment stay "low" everywhere; their
// social risk (§2.3: garment "Medium (social)") shows up through labour findings, which also
// move the category to B. "High-Medium" scouring and "Medium-High" finishing are rounded up only
// where the topic is the reason for the rating (effluent for scouring, chemicals for finishing).

/** §2.3 environment column, used for permits and legal compliance. */
export const ENV_RISK: RiskMap = {
  scouring: 'high',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'high',
  finishing: 'medium',
};
export const EFFLUENT_RISK: RiskMap = { scouring: 'high', dyeing: 'high', finishing: 'medium' };
export const CHEM_RISK: RiskMap = { scouring: 'medium', dyeing: 'high', finishing: 'high' };
/** Boilers, motors and compressors: the wet steps and the electricity-heavy dry ones. */
export const AIR_RISK: RiskMap = {
  scouring: 'medium',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'medium',
  finishing: 'medium',
};
/** Dust: §2.3 lists it for sorting (low), dehairing (medium) and spinning (low-medium). */
export const DUST_RISK: RiskMap = { dehairing: 'medium', spinning: 'medium' };
export const WASTE_RISK: RiskMap = { scouring: 'medium', dyeing: 'medium', finishing: 'medium' };
/** Labour checks carry no process-driven inherent risk; findings carry the weight. */
export const SOCIAL_RISK: RiskMap = {};
/** OHS "Medium" (reference §9.2) where machines, heat, dust or chemicals are involved. */
export const OHS_RISK: RiskMap = {
  scouring: 'medium',
  dehairing: 'medium',
  spinning: 'medium',
  dyeing: 'medium',
  finishing: 'medium',
};
/** Governance "Medium" (reference §9.2) for the processes that need an E&S system at all. */
export const GOV_RISK: RiskMap = OHS_RISK;
export const COMMUNITY_RISK: RiskMap = {
  scouring: 'medium',
  dyeing: 'medium',
  finishing: 'medium',
};

/** Deadline 0 = condition precedent: closed before first disbursement (reference §2.5). */
export const BEFORE_DISBURSEMENT = 0;
