import type { VcpPillarId } from '../catalogue/types';
import type { Answer } from '../package/enums';
import type { PillarScore, VcpItemResult } from './vcp';
import { overallFromPillars } from './vcp';
import { KNOCKOUT_CAP_PCT } from './vcpRules';

export interface VcpGap {
  itemId: string;
  pillar: VcpPillarId;
  /** The firm's answer (null = unanswered, which counts as "no"). */
  answer: Answer | null;
  /** Percentage points the overall score would gain if this item were answered "yes". */
  gainPct: number;
  overallIfYes: number;
}

/**
 * The three items whose change to "yes" would raise the overall score most, found by re-scoring
 * each item scored below "yes" (no, partly, unanswered, or decided "no" by the firm's data) with a
 * "yes". Ties go to the lower item id so the list is stable.
 */
export function topGaps(
  items: readonly VcpItemResult[],
  pillars: readonly PillarScore[],
  knockOutNoCount: number,
  overall: number | null,
  count = 3,
): VcpGap[] {
  const base = overall ?? 0;
  // Only the best `count` are kept, in order (most items are below "yes": no need to sort them all).
  const gaps: VcpGap[] = [];
  const sums = pillars.map((p) => ({
    pillar: p.pillar,
    scoredWeight: p.scoredWeight,
    earned: p.earned,
  }));
  for (const item of items) {
    if (item.points === null || item.points === 1) continue;
    const p = sums.find((s) => s.pillar === item.pillar);
    if (!p) continue;
    const oldW = p.scoredWeight;
    const oldE = p.earned;
    p.earned += item.weight * (1 - item.points);
    const raw = overallFromPillars(sums) ?? 0;
    p.scoredWeight = oldW;
    p.earned = oldE;
    const stillCapped = knockOutNoCount - (item.knockOut && item.scoredAs === 'no' ? 1 : 0) > 0;
    const ifYes = stillCapped ? Math.min(raw, KNOCKOUT_CAP_PCT) : raw;
    const gain = ifYes - base;
    if (gain <= 1e-9) continue;
    let at = gaps.length;
    while (at > 0 && before(gain, item.id, gaps[at - 1] as VcpGap)) at--;
    if (at >= count) continue;
    gaps.splice(at, 0, {
      itemId: item.id,
      pillar: item.pillar,
      answer: item.answer,
      gainPct: gain,
      overallIfYes: ifYes,
    });
    if (gaps.length > count) gaps.pop();
  }
  return gaps;
}

/** Larger gain first; on a tie the lower item id. */
function before(gain: number, itemId: string, g: VcpGap): boolean {
  return gain > g.gainPct || (gain === g.gainPct && itemId < g.itemId);
}
