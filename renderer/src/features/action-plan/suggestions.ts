import type { CriteriaPack, Text, VcpItem, VcpPillarId } from '../../../../shared/catalogue/types';
import type { Language, Priority } from '../../../../shared/package/enums';
import type { ActionItem } from '../../../../shared/package/schema';
import type { VcpResult } from '../../../../shared/scoring/vcp';
import { topGaps } from '../../../../shared/scoring/vcpGaps';
// One calendar rule for every deadline (ESAP and action plan): re-exported for the page.
export { addDays } from '../../../../shared/scoring/dates';

export interface ActionSuggestion {
  itemId: string;
  pillar: VcpPillarId;
  answer: 'no' | 'partly';
  knockOut: boolean;
  level: VcpItem['level'];
  /** Percentage points the overall score gains when this item becomes "yes". */
  gainPct: number;
  priority: Priority;
  /** Days from today for the suggested deadline. */
  deadlineDays: number;
  item: VcpItem;
}

/**
 * Priority [D]: a knock-out answered "no" blocks compliance, so it comes first; a basic (level 1)
 * practice missing is next; everything else is medium, "partly" answers low.
 */
function priorityOf(item: VcpItem, answer: 'no' | 'partly'): Priority {
  if (item.knockOut || (answer === 'no' && item.level === 1)) return 'high';
  return answer === 'no' ? 'medium' : 'low';
}

const DEADLINE_DAYS: Record<Priority, number> = { high: 30, medium: 90, low: 180 };

/**
 * Improvement actions from the VCP gaps: every applicable item answered "no" or "partly" that is
 * not already in the plan, knock-outs first, then by how much the overall score would rise.
 */
export function suggestActions(
  pack: CriteriaPack,
  result: VcpResult,
  plan: readonly ActionItem[],
): ActionSuggestion[] {
  const inPlan = new Set(plan.filter((a) => a.source.kind === 'vcp').map((a) => a.source.ref));
  const byId = new Map(pack.vcpItems.map((i) => [i.id, i]));
  const gains = new Map(
    topGaps(
      result.items,
      result.pillars,
      result.knockOutsFailed.length,
      result.overallPct.value,
      Number.POSITIVE_INFINITY,
    ).map((g) => [g.itemId, g.gainPct]),
  );
  const out: ActionSuggestion[] = [];
  for (const r of result.items) {
    if (r.answer !== 'no' && r.answer !== 'partly') continue;
    const item = byId.get(r.id);
    if (!item || inPlan.has(r.id)) continue;
    const priority = priorityOf(item, r.answer);
    out.push({
      itemId: r.id,
      pillar: r.pillar,
      answer: r.answer,
      knockOut: item.knockOut,
      level: item.level,
      gainPct: gains.get(r.id) ?? 0,
      priority,
      deadlineDays: DEADLINE_DAYS[priority],
      item,
    });
  }
  const koFirst = (s: ActionSuggestion) => (s.knockOut && s.answer === 'no' ? 0 : 1);
  return out.sort(
    (a, b) =>
      koFirst(a) - koFirst(b) ||
      b.gainPct - a.gainPct ||
      (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0),
  );
}

/** "Yes = …" guidance without its lead-in, so it reads as the target to reach. */
export function targetText(guidance: Text, language: Language): string {
  const text = language === 'mn' ? guidance.mn : guidance.en;
  return text.replace(/^(Yes|Тийм)\s*=\s*/u, '');
}

/** Open work past its deadline. `today` is YYYY-MM-DD. */
export function isOverdue(action: Pick<ActionItem, 'deadline' | 'status'>, today: string): boolean {
  if (!action.deadline) return false;
  if (action.status === 'done' || action.status === 'cancelled') return false;
  return action.deadline < today;
}
