import type { VcpItem, VcpPillarId } from '../../types';

export type VcpDraft = Omit<VcpItem, 'pillar' | 'weight'> & { weight?: number };

/** Stamps the pillar on each draft and gives the default weight of 1 (reference §8.1: equal). */
export function pillarItems(pillar: VcpPillarId, drafts: readonly VcpDraft[]): VcpItem[] {
  return drafts.map((d) => ({ ...d, pillar, weight: d.weight ?? 1 }));
}
